import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/index.js';
import { buildServer } from '../../../platform/http/build-server.js';
import { loadPolicy } from '../../../app/load-policy.js';
import { networkRoutes } from '../../index.js';
import { certificationRoutes } from '../routes.js';
import type { Role } from '../../../platform/auth/caller.js';
import { upsertUser } from '../../../platform/auth/users-store.js';

const policyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../policy');

/** The platform server with the network and certification routes over the real policy packs, fixed to `today`. */
export async function buildCertificationTestApp(database: Database, today: () => string): Promise<FastifyInstance> {
  process.env.OPENHCBS_FAST_HASH = '1';
  const { catalogs } = await loadPolicy(policyDir);
  const app = await buildServer({
    database, logLevel: 'silent', webDist: null,
    modules: [networkRoutes, async (a) => { await a.register(certificationRoutes, { catalogs, today }); }],
  });
  await app.ready();
  return app;
}

let counter = 0;
/**
 * Creates a user with the role and signs in; returns the Cookie header. (platform/testing/test-app's `signInAs`
 * builds the whole product app on import, so a half-finished module elsewhere would break these tests.)
 */
export async function signInAs(app: FastifyInstance, database: Database, who: { role: Role; organizationId?: string | null; name?: string }): Promise<{ cookie: string }> {
  const email = `cert-${who.role}-${process.pid}-${++counter}@test.example`;
  const password = 'test-password-123';
  await upsertUser(database.db, { email, name: who.name ?? `Test ${who.role}`, role: who.role, organizationId: who.organizationId ?? null, password });
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  return { cookie: (Array.isArray(setCookie) ? setCookie[0]! : String(setCookie)).split(';')[0]! };
}
