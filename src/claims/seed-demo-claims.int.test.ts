import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { generateProgram } from '../data-import/generate-program.js';
import { importBundle } from '../data-import/import-bundle.js';
import { generateDemoClaims } from './generate-demo-claims.js';
import { seedDemoClaims } from './seed-demo-claims.js';
import { testPolicy } from './testing/claim-fixtures.js';

const packDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policy/de-promise');
const asOf = '2025-06-30';

describe.each(testDatabases().slice(0, 1))('demo claims on $kind', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    const policy = await testPolicy();
    const imported = await importBundle(database, SYSTEM_CALLER, generateProgram({ members: 150, seed: 1, packDir, asOf }), policy.known);
    expect(imported.ok).toBe(true);
  }, 120_000);
  afterAll(async () => { await database?.close(); });

  test('are deterministic and bill the four weeks before the demo day, received on it', async () => {
    const { catalogs, defaultProgram } = await testPolicy();
    const opts = { program: defaultProgram!, count: 5000, seed: 7, asOf };
    const claims = await generateDemoClaims(database.db, catalogs, opts);
    expect(JSON.stringify(await generateDemoClaims(database.db, catalogs, opts))).toBe(JSON.stringify(claims));
    expect(claims.every((c) => c.receivedOn === asOf)).toBe(true);
    const dates = claims.flatMap((c) => c.lines.map((l) => l.serviceDate));
    // Every line but the few deliberate mistakes (a session before the plan or the authorization) is in the window.
    const inWindow = dates.filter((d) => d >= '2025-06-02' && d <= '2025-06-29').length;
    expect(inWindow / dates.length).toBeGreaterThan(0.97);
    // Broker-priced transportation goes to the broker, never on a Medicaid claim.
    const broker = new Set(catalogs.get(defaultProgram!)!.pack.codes.filter((c) => c.pricing === 'broker').map((c) => c.code));
    expect(claims.some((c) => c.lines.some((l) => broker.has(l.code)))).toBe(false);
    // Team per diems: one a day per member, each with a rendering practitioner.
    const perDiemDays = new Map<string, number>();
    for (const c of claims.filter((x) => !x.submissionKey.endsWith('-again'))) {
      for (const l of c.lines.filter((x) => x.code === 'H0040' || x.code === 'H0037')) {
        expect(l.renderingNpi, c.patientControlNumber).toBeDefined();
        const key = `${c.member.medicaidId}|${l.serviceDate}|${l.code}`;
        perDiemDays.set(key, (perDiemDays.get(key) ?? 0) + 1);
      }
    }
    expect(perDiemDays.size).toBeGreaterThan(20);
  }, 120_000);

  test('go through the real engine: most lines pay, a minority deny, reduce or pend for varied reasons, one cycle remits them', async () => {
    const { catalogs, defaultProgram } = await testPolicy();
    const seeded = await seedDemoClaims(database, { catalogs, program: defaultProgram!, asOf });
    expect(seeded.claims).toBeGreaterThan(200);
    expect(seeded.accepted).toBe(seeded.claims);
    expect(seeded.remittances).toBeGreaterThan(0);
    const statuses = await database.query<{ status: string; n: number }>(`select status, count(*)::int as n from claim_lines group by status order by status`);
    const by: Record<string, number> = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    const lines = Object.values(by).reduce((s, n) => s + n, 0);
    expect(by.paid! / lines).toBeGreaterThan(0.78);
    expect(by.paid! / lines).toBeLessThan(0.95);
    expect(by.denied ?? 0).toBeGreaterThan(0);
    expect(by.reduced ?? 0).toBeGreaterThan(0);
    const reasons = await database.query<{ reason: string }>(
      `select distinct f->>'reason' as reason from claim_lines l, jsonb_array_elements(l.findings) f where l.status <> 'paid' order by 1`);
    const known = new Set(catalogs.get(defaultProgram!)!.pack.reasonCodes.map((r) => r.id));
    for (const { reason } of reasons) expect(known, reason).toContain(reason);
    // The mistakes a month of billing shows: the 8-minute rule, an authorization run out or expired, a duplicate …
    expect(reasons.length).toBeGreaterThanOrEqual(6);
    for (const reason of ['units-exceed-minutes', 'authorization-expired', 'duplicate']) expect(reasons.map((r) => r.reason)).toContain(reason);
    const again = await seedDemoClaims(database, { catalogs, program: defaultProgram!, asOf });
    expect(again.accepted).toBe(0);
  }, 120_000);
});
