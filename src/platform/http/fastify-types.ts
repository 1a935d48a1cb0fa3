import type { Caller, Role } from '../auth/caller.js';
import type { Database, Db } from '../db/index.js';
import type { Problem } from './problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Skips sign-in: the only way a route becomes public. */
    public?: boolean;
    /** Roles allowed; absent = any signed-in role (auditors are still refused on writes). */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    /** The signed-in caller (set by the auth hook; a public route may have none). */
    caller: Caller;
  }
  interface FastifyReply {
    problem(problem: Problem): FastifyReply;
  }
  interface FastifyInstance {
    database: Database;
    db: Db;
  }
}
