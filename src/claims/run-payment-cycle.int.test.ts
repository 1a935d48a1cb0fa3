import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Decimal } from 'decimal.js';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { submitClaims, type SubmitClaimsOptions } from './submit-claims.js';
import { runPaymentCycle } from './run-payment-cycle.js';
import { loadRemittance } from './store.js';
import type { RemittanceDocument } from './remittance-document.js';
import { remittanceCsv } from './remittance-csv.js';
import { read835 } from './remit/read-835.js';
import { remittance835 } from './x12-answers.js';
import { aClaim, seedClaimFixture, stubAdjudicate, testPolicy } from './testing/claim-fixtures.js';

describe.each(testDatabases())('payment cycles on $kind', ({ open }) => {
  let database: Database;
  let opts: SubmitClaimsOptions;
  beforeAll(async () => {
    database = await open();
    opts = { catalogs: (await testPolicy()).catalogs, adjudicate: stubAdjudicate, today: '2025-06-30' };
  });
  afterAll(async () => { await database?.close(); });

  test('remits each adjudicated line once, balanced, and recoups a later void on the next cycle', async () => {
    const f = await seedClaimFixture(database.db, 'pay', 2, 12);
    const submitted = await submitClaims(database.db, SYSTEM_CALLER, [
      aClaim(f, 'p1', { units: 5 }), aClaim(f, 'p2', { units: 5, day: '2025-06-03' }), aClaim(f, 'p3', { units: 5, day: '2025-06-04' }),
      aClaim(f, 'p4', { member: 1, units: 4 }),
    ], opts);
    expect(submitted.ok).toBe(true);
    const write835 = remittance835(opts.catalogs);
    const cycle = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: '2025-07-01', write835 });
    expect(cycle.ok).toBe(true);
    if (!cycle.ok) return;
    expect(cycle.value.lineCount).toBe(4);
    expect(cycle.value.remittances).toHaveLength(1);
    const remittance = (await loadRemittance(database.db, SYSTEM_CALLER, cycle.value.remittances[0]!.id))!;
    const doc = remittance.document as RemittanceDocument;
    expect(doc.totals).toEqual({ billed: '228.00', paid: '140.00', recouped: '0.00', net: '140.00' });
    for (const c of doc.claims) for (const l of c.lines) {
      expect(new Decimal(l.paid).plus(l.adjustments.reduce((s, a) => s.plus(a.amount), new Decimal(0))).toFixed(2)).toBe(l.charge);
    }
    const denied = doc.claims.flatMap((c) => c.lines).find((l) => l.status === 'denied')!;
    expect(denied.adjustments[0]).toMatchObject({ group: 'CO' });
    expect(remittanceCsv(doc).split('\n')[0]).toContain('patient_control_number');
    const parsed = await read835(remittance.x12!);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.remittances[0]!.claims.map((c) => c.payerClaimId).sort()).toEqual(doc.claims.map((c) => c.claimId).sort());

    const again = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: '2025-07-02' });
    expect(again.ok && again.value.lineCount).toBe(0);

    const firstId = submitted.ok ? submitted.value.claims[0]!.claimId : '';
    await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'p1-void', { frequency: '8', originalClaimId: firstId })], opts);
    const nothingToOffset = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: '2025-07-03', write835 });
    expect(nothingToOffset.ok && nothingToOffset.value.remittances).toEqual([]);
    await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, 'p5', { member: 1, units: 5, day: '2025-06-20' })], opts);
    const third = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: '2025-07-05', write835 });
    expect(third.ok).toBe(true);
    if (!third.ok) return;
    expect(third.value.remittances[0]).toMatchObject({ totalPaid: '50.00', totalRecouped: '50.00', netPayment: '0.00' });
    const recouping = (await loadRemittance(database.db, SYSTEM_CALLER, third.value.remittances[0]!.id))!;
    const parsedPlb = await read835(recouping.x12!);
    expect(parsedPlb.ok && parsedPlb.remittances[0]!.providerAdjustments).toEqual([{ reason: 'WO', reference: firstId.slice(0, 50), amount: '50.00' }]);
    const fourth = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: '2025-07-04' });
    expect(fourth.ok && fourth.value.remittances).toEqual([]);
  });

  test('provider staff may not run a cycle', async () => {
    const result = await runPaymentCycle(database.db, { ...SYSTEM_CALLER, role: 'provider-staff', organizationId: 'x' }, { catalogs: opts.catalogs, today: '2025-07-01' });
    expect(result.ok).toBe(false);
  });
});
