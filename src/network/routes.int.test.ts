import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { buildCoreTestApp, seedSmallProgram, signInTo } from '../data-import/testing/core-test-app.js';

describe.each(testDatabases())('the network over HTTP on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let ids: Map<string, string>;
  let providerA: string;
  beforeAll(async () => {
    database = await open();
    app = await buildCoreTestApp(database);
    ids = await seedSmallProgram(database);
    providerA = await signInTo(app, database, { role: 'provider-staff', organizationId: ids.get('ORG-A') });
  });
  afterAll(async () => { await app?.close(); await database?.close(); });
  const get = (url: string, cookie: string) => app.inject({ url: `/api/v1${url}`, headers: { cookie } });

  test('provider staff list the directory but open only their own organization, teams and staff', async () => {
    expect((await get('/organizations', providerA)).json()).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect((await get(`/organizations/${ids.get('ORG-B')}`, providerA)).statusCode).toBe(404);
    expect((await get(`/organizations/${ids.get('ORG-A')}`, providerA)).json()).toMatchObject({ ref: 'ORG-A', staffCount: 1 });
    expect((await get(`/teams/${ids.get('TEAM-B')}`, providerA)).statusCode).toBe(404);
    expect((await get(`/staff/${ids.get('STAFF-B1')}`, providerA)).statusCode).toBe(404);
    expect((await get('/teams', providerA)).json().items.map((t: { ref: string }) => t.ref)).toEqual(['TEAM-A']);
    expect((await get(`/sites/${ids.get('SITE-B1')}`, providerA)).json()).toMatchObject({ organizationName: 'Beacon Health' });
  });

  test('provider staff add a team to their own organization; organizations are for state and ASO staff', async () => {
    const team = await app.inject({ method: 'POST', url: '/api/v1/teams', headers: { cookie: providerA },
      payload: { program: 'act', name: 'Alpha ACT 3', sizeBand: 'small', startDate: '2025-01-01' } });
    expect(team.statusCode).toBe(201);
    expect(team.json()).toMatchObject({ organizationId: ids.get('ORG-A'), caseload: 0, stage: null, fidelity: [] });
    const org = await app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { cookie: providerA }, payload: { name: 'X', npi: '1000000004' } });
    expect(org.statusCode).toBe(403);
  });

  test('a bad body is a 400 problem naming each field', async () => {
    const admin = await signInTo(app, database, { role: 'aso-reviewer' });
    const res = await app.inject({ method: 'PATCH', url: `/api/v1/organizations/${ids.get('ORG-A')}`, headers: { cookie: admin },
      payload: { npi: '12', enrollments: [{ program: 'p', providerType: 't', from: 'soon', status: 'maybe' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ type: '/problems/validation' });
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['enrollments.0.from', 'enrollments.0.status', 'npi']);
  });

  test('the endpoints are documented in OpenAPI', async () => {
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/organizations', '/api/v1/organizations/{id}', '/api/v1/sites', '/api/v1/teams/{id}',
      '/api/v1/staff', '/api/v1/members', '/api/v1/members/{id}/plans', '/api/v1/authorizations/{id}/decision', '/api/v1/import']));
  });
});
