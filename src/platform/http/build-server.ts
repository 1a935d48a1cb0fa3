import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/index.js';
import { registerAuthHook } from './auth-hook.js';
import { registerErrorHandler } from './error-handler.js';
import { problems } from './problems.js';
import { authRoutes } from '../auth/auth-routes.js';
import { logRedaction } from '../logging.js';
import './fastify-types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ServerOptions {
  database: Database;
  /** Module route plugins, registered under /api/v1. */
  modules: FastifyPluginAsyncZod[];
  sessionHours?: number;
  cookieSecure?: boolean;
  logLevel?: string;
  /** Folder of the built web UI; absent = API only. */
  webDist?: string | null;
}

/** The HTTP server: sign-in on every route unless public, problem+json errors, OpenAPI, the web UI. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logLevel === 'silent' ? false : { level: opts.logLevel ?? 'info', redact: logRedaction },
    trustProxy: true,
    bodyLimit: 50 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', opts.database);
  app.decorate('db', opts.database.db);

  registerErrorHandler(app);
  await app.register(cookie);
  registerAuthHook(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'OpenHCBS API', version: '1', description: 'Policy catalog, network, members, utilization management and claims for state behavioral-health HCBS programs. Errors are application/problem+json.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'openhcbs_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  // swagger-ui's own routes carry no config; mark them public by prefix.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...(route.config ?? {}), public: true };
  });

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', {
    config: { public: true },
    schema: { tags: ['platform'], summary: 'Liveness: 200 when the database answers', response: { 200: z.object({ status: z.literal('ok'), database: z.string() }), 503: z.object({ type: z.string(), title: z.string(), status: z.number() }) } },
  }, async (_req, reply) => {
    try {
      await opts.database.query('select 1');
      return { status: 'ok' as const, database: opts.database.kind };
    } catch {
      return reply.code(503).type('application/problem+json').send({ type: '/problems/unavailable', title: 'Database unavailable', status: 503 });
    }
  });

  await app.register(async (api) => {
    await api.register(authRoutes({ sessionHours: opts.sessionHours ?? 12, cookieSecure: opts.cookieSecure ?? false }));
    for (const mod of opts.modules) await api.register(mod);
  }, { prefix: '/api/v1' });

  const webDist = opts.webDist === undefined ? path.join(repoRoot, 'web/dist') : opts.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, serve: false });
    app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
      const url = (req.params as { '*': string })['*'] ?? '';
      if (url.startsWith('api/')) return reply.problem(problems.notFound('Endpoint'));
      const file = path.join(webDist, url);
      // Static assets as they are; every other path is a client-side route of the single-page app.
      if (url && file.startsWith(webDist) && fs.existsSync(file) && fs.statSync(file).isFile()) return reply.sendFile(url);
      return reply.sendFile('index.html');
    });
  }
  app.setNotFoundHandler((req, reply) => reply.problem(problems.notFound('Endpoint', `${req.method} ${req.url.split('?')[0]}`)));
  return app;
}
