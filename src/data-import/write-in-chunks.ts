import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/index.js';

/**
 * Bulk writing for the importer. Each statement sends one array per column and lets PostgreSQL `unnest` them
 * into rows, so a statement has a dozen parameters whatever its row count (no 65,535-parameter ceiling) and
 * building it costs nothing — a multi-row VALUES list built by the query builder took longer than running it.
 * 5,000 rows a statement keeps a 100,000-member import to a few hundred statements.
 */
const ROWS_PER_STATEMENT = 5_000;

export function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** `select * from unnest($1::text[], $2::date[], …)` of the rows' values for the given columns. */
function unnestOf(columns: [key: string, column: PgColumn][], rows: Record<string, unknown>[]): SQL {
  const arrays = columns.map(([key, column]) => {
    const values = rows.map((r) => (r[key] === null || r[key] === undefined ? null : column.mapToDriverValue(r[key])));
    return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
  });
  return sql`select * from unnest(${sql.join(arrays, sql`, `)})`;
}

function columnsOf(table: PgTable, row: object): [string, PgColumn][] {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  return Object.keys(row).map((key) => [key, all[key]!]);
}

const names = (columns: [string, PgColumn][]) => sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));

/**
 * Inserts rows, or updates the row with the same id: the columns the rows carry are overwritten, the others
 * (created_at, accumulated counters) are kept, updated_at is set. All rows must carry the same columns.
 */
export async function upsertRows<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][], onChunk?: (n: number) => void): Promise<void> {
  if (!rows.length) return;
  const columns = columnsOf(table, rows[0] as object);
  const hasUpdatedAt = 'updatedAt' in getTableColumns(table);
  const set = [
    ...columns.filter(([key]) => key !== 'id').map(([, c]) => `"${c.name}" = excluded."${c.name}"`),
    ...(hasUpdatedAt ? ['updated_at = now()'] : []),
  ].join(', ');
  for (const part of chunk(rows as Record<string, unknown>[], ROWS_PER_STATEMENT)) {
    await db.execute(sql`insert into ${sql.identifier(getTableName(table))} (${names(columns)}) ${unnestOf(columns, part)}
      on conflict (id) do update set ${sql.raw(set)}`);
    onChunk?.(part.length);
  }
}

/** Deletes the children of the given parents (those that existed before: new parents have none), then inserts `rows`. */
export async function replaceChildRows<T extends PgTable>(db: Db, table: T, parentColumn: PgColumn, parentIds: string[], rows: T['$inferInsert'][]): Promise<void> {
  for (const part of chunk(parentIds, ROWS_PER_STATEMENT)) {
    await db.execute(sql`delete from ${sql.identifier(getTableName(table))} where ${sql.identifier(parentColumn.name)} = any(${sql.param(part)}::text[])`);
  }
  if (!rows.length) return;
  const columns = columnsOf(table, rows[0] as object);
  for (const part of chunk(rows as Record<string, unknown>[], ROWS_PER_STATEMENT)) {
    await db.execute(sql`insert into ${sql.identifier(getTableName(table))} (${names(columns)}) ${unnestOf(columns, part)}`);
  }
}
