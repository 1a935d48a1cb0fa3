import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { Page } from '../platform/http/paging.js';
import { decideAuthorization } from './decide-authorization.js';
import { getAuthorization } from './get-authorization.js';
import { listAuthorizations } from './list-authorizations.js';
import type { PolicyIds } from './check-authorization-ids.js';
import { requestAuthorization } from './request-authorization.js';
import { AuthorizationDecision, AuthorizationIdParams, AuthorizationListQuery, AuthorizationRequest, AuthorizationView } from './types.js';

export interface UmRoutesOptions {
  /** Today's calendar date in the program's time zone (decisions are dated by it); defaults to the server's. */
  today?: () => string;
  /** The loaded packs' program, service and limit ids: a request naming another is refused with its field. */
  known?: PolicyIds;
}

const tags = ['um'];

/** Authorizations: search, read, request (providers), decide (state and ASO reviewers). */
export const umRoutes: FastifyPluginAsyncZod<UmRoutesOptions> = async (app, opts) => {
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();

  app.get('/authorizations', {
    schema: { tags, summary: 'Search authorizations (provider staff: their own organization)', querystring: AuthorizationListQuery, response: { 200: Page(AuthorizationView) } },
  }, async (req) => listAuthorizations(app.db, req.caller, req.query));

  app.get('/authorizations/:id', {
    schema: { tags, summary: 'An authorization', params: AuthorizationIdParams, response: { 200: AuthorizationView } },
  }, async (req, reply) => {
    const result = await getAuthorization(app.db, req.caller, req.params.id);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/authorizations', {
    schema: { tags, summary: 'Request an authorization (status requested)', body: AuthorizationRequest, response: { 201: AuthorizationView } },
    config: { roles: ['state-admin', 'aso-reviewer', 'provider-staff'] },
  }, async (req, reply) => {
    const result = await requestAuthorization(app.db, req.caller, req.body, opts.known);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.post('/authorizations/:id/decision', {
    schema: { tags, summary: 'Decide a requested or pended authorization', params: AuthorizationIdParams, body: AuthorizationDecision, response: { 200: AuthorizationView } },
    config: { roles: ['state-admin', 'aso-reviewer'] },
  }, async (req, reply) => {
    const result = await decideAuthorization(app.db, req.caller, req.params.id, req.body, { today: today() });
    return result.ok ? result.value : reply.problem(result.problem);
  });
};
