import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { buildCoreTestApp, seedSmallProgram, signInTo } from '../data-import/testing/core-test-app.js';

describe.each(testDatabases())('authorizations over HTTP on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let ids: Map<string, string>;
  beforeAll(async () => {
    database = await open();
    app = await buildCoreTestApp(database);
    ids = await seedSmallProgram(database);
  });
  afterAll(async () => { await app?.close(); await database?.close(); });

  test('a provider requests, a reviewer decides', async () => {
    const provider = await signInTo(app, database, { role: 'provider-staff', organizationId: ids.get('ORG-B') });
    const reviewer = await signInTo(app, database, { role: 'aso-reviewer' });
    const made = await app.inject({ method: 'POST', url: '/api/v1/authorizations', headers: { cookie: provider },
      payload: { memberId: ids.get('M-2'), program: 'test-program', service: 'icm', mode: 'prior-authorization', units: 24, from: '2025-04-01' } });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ status: 'requested', organizationName: 'Beacon Health', units: 24, unitsUsed: 0 });
    const url = `/api/v1/authorizations/${made.json().id}/decision`;
    expect((await app.inject({ method: 'POST', url, headers: { cookie: provider }, payload: { status: 'approved' } })).statusCode).toBe(403);
    const decided = await app.inject({ method: 'POST', url, headers: { cookie: reviewer }, payload: { status: 'approved' } });
    expect(decided.json()).toMatchObject({ status: 'approved', decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await app.inject({ url: `/api/v1/authorizations/${ids.get('AUTH-1')}`, headers: { cookie: provider } })).statusCode).toBe(404);
  });

  test('a bad request names each field', async () => {
    const provider = await signInTo(app, database, { role: 'provider-staff', organizationId: ids.get('ORG-A') });
    const res = await app.inject({ method: 'POST', url: '/api/v1/authorizations', headers: { cookie: provider },
      payload: { memberId: ids.get('M-1'), program: 'test-program', service: 'act', mode: 'whenever', units: 1.234, from: '2025-04-01', to: '2025-01-01' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['mode', 'units']);
  });
});
