import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Policy } from '../app/load-policy.js';
import { generateProgram } from '../data-import/generate-program.js';
import { importBundle } from '../data-import/import-bundle.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { loadAdjudicator } from './adjudicator.js';
import { import837 } from './import-837.js';
import { read835 } from './remit/read-835.js';
import { runPaymentCycle } from './run-payment-cycle.js';
import { seedDemoClaims } from './seed-demo-claims.js';
import { testPolicy } from './testing/claim-fixtures.js';
import { writeDemo837s } from './write-demo-837s.js';
import { ack999, remittance835 } from './x12-answers.js';

const packDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policy/de-promise');
const demo = { members: 40, seed: 2025, asOf: '2026-03-16', program: 'de-promise' };

// What the "done when" asks of a fresh clone: the demo 837P files import, adjudicate, and pay with an 835.
describe.each(testDatabases())('the demo 837P files on $kind', ({ open }) => {
  let database: Database;
  let policy: Policy;
  let files: string[];
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhcbs-demo-837-'));
  beforeAll(async () => {
    database = await open();
    policy = await testPolicy();
    const program = await importBundle(database, SYSTEM_CALLER, generateProgram({ members: demo.members, seed: demo.seed, packDir, asOf: demo.asOf }), policy.known);
    expect(program.ok).toBe(true);
    // As `npm start` leaves it: the demo program with its month of claims already billed and paid.
    await seedDemoClaims(database, { catalogs: policy.catalogs, program: demo.program, asOf: demo.asOf });
    files = await writeDemo837s({ catalogs: policy.catalogs, known: policy.known, packDir, outDir, ...demo });
  });
  afterAll(async () => { await database?.close(); fs.rmSync(outDir, { recursive: true, force: true }); });

  test('the files bill the month before, so they import, adjudicate and mostly pay; the cycle writes an 835 that reads back; a second import pays nothing', async () => {
    expect(files.length).toBeGreaterThan(1);
    const adjudicate = await loadAdjudicator();
    const billedOn = '2026-02-16'; // four weeks before the demo's date
    const opts = { catalogs: policy.catalogs, adjudicate, today: demo.asOf, program: demo.program, receivedOn: billedOn, write999: ack999 };
    let accepted = 0;
    for (const file of files) {
      const imported = await import837(database.db, SYSTEM_CALLER, fs.createReadStream(file), opts);
      if (!imported.ok) throw new Error(imported.problem.title);
      expect(imported.value).toMatchObject({ rejected: 0, duplicates: 0, interchange: { ok: true } });
      expect(imported.value.ack999).toContain('IK5*A');
      accepted += imported.value.accepted;
    }
    const lines = await database.query<{ status: string; n: number }>(`select l.status, count(*)::int as n from claim_lines l join claims c on c.id = l.claim_id
      where c.received_on = $1 group by l.status`, [billedOn]);
    const count = (s: string) => lines.find((l) => l.status === s)?.n ?? 0;
    const total = lines.reduce((sum, l) => sum + l.n, 0);
    expect(accepted).toBeGreaterThan(10);
    expect(count('paid') + count('reduced')).toBeGreaterThan(total * 0.7);

    const cycle = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: policy.catalogs, today: demo.asOf, write835: remittance835(policy.catalogs) });
    if (!cycle.ok) throw new Error(cycle.problem.title);
    const [remittance] = await database.query<{ x12_835: string }>('select x12_835 from remittances where payment_cycle_id = $1 order by net_payment desc limit 1', [cycle.value.id]);
    const parsed = await read835(remittance!.x12_835);
    expect(parsed.ok).toBe(true);

    const again = await import837(database.db, SYSTEM_CALLER, fs.createReadStream(files[0]!), opts);
    expect(again.ok && again.value).toMatchObject({ accepted: 0, interchange: { repeated: true } });
  });
});
