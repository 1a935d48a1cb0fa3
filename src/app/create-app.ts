import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { buildServer } from '../platform/http/build-server.js';
import { appModules } from './modules.js';

export interface AppOptions {
  database: Database;
  policyDir: string;
  sessionHours?: number;
  cookieSecure?: boolean;
  logLevel?: string;
  webDist?: string | null;
}

/** The whole product over one database: platform plus every module's routes. */
export async function createApp(opts: AppOptions): Promise<FastifyInstance> {
  const modules = await appModules({ policyDir: opts.policyDir });
  return buildServer({
    database: opts.database, modules,
    sessionHours: opts.sessionHours, cookieSecure: opts.cookieSecure, logLevel: opts.logLevel, webDist: opts.webDist,
  });
}
