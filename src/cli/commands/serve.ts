import type { Command } from 'commander';
import { readConfig } from '../../platform/config.js';
import { openConfiguredDatabase } from '../open-configured-database.js';
import { seedDemoIfEmpty, DEMO_PASSWORD } from '../../app/seed-demo.js';
import { loadPolicy } from '../../app/load-policy.js';

export function registerServe(program: Command): void {
  program.command('serve')
    .description('Run the API server and web UI (PGlite in DATA_DIR by default; DATABASE_URL for PostgreSQL).\nOn first start it creates the schema and loads the demo data set.')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--no-demo', 'do not load demo data into an empty database')
    .action(async (opts: { port?: string; demo: boolean }) => {
      const config = readConfig();
      const port = opts.port ? Number(opts.port) : config.port;
      const policy = await loadPolicy(config.policyDir);
      const database = await openConfiguredDatabase();
      const seeded = opts.demo ? await seedDemoIfEmpty(database, config, policy) : null;
      // Loaded on demand: other commands should not pay for (or depend on) every module's routes.
      const { createApp } = await import('../../app/create-app.js');
      const app = await createApp({
        database, policyDir: config.policyDir, policy, sessionHours: config.sessionHours,
        cookieSecure: config.cookieSecure, logLevel: config.logLevel,
      });
      const shutdown = async () => { await app.close(); await database.close(); process.exit(0); };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port, host: config.host });
      const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
      const accounts = seeded?.accounts ?? [];
      console.log([
        '',
        `OpenHCBS is running at http://localhost:${port}  (database: ${where})`,
        `  API docs: http://localhost:${port}/docs   OpenAPI: http://localhost:${port}/openapi.json`,
        ...(accounts.length ? ['', `Demo sign-in accounts (password for all: ${DEMO_PASSWORD}):`,
          ...accounts.map((a) => `  ${a.role.padEnd(15)} ${a.email}${a.note ? `  (${a.note})` : ''}`)] : []),
        '',
      ].join('\n'));
    });
}
