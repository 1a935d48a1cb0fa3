import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../platform/db/index.js';
import { buildTestApp, signInAs } from '../../platform/testing/test-app.js';
import { testDatabases } from '../../platform/testing/test-databases.js';
import { organizations, teamFidelity, teams } from '../index.js';
import { realPack } from './test-pack.js';
import { reviewFactsForTeams } from './review-facts-for-teams.js';

const metrics = (v: number, overrides: Record<string, number> = {}) =>
  ({ ...Object.fromEntries(['OS1', 'OS5', 'OS6', 'OS9', 'OS10', 'CT', 'CP1', 'PP', 'ST', 'EBP'].map((s) => [s, v])), ...overrides });

describe.each(testDatabases())('fidelity reviews on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let reviewer: string;
  let ownStaff: string;
  let otherStaff: string;
  let itemIds: string[];
  const orgId = randomUUID();
  const otherOrgId = randomUUID();
  const teamId = randomUUID();

  beforeAll(async () => {
    database = await open();
    app = await buildTestApp(database);
    itemIds = (await realPack()).seScale.items.map((i) => i.id);
    await database.db.insert(organizations).values([
      { id: orgId, ref: 'F-1', name: 'Fidelity Org', slug: 'fidelity-org', npi: '1234567893' },
      { id: otherOrgId, ref: 'F-2', name: 'Other Org', slug: 'other-org', npi: '1234567894' },
    ]);
    await database.db.insert(teams).values({ id: teamId, ref: 'T-1', organizationId: orgId, program: 'act', name: 'ACT Team 1', sizeBand: 'large', startDate: '2020-01-01' });
    await database.db.insert(teamFidelity).values({ id: randomUUID(), teamId, organizationId: orgId, level: 'basic', fromDate: '2024-01-01', toDate: null });
    reviewer = (await signInAs(app, database, { role: 'aso-reviewer' })).cookie;
    ownStaff = (await signInAs(app, database, { role: 'provider-staff', organizationId: orgId })).cookie;
    otherStaff = (await signInAs(app, database, { role: 'provider-staff', organizationId: otherOrgId })).cookie;
  });
  afterAll(async () => { await app?.close(); await database?.close(); });

  const post = (url: string, cookie: string, payload: unknown) => app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload: payload as object });
  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });

  test('a full TMACT review computes the level and writes it from the review date for 12 months', async () => {
    const res = await post(`/teams/${teamId}/fidelity-reviews`, reviewer, { kind: 'full', reviewedOn: '2025-03-01', overall: 3.8, scores: metrics(4.5, { OS6: 4, PP: 3.2 }) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'full', requestedOn: '2025-03-01', closedOn: '2025-03-01', heldLevel: 'basic', outcomeLevel: 'moderately-high' });
    const history = (await get(`/teams/${teamId}/fidelity`, reviewer)).json();
    expect(history.levels).toEqual([
      { level: 'basic', from: '2024-01-01', to: '2025-02-28', overallScore: null },
      { level: 'moderately-high', from: '2025-03-01', to: '2026-02-28', overallScore: 3.8 },
    ]);
  });

  test('a new team scoring 2.0 or more is provisional: billed at basic for its first year, then non-fidelity unless basic is reached', async () => {
    const newTeam = randomUUID();
    await database.db.insert(teams).values({ id: newTeam, ref: 'T-NEW', organizationId: orgId, program: 'act', name: 'New ACT Team', sizeBand: 'small', startDate: '2025-01-01' });
    const res = await post(`/teams/${newTeam}/fidelity-reviews`, reviewer, { kind: 'full', reviewedOn: '2025-03-01', overall: 2.5, scores: metrics(3) });
    expect(res.json()).toMatchObject({ outcomeLevel: 'provisional', heldLevel: null });
    const history = (await get(`/teams/${newTeam}/fidelity`, reviewer)).json();
    expect(history.levels).toEqual([{ level: 'provisional', from: '2025-03-01', to: '2026-02-28', overallScore: 2.5 }]);
  });

  test('a full review must score every metric of the instrument', async () => {
    const { OS9: _omitted, ...scores } = metrics(4);
    const res = await post(`/teams/${teamId}/fidelity-reviews`, reviewer, { kind: 'full', reviewedOn: '2025-03-02', overall: 4, scores: { ...scores, XX: 3 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['scores.OS9', 'scores.XX']);
  });

  test('provider staff read their own team, cannot write, and do not see another organization\'s team', async () => {
    expect((await get(`/teams/${teamId}/fidelity`, ownStaff)).statusCode).toBe(200);
    expect((await get(`/teams/${teamId}/fidelity-reviews`, otherStaff)).statusCode).toBe(404);
    expect((await post(`/teams/${teamId}/fidelity-reviews`, ownStaff, { kind: 'information-request', requestedOn: '2025-06-01' })).statusCode).toBe(403);
  });

  test('an information request pends billing; the cure fails on day 91 and moderately high reverts to basic from the request', async () => {
    const opened = await post(`/teams/${teamId}/fidelity-reviews`, reviewer, { kind: 'information-request', requestedOn: '2025-06-01' });
    expect(opened.statusCode).toBe(201);
    const review = opened.json();
    expect(review).toMatchObject({ closedOn: null, heldLevel: 'moderately-high' });
    expect((await post(`/teams/${teamId}/fidelity-reviews`, reviewer, { kind: 'information-request', requestedOn: '2025-06-02' })).statusCode).toBe(409);

    const early = await post(`/fidelity-reviews/${review.id}/close`, reviewer, { closedOn: '2025-08-29', belowFloorOn: '2025-06-10' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ cureDueOn: '2025-09-08' });

    const closed = await post(`/fidelity-reviews/${review.id}/close`, reviewer, { closedOn: '2025-09-09', belowFloorOn: '2025-06-10', curedOn: '2025-09-09' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ closedOn: '2025-09-09', outcomeLevel: 'basic' });
    const history = (await get(`/teams/${teamId}/fidelity`, reviewer)).json();
    expect(history.levels.at(-2)).toMatchObject({ level: 'moderately-high', from: '2025-03-01', to: '2025-05-31' });
    expect(history.levels.at(-1)).toMatchObject({ level: 'basic', from: '2025-06-01', to: null });
    expect((await post(`/fidelity-reviews/${review.id}/close`, reviewer, { closedOn: '2025-09-10' })).statusCode).toBe(409);
  });

  test('a cure on day 90 keeps the level', async () => {
    const review = (await post(`/teams/${teamId}/fidelity-reviews`, reviewer, { kind: 'information-request', requestedOn: '2025-10-01' })).json();
    const closed = await post(`/fidelity-reviews/${review.id}/close`, reviewer, { closedOn: '2026-01-08', belowFloorOn: '2025-10-10', curedOn: '2026-01-08' });
    expect(closed.json()).toMatchObject({ outcomeLevel: 'basic', heldLevel: 'basic' });
    const history = (await get(`/teams/${teamId}/fidelity`, reviewer)).json();
    expect(history.levels.at(-1)).toMatchObject({ level: 'basic', from: '2025-06-01' });
  });

  test('the claims engine gets the information requests as pend facts, full reviews left out', async () => {
    const facts = (await reviewFactsForTeams(database.db, [teamId])).get(teamId)!;
    expect(facts.map((f) => [f.pendFrom, f.closedOn])).toEqual([['2025-06-01', '2025-09-09'], ['2025-10-01', '2026-01-08']]);
  });

  test('the preview shows the level and every threshold check without saving', async () => {
    const res = await post('/fidelity/preview', reviewer, { teamId, overall: 4.2, scores: metrics(5) });
    expect(res.json()).toMatchObject({ instrument: 'tmact', level: { id: 'high' } });
    expect(res.json().checks.length).toBeGreaterThan(15);
  });

  describe('Supported Employment scale reviews', () => {
    const ratings = (total: number) => {
      let extra = total - 25;
      return Object.fromEntries(itemIds.map((id) => { const r = 1 + Math.min(4, extra); extra -= r - 1; return [id, r]; }));
    };

    test('recorded over time with total and band; provider staff read their own', async () => {
      const first = await post(`/organizations/${orgId}/scale-reviews`, reviewer, { scale: 'supported-employment-fidelity', reviewedOn: '2025-01-15', ratings: ratings(99) });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ total: 99, band: 'fair' });
      await post(`/organizations/${orgId}/scale-reviews`, reviewer, { scale: 'supported-employment-fidelity', reviewedOn: '2026-01-15', ratings: ratings(100) });
      const list = (await get(`/organizations/${orgId}/scale-reviews`, ownStaff)).json();
      expect(list.items.map((r: { total: number; band: string }) => [r.total, r.band])).toEqual([[99, 'fair'], [100, 'good']]);
      expect((await get(`/organizations/${orgId}/scale-reviews`, otherStaff)).statusCode).toBe(404);
    });

    test('an unrated item is named in the error', async () => {
      const { [itemIds[0]!]: _missing, ...partial } = ratings(100);
      const res = await post(`/organizations/${orgId}/scale-reviews`, reviewer, { scale: 'supported-employment-fidelity', reviewedOn: '2025-01-15', ratings: partial });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe(`ratings.${itemIds[0]}`);
    });
  });
});
