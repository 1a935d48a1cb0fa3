import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Catalogs } from '../../catalog/index.js';
import { loadDirectory } from '../load-directory.js';
import { capabilityStatement } from './capability-statement.js';
import type { OperationOutcome } from './fhir-types.js';
import { planNetResources, type PlanNetResources } from './plan-net-resources.js';
import { searchPlanNet } from './search-plan-net.js';

export interface PlanNetRoutesOptions { catalogs: Catalogs; today: () => string }

const BASE = '/fhir/plan-net';
const TYPES = ['Organization', 'Location', 'HealthcareService', 'OrganizationAffiliation'] as const;
const isType = (t: string): t is keyof PlanNetResources => (TYPES as readonly string[]).includes(t);
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const tags = ['directory (FHIR Plan-Net)'];
const publicRoute = { public: true } as const;

const outcome = (code: string, diagnostics: string): OperationOutcome => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] });
const send = (reply: FastifyReply, status: number, body: unknown) => reply.code(status).type(FHIR_JSON).send(body);
const baseUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}${BASE}`;

/**
 * The directory as a public FHIR R4 endpoint following Da Vinci PDex Plan-Net, at /fhir/plan-net (outside /api/v1:
 * FHIR clients expect a FHIR base URL, so the routes drop the API prefix they are registered under). Errors are
 * OperationOutcome, never problem+json.
 */
export const planNetRoutes: FastifyPluginAsyncZod<PlanNetRoutesOptions> = async (app, opts) => {
  app.addHook('onRoute', (route) => {
    const at = route.url.indexOf(BASE);
    if (at > 0) route.url = route.path = route.url.slice(at);
  });
  app.setErrorHandler((error: { statusCode?: number; message: string }, _req, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    return send(reply, status, outcome(status < 500 ? 'invalid' : 'exception', status < 500 ? error.message : 'Something went wrong on our side'));
  });
  const resources = async () => planNetResources(await loadDirectory(app.db, opts.catalogs, opts.today()), opts.catalogs);

  app.get(`${BASE}/metadata`, {
    config: publicRoute, schema: { tags, security: [], summary: 'CapabilityStatement of the public Plan-Net directory' },
  }, async (req, reply) => send(reply, 200, capabilityStatement(baseUrl(req), opts.today())));

  app.get(`${BASE}/:type`, {
    config: publicRoute, schema: { tags, security: [], summary: 'Search Organization, Location, HealthcareService or OrganizationAffiliation (searchset Bundle)', params: z.object({ type: z.string() }) },
  }, async (req, reply) => {
    const { type } = req.params;
    if (!isType(type)) return send(reply, 404, outcome('not-supported', `Resource type ${type} is not served here; see ${BASE}/metadata`));
    const query = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '');
    const result = searchPlanNet(await resources(), type, query, baseUrl(req));
    return result.ok ? send(reply, 200, result.bundle) : send(reply, 400, result.outcome);
  });

  app.get(`${BASE}/:type/:id`, {
    config: publicRoute, schema: { tags, security: [], summary: 'Read one directory resource', params: z.object({ type: z.string(), id: z.string() }) },
  }, async (req, reply) => {
    const { type, id } = req.params;
    if (!isType(type)) return send(reply, 404, outcome('not-supported', `Resource type ${type} is not served here; see ${BASE}/metadata`));
    const found = ((await resources())[type] as Array<{ id: string }>).find((r) => r.id === id);
    return found ? send(reply, 200, found) : send(reply, 404, outcome('not-found', `No ${type}/${id} in the directory`));
  });

  app.all(`${BASE}/*`, { config: publicRoute, schema: { hide: true } },
    async (req, reply) => send(reply, req.method === 'GET' ? 404 : 405, outcome(req.method === 'GET' ? 'not-found' : 'not-supported',
      req.method === 'GET' ? `Nothing at ${req.url.split('?')[0]}` : 'The directory is read-only')));
};
