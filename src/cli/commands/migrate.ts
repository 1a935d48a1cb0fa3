import type { Command } from 'commander';
import { openConfiguredDatabase } from '../open-configured-database.js';

export function registerMigrate(program: Command): void {
  program.command('migrate')
    .description('Create or update the database schema (DATABASE_URL, or PGlite in DATA_DIR) and exit')
    .action(async () => {
      const database = await openConfiguredDatabase();
      console.log(`Schema is up to date on ${database.kind}.`);
      await database.close();
    });
}
