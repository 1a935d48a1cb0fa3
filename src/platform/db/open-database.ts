import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';

/** One typed query interface over both drivers; a transaction is a Db too. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs SQL text with several statements (migrations, COPY-free bulk DDL). */
  exec(sql: string): Promise<void>;
  /** Plain parameterised query for the few places that need raw SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

/** Opens PostgreSQL (url) or embedded PGlite (a data folder, locked to this process, or in memory). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // numeric and bigint come back as strings: money stays exact, counts are converted where read.
    return {
      db: drizzlePg(pool) as unknown as Db,
      kind: 'postgres',
      exec: async (sql) => { await pool.query(sql); },
      query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
      close: () => pool.end(),
    };
  }
  const release = 'dataDir' in target ? lockDataDir(target.dataDir) : () => {};
  const client = 'dataDir' in target ? new PGlite(target.dataDir) : new PGlite();
  await client.waitReady;
  return {
    db: drizzlePglite(client) as unknown as Db,
    kind: 'pglite',
    exec: async (sql) => { await client.exec(sql); },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
    close: async () => { await client.close(); release(); },
  };
}
