import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { buildServer } from '../platform/http/build-server.js';
import { appModules } from './modules.js';
import { loadPolicy, type Policy } from './load-policy.js';

export interface AppOptions {
  database: Database;
  policyDir: string;
  /** Already-loaded policy (start-up loads it once for seeding too); loaded from policyDir when absent. */
  policy?: Policy;
  sessionHours?: number;
  cookieSecure?: boolean;
  logLevel?: string;
  webDist?: string | null;
}

/** The whole product over one database: platform plus every module's routes. */
export async function createApp(opts: AppOptions): Promise<FastifyInstance> {
  const policy = opts.policy ?? (await loadPolicy(opts.policyDir));
  return buildServer({
    database: opts.database, modules: appModules(policy),
    sessionHours: opts.sessionHours, cookieSecure: opts.cookieSecure, logLevel: opts.logLevel, webDist: opts.webDist,
  });
}
