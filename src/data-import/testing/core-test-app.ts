import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/index.js';
import { SYSTEM_CALLER, type Role } from '../../platform/auth/caller.js';
import { upsertUser } from '../../platform/auth/users-store.js';
import { buildServer } from '../../platform/http/build-server.js';
import { networkRoutes } from '../../network/index.js';
import { membersRoutes } from '../../members/index.js';
import { plansRoutes } from '../../plans/index.js';
import { umRoutes } from '../../um/index.js';
import { importRoutes } from '../routes.js';
import { importBundle } from '../import-bundle.js';
import { smallBundle } from './small-bundle.js';

/** The platform server with the core-model modules only, for `app.inject` tests of their routes. */
export async function buildCoreTestApp(database: Database): Promise<FastifyInstance> {
  process.env.OPENHCBS_FAST_HASH = '1';
  const app = await buildServer({ database, modules: [networkRoutes, membersRoutes, plansRoutes, umRoutes, importRoutes], logLevel: 'silent', webDist: null });
  await app.ready();
  return app;
}

let accounts = 0;
/**
 * Creates an account with the role (and organization) and signs in through the API; returns the Cookie header.
 * Like platform/testing's signInAs, but without composing the whole app, so these tests need only these modules.
 */
export async function signInTo(app: FastifyInstance, database: Database, who: { role: Role; organizationId?: string }): Promise<string> {
  const email = `${who.role}-${process.pid}-${++accounts}@core.test.example`;
  const password = 'test-password-123';
  await upsertUser(database.db, { email, name: `Test ${who.role}`, role: who.role, organizationId: who.organizationId ?? null, password });
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode}`);
  const cookie = res.headers['set-cookie'];
  return (Array.isArray(cookie) ? cookie[0]! : String(cookie)).split(';')[0]!;
}

/** Imports `smallBundle` and returns every ref's id (organizations, sites, teams, staff, members, authorizations). */
export async function seedSmallProgram(database: Database, members = 4): Promise<Map<string, string>> {
  const result = await importBundle(database, SYSTEM_CALLER, smallBundle({ members }));
  if (!result.ok) throw new Error(`seed failed: ${JSON.stringify(result.problem)}`);
  const ids = new Map<string, string>();
  for (const table of ['organizations', 'sites', 'teams', 'staff', 'members', 'authorizations']) {
    for (const r of await database.query<{ id: string; ref: string }>(`select id, ref from ${table}`)) ids.set(r.ref, r.id);
  }
  return ids;
}
