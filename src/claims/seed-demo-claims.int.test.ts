import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { generateProgram } from '../data-import/generate-program.js';
import { importBundle } from '../data-import/import-bundle.js';
import { seedDemoClaims } from './seed-demo-claims.js';
import { testPolicy } from './testing/claim-fixtures.js';

const packDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policy/de-promise');

describe.each(testDatabases().slice(0, 1))('demo claims on $kind', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    const policy = await testPolicy();
    const imported = await importBundle(database, SYSTEM_CALLER, generateProgram({ members: 150, seed: 1, packDir }), policy.known);
    expect(imported.ok).toBe(true);
  }, 120_000);
  afterAll(async () => { await database?.close(); });

  test('go through the real engine: most pay, some deny for stated reasons, one payment cycle remits them', async () => {
    const { catalogs, defaultProgram } = await testPolicy();
    const seeded = await seedDemoClaims(database, { catalogs, program: defaultProgram!, count: 120 });
    expect(seeded.claims).toBeGreaterThan(100);
    expect(seeded.remittances).toBeGreaterThan(0);
    const statuses = await database.query<{ status: string; n: number }>(`select status, count(*)::int as n from claim_lines group by status order by status`);
    const by = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(by.paid ?? 0).toBeGreaterThan(0);
    expect(by.denied ?? 0).toBeGreaterThan(0);
    const again = await seedDemoClaims(database, { catalogs, program: defaultProgram!, count: 120 });
    expect(again.accepted).toBe(0);
  }, 120_000);
});
