import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { buildCoreTestApp, seedSmallProgram, signInTo } from '../data-import/testing/core-test-app.js';

describe.each(testDatabases())('members over HTTP on $kind', ({ open }) => {
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

  test("another organization's member is a 404 problem; one's own is the full record", async () => {
    const other = await get(`/members/${ids.get('M-2')}`, providerA);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.json()).toMatchObject({ type: '/problems/not-found' });
    const own = await get(`/members/${ids.get('M-1')}`, providerA);
    expect(own.statusCode).toBe(200);
    expect(Object.keys(own.json()).sort()).toEqual(['address', 'authorizations', 'birthDate', 'careManager', 'county', 'eligibility', 'enrollments',
      'firstName', 'id', 'lastName', 'medicaidId', 'phone', 'planLines', 'ref', 'sex']);
    expect((await get(`/members/${ids.get('M-2')}/plans`, providerA)).statusCode).toBe(404);
    expect((await get(`/members/${ids.get('M-1')}/plans`, providerA)).json()).toMatchObject({ total: 1, page: 1, items: [{ ref: 'P-1' }] });
  });

  test('the member list is paged and scoped', async () => {
    const res = await get('/members?pageSize=1&page=2', providerA);
    expect(res.json()).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ ref: 'M-3' }] });
    expect((await get('/members?pageSize=9999', providerA)).statusCode).toBe(400);
  });

  test('a bad body is a 400 problem naming each field', async () => {
    const admin = await signInTo(app, database, { role: 'state-admin' });
    const res = await app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: admin },
      payload: { medicaidId: 'x', firstName: 'A', lastName: 'B', birthDate: '1990-13-45', county: 'Kent',
        enrollments: [{ program: 'act', organizationId: ids.get('ORG-A'), from: '2025-02-01', to: '2025-01-01' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['birthDate', 'enrollments.0.to', 'medicaidId']);
    const created = await app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: admin },
      payload: { medicaidId: 'NEW0000009', firstName: 'A', lastName: 'B', birthDate: '1990-01-01', county: 'Kent' } });
    expect(created.statusCode).toBe(201);
    const patched = await app.inject({ method: 'PATCH', url: `/api/v1/members/${created.json().id}`, headers: { cookie: admin }, payload: { county: 'Sussex' } });
    expect(patched.json()).toMatchObject({ county: 'Sussex', sex: 'U' });
  });

  test('auditors read but cannot write; provider staff cannot add members', async () => {
    const auditor = await signInTo(app, database, { role: 'auditor' });
    expect((await get(`/members/${ids.get('M-2')}`, auditor)).statusCode).toBe(200);
    const payload = { medicaidId: 'NEW0000010', firstName: 'A', lastName: 'B', birthDate: '1990-01-01', county: 'Kent' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: auditor }, payload })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: providerA }, payload })).statusCode).toBe(403);
  });
});
