import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/index.js';
import { SESSION_COOKIE, createSession, endSession } from './sessions.js';
import { findUserByEmail } from './users-store.js';
import { verifyPassword } from './passwords.js';
import { problems } from '../http/problems.js';
import type { Caller, Role } from './caller.js';
import { sql } from 'drizzle-orm';

const User = z.object({
  id: z.string(), email: z.string(), name: z.string(), role: z.string(),
  organizationId: z.string().nullable(), organizationName: z.string().nullable(),
});

/** Sign-in, sign-out and "who am I"; the session lives in an HTTP-only cookie. */
export function authRoutes(opts: { sessionHours: number; cookieSecure: boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/auth/login', {
      schema: {
        tags: ['auth'], summary: 'Sign in with email and password',
        body: z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ user: User }) },
      },
      config: { public: true },
    }, async (req, reply) => {
      const user = await findUserByEmail(app.db, req.body.email);
      const valid = user?.active && (await verifyPassword(user.passwordHash, req.body.password));
      if (!user || !valid) {
        const who: Caller = { userId: user?.id ?? 'unknown', name: '', role: (user?.role ?? 'anonymous') as Role, organizationId: null, ip: req.ip };
        await recordAudit(app.db, who, { action: 'sign-in-failed', entity: 'session' });
        return reply.problem(problems.badCredentials());
      }
      const token = await createSession(app.db, user.id, opts.sessionHours, req.ip);
      const caller: Caller = { userId: user.id, name: user.name, role: user.role as Role, organizationId: user.organizationId, ip: req.ip };
      await recordAudit(app.db, caller, { action: 'sign-in', entity: 'session' });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, maxAge: opts.sessionHours * 3600,
      });
      return { user: await describeUser(app.db, caller, user.email) };
    });

    app.post('/auth/logout', {
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } },
      config: { public: true },
    }, async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await endSession(app.db, token);
      if (req.caller) await recordAudit(app.db, req.caller, { action: 'sign-out', entity: 'session' });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    app.get('/auth/me', {
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: z.object({ user: User }) } },
    }, async (req) => {
      const [row] = await app.database.query<{ email: string }>('select email from users where id = $1', [req.caller.userId]);
      return { user: await describeUser(app.db, req.caller, row?.email ?? '') };
    });
  };
}

async function describeUser(db: import('../db/index.js').Db, caller: Caller, email: string) {
  let organizationName: string | null = null;
  if (caller.organizationId) {
    // organizations belong to the network module's migration; read by name to keep platform independent of it.
    const res = await db.execute(sql`select name from organizations where id = ${caller.organizationId}`);
    organizationName = ((res as unknown as { rows: { name: string }[] }).rows[0]?.name) ?? null;
  }
  return { id: caller.userId, email, name: caller.name, role: caller.role, organizationId: caller.organizationId, organizationName };
}
