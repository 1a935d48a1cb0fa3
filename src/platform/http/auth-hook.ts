import type { FastifyInstance } from 'fastify';
import { callerForToken, SESSION_COOKIE } from '../auth/sessions.js';
import { canWrite } from '../auth/caller.js';
import { problems } from './problems.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route requires a signed-in caller unless its config says `public: true`; `roles` narrows who may call;
 * auditors are read-only everywhere. Registered once, so a new route cannot forget it.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('caller', null as never);
  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config ?? {};
    const token = req.cookies?.[SESSION_COOKIE];
    const caller = token ? await callerForToken(app.db, token, req.ip) : null;
    if (caller) req.caller = caller;
    if (config.public) return;
    if (!req.routeOptions.url) return; // 404s are answered by the not-found handler
    if (!caller) return reply.problem(problems.unauthorized());
    if (config.roles && !config.roles.includes(caller.role)) return reply.problem(problems.forbidden());
    if (WRITE_METHODS.has(req.method) && !canWrite(caller)) {
      return reply.problem(problems.forbidden('Auditors have read-only access.'));
    }
  });
}
