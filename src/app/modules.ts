import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from '../platform/audit/index.js';

/** The module route plugins of the product, in registration order. */
export async function appModules(_opts: { policyDir: string }): Promise<FastifyPluginAsyncZod[]> {
  return [auditRoutes];
}
