import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Database } from '../db/index.js';

export interface TestDatabaseKind {
  kind: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; call its `close()` to drop it. */
  open(): Promise<Database>;
}

/**
 * The databases integration tests run on: embedded PGlite always, and PostgreSQL too when TEST_DATABASE_URL is
 * set. Use as `describe.each(testDatabases())('… on $kind', ({ open }) => …)`.
 */
export function testDatabases(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [{ kind: 'pglite', open: openPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) kinds.push({ kind: 'postgres', open: () => openPostgres(url) });
  return kinds;
}

async function openPglite(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await migrate(database);
  return database;
}

/** Each test file gets its own throw-away PostgreSQL database, so files can run in parallel. */
async function openPostgres(adminUrl: string): Promise<Database> {
  const name = `openhcbs_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  const close = database.close;
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    // The pool's sockets may still be closing: wait for their backends to go, so the drop does not terminate a
    // connection whose client would then report the termination as an uncaught error.
    for (let tries = 0; tries < 100; tries++) {
      const { rows } = await dropper.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
  return database;
}
