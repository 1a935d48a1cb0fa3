import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/index.js';
import { testDatabases } from '../testing/test-databases.js';
import { buildTestApp, signInAs } from '../testing/test-app.js';

describe.each(testDatabases())('platform HTTP on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => { database = await open(); app = await buildTestApp(database); });
  afterAll(async () => { await app?.close(); await database?.close(); });

  test('healthz answers 200 when the database is reachable', async () => {
    const res = await app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.kind });
  });

  test('OpenAPI 3 is published', async () => {
    const res = await app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/auth/login');
  });

  test('a protected endpoint without a session is 401 problem+json', async () => {
    const res = await app.inject({ url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ type: '/problems/unauthorized', status: 401 });
  });

  test('wrong password is refused and audited', async () => {
    await signInAs(app, database, { role: 'state-admin' });
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@test.example', password: 'x' } });
    expect(res.statusCode).toBe(401);
    const rows = await database.query<{ n: string }>(`select count(*) as n from audit_events where action = 'sign-in-failed'`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });

  test('sign-in sets an HTTP-only session cookie and /me returns the user', async () => {
    const { cookie, email } = await signInAs(app, database, { role: 'aso-reviewer', name: 'Rita Reviewer' });
    const res = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email, role: 'aso-reviewer', name: 'Rita Reviewer' });
  });

  test('the session cookie is HttpOnly and the token is not stored in clear', async () => {
    const login = await signInAs(app, database, { role: 'auditor' });
    const token = decodeURIComponent(login.cookie.split('=')[1]!);
    const rows = await database.query<{ n: string }>('select count(*) as n from sessions where token_hash = $1', [token]);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  test('a malformed body names the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.c' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'password' })]));
  });

  test('sign-out ends the session', async () => {
    const { cookie } = await signInAs(app, database, { role: 'care-manager' });
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  test('unknown API paths are 404 problem+json', async () => {
    const res = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().type).toBe('/problems/not-found');
  });
});

describe.each(testDatabases())('audit log access on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => { database = await open(); app = await buildTestApp(database); });
  afterAll(async () => { await app?.close(); await database?.close(); });

  test('auditors read the audit log; care managers may not', async () => {
    const auditor = await signInAs(app, database, { role: 'auditor' });
    const res = await app.inject({ url: '/api/v1/audit-events?action=sign-in', headers: { cookie: auditor.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ action: 'sign-in', actorRole: 'auditor' });
    const cm = await signInAs(app, database, { role: 'care-manager' });
    expect((await app.inject({ url: '/api/v1/audit-events', headers: { cookie: cm.cookie } })).statusCode).toBe(403);
  });
});
