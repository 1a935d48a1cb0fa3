import type { Command } from 'commander';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/index.js';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import type { Catalogs } from '../../catalog/index.js';
import { runReverification } from './run-reverification.js';

/**
 * `openhcbs network reverify [--as-of YYYY-MM-DD]`: records 60- and 30-day re-verification notices and lapses
 * enrollments past due, as the daily job does. Joins an existing `network` command group when another module made one.
 */
export function registerReverifyCommand(program: Command, openDb: () => Promise<Database>, load: () => Promise<{ catalogs: Catalogs; today: () => string }>): void {
  const network = program.commands.find((c) => c.name() === 'network') ?? program.command('network').description('Provider network jobs');
  network.command('reverify')
    .description('Record re-verification warnings (60/30 days) and set enrollments past due to lapsed')
    .option('--as-of <date>', 'judge as of this date (YYYY-MM-DD); default today in the program time zone')
    .action(async (opts: { asOf?: string }) => {
      if (opts.asOf !== undefined) {
        try { Temporal.PlainDate.from(opts.asOf); } catch { throw new Error(`--as-of ${opts.asOf} is not a date YYYY-MM-DD`); }
      }
      const policy = await load();
      const database = await openDb();
      try {
        const run = await runReverification(database.db, SYSTEM_CALLER, policy.catalogs, opts.asOf ?? policy.today());
        console.log(`Re-verification as of ${run.asOf}: ${run.warned} new warning(s), ${run.lapsed.length} enrollment(s) lapsed.`);
        for (const id of run.lapsed) console.log(`  lapsed ${id}`);
      } finally {
        await database.close();
      }
    });
}
