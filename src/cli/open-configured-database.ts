import { migrate, openDatabase, type Database } from '../platform/db/index.js';
import { readConfig } from '../platform/config.js';

/** Opens the database the environment names (DATABASE_URL, else PGlite in DATA_DIR) and brings its schema up to date. */
export async function openConfiguredDatabase(): Promise<Database> {
  const config = readConfig();
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  await migrate(database);
  return database;
}
