import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './open-database.js';

const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** Applies `migrations/NNNN_name.sql` files not yet applied, in name order, each in its own transaction. */
export async function migrate(database: Database, dir = defaultDir): Promise<string[]> {
  await database.exec(`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`);
  const done = new Set((await database.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name));
  const files = fs.readdirSync(dir).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    const name = file.replace(/'/g, "''");
    await database.exec(`begin;\n${sql}\n;insert into schema_migrations (name) values ('${name}');\ncommit;`);
    applied.push(file);
  }
  return applied;
}
