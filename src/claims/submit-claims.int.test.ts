import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER, type Caller } from '../platform/auth/caller.js';
import { submitClaims, type SubmitClaimsOptions } from './submit-claims.js';
import { aClaim, LIMIT_ID, seedClaimFixture, stubAdjudicate, testPolicy } from './testing/claim-fixtures.js';

describe.each(testDatabases())('submitting claims on $kind', ({ open, kind }) => {
  let database: Database;
  let opts: SubmitClaimsOptions;
  const one = async (sql: string, params: unknown[] = []) => (await database.query<Record<string, string>>(sql, params))[0]!;

  beforeAll(async () => {
    database = await open();
    opts = { catalogs: (await testPolicy()).catalogs, adjudicate: stubAdjudicate, today: '2025-06-30' };
  });
  afterAll(async () => { await database?.close(); });

  test('a claim is adjudicated, stored with its outcome, consumes the authorization and is audited', async () => {
    const f = await seedClaimFixture(database.db, 'basic');
    const result = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'k1')], opts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(result.value.claims[0]).toMatchObject({ status: 'adjudicated', totalPaid: '50.00', duplicate: false, lines: [{ status: 'paid', paidUnits: 5 }] });
    expect(await one('select units_used::int as n from authorizations where id = $1', [f.authorizationIds[0]])).toEqual({ n: 5 });
    expect(await one('select amount::int as n from limit_accumulators where member_id = $1 and limit_id = $2', [f.memberIds[0], LIMIT_ID])).toEqual({ n: 5 });
    expect(await one(`select count(*)::int as n from audit_events where entity = 'claim' and entity_id = $1`, [result.value.claims[0]!.claimId])).toEqual({ n: 1 });
  });

  test('the same submission key again returns the stored claim and pays nothing twice', async () => {
    const f = await seedClaimFixture(database.db, 'idem');
    const first = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'k1')], opts);
    const again = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'k1'), aClaim(f, 'k1')], opts);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(again.value.claims.map((c) => c.claimId)).toEqual([first.value.claims[0]!.claimId, first.value.claims[0]!.claimId]);
    expect(again.value.claims[0]!.duplicate).toBe(true);
    expect(await one('select units_used::int as n from authorizations where id = $1', [f.authorizationIds[0]])).toEqual({ n: 5 });
  });

  test('bad input is refused with field paths and writes nothing', async () => {
    const f = await seedClaimFixture(database.db, 'bad');
    const bad = { ...aClaim(f, 'x1'), totalCharge: '1.00' };
    const result = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'x0'), bad, { program: 'de-promise' }], opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.status).toBe(400);
    const paths = result.problem.errors!.map((e) => e.path);
    expect(paths).toContain('claims.1.totalCharge');
    expect(paths).toContain('claims.2.submissionKey');
    expect(await one(`select count(*)::int as n from claims where billing_npi = $1`, [f.npi])).toEqual({ n: 0 });
  });

  test("provider staff may not bill as another organization", async () => {
    const f = await seedClaimFixture(database.db, 'scope');
    const caller: Caller = { userId: 'u1', name: 'P', role: 'provider-staff', organizationId: f.otherOrganizationId };
    const result = await submitClaims(database.db, caller, [aClaim(f, 's1')], opts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.errors![0]!.path).toBe('claims.0.billingProvider.npi');
  });

  test(`concurrent submissions never overdraw an authorization (${kind})`, async () => {
    const f = await seedClaimFixture(database.db, 'race', 1, 20);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, `r${i}`, { units: 5, day: `2025-03-${String(i + 1).padStart(2, '0')}` })], opts)));
    const receipts = results.flatMap((r) => (r.ok ? r.value.claims : []));
    expect(receipts).toHaveLength(10);
    const paid = receipts.filter((r) => r.lines[0]!.status === 'paid');
    expect(paid).toHaveLength(4);
    expect(await one('select units_used::int as n from authorizations where id = $1', [f.authorizationIds[0]])).toEqual({ n: 20 });
    expect(await one(`select coalesce(sum(amount), 0)::int as n from consumption_movements where authorization_id = $1`, [f.authorizationIds[0]])).toEqual({ n: 20 });
    expect(await one(`select sum(paid_units)::int as n from claim_lines where member_id = $1`, [f.memberIds[0]])).toEqual({ n: 20 });
  });

  test(`concurrent submissions never exceed a limit (${kind})`, async () => {
    const f = await seedClaimFixture(database.db, 'limit', 1, 500);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, `l${i}`, { units: 3, day: `2025-04-${String(i + 1).padStart(2, '0')}` })], opts)));
    expect(results.every((r) => r.ok)).toBe(true);
    const acc = await one('select amount::int as n from limit_accumulators where member_id = $1 and limit_id = $2', [f.memberIds[0], LIMIT_ID]);
    expect(acc.n).toBeLessThanOrEqual(20);
    expect(acc).toEqual({ n: 18 });
  });

  test('a void reverses exactly what the claim consumed; a replacement re-adjudicates', async () => {
    const f = await seedClaimFixture(database.db, 'void', 1, 20);
    const first = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'v1', { units: 8 })], opts);
    const originalId = first.ok ? first.value.claims[0]!.claimId : '';
    const replaced = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'v2', { units: 6, frequency: '7', originalClaimId: originalId })], opts);
    expect(replaced.ok && replaced.value.claims[0]!.status).toBe('adjudicated');
    expect(await one('select status from claims where id = $1', [originalId])).toEqual({ status: 'replaced' });
    expect(await one('select units_used::int as n from authorizations where id = $1', [f.authorizationIds[0]])).toEqual({ n: 6 });
    const replacementId = replaced.ok ? replaced.value.claims[0]!.claimId : '';
    const voided = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'v3', { units: 6, frequency: '8', originalClaimId: replacementId })], opts);
    expect(voided.ok && voided.value.claims[0]!.status).toBe('void-accepted');
    expect(await one('select units_used::int as n from authorizations where id = $1', [f.authorizationIds[0]])).toEqual({ n: 0 });
    expect(await one('select amount::int as n from limit_accumulators where member_id = $1', [f.memberIds[0]])).toEqual({ n: 0 });
    expect(await one('select sum(amount)::int as n from consumption_movements where member_id = $1', [f.memberIds[0]])).toEqual({ n: 0 });
    const again = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'v4', { units: 6, frequency: '8', originalClaimId: replacementId })], opts);
    expect(again.ok && again.value.claims[0]!.status).toBe('void-rejected');
  });
});
