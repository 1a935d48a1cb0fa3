import path from 'node:path';
import { z } from 'zod';

/** Environment, read once at start-up. Anything a program could change lives in its policy pack instead. */
const Env = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… runs on PostgreSQL; unset runs on embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  POLICY_DIR: z.string().default('./policy'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Members in the demo data set loaded on first start. */
  DEMO_MEMBERS: z.coerce.number().int().nonnegative().default(300),
  DEMO_SEED: z.coerce.number().int().default(2025),
  /** The demo program's "today" (YYYY-MM-DD); default: today in the program's time zone. */
  /** Policy pack the demo program is generated for; default: the first pack that publishes rates. */
  DEMO_PROGRAM: z.string().optional(),
  DEMO_AS_OF: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Session lifetime in hours. */
  SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Marks cookies Secure; on by default outside development and tests. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().default('production'),
});

export type Config = {
  port: number; host: string; databaseUrl?: string; dataDir: string; policyDir: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL']; demoMembers: number; demoSeed: number; demoAsOf?: string; demoProgram?: string;
  sessionHours: number; cookieSecure: boolean;
};

/** Parses the environment; a bad value stops start-up with the variable's name. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT, host: e.HOST, databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR), policyDir: path.resolve(e.POLICY_DIR),
    logLevel: e.LOG_LEVEL, demoMembers: e.DEMO_MEMBERS, demoSeed: e.DEMO_SEED, demoAsOf: e.DEMO_AS_OF, demoProgram: e.DEMO_PROGRAM,
    sessionHours: e.SESSION_HOURS,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production' && !!e.DATABASE_URL,
  };
}
