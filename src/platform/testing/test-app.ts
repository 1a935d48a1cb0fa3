import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/index.js';
import type { Role } from '../auth/caller.js';
import { upsertUser } from '../auth/users-store.js';
import { createApp } from '../../app/create-app.js';

process.env.OPENHCBS_FAST_HASH = '1';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real application over a test database, without the web UI, for `app.inject`. */
export async function buildTestApp(database: Database): Promise<FastifyInstance> {
  const app = await createApp({ database, policyDir: path.join(repoRoot, 'policy'), logLevel: 'silent', webDist: null });
  await app.ready();
  return app;
}

let counter = 0;
/** Creates a user with the role (and organization) and signs in; returns the Cookie header to send. */
export async function signInAs(app: FastifyInstance, database: Database, who: { role: Role; organizationId?: string | null; name?: string }): Promise<{ cookie: string; userId: string; email: string }> {
  const email = `${who.role}-${process.pid}-${++counter}@test.example`;
  const password = 'test-password-123';
  const userId = await upsertUser(database.db, { email, name: who.name ?? `Test ${who.role}`, role: who.role, organizationId: who.organizationId ?? null, password });
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
  return { cookie: raw.split(';')[0]!, userId, email };
}
