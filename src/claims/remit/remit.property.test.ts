import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { read835 } from './read-835.js';
import { write835 } from './write-835.js';
import { an835Envelope } from './a-remittance.fixture.js';
import type { Adjustment, Remittance, RemittanceClaim } from './remittance.js';

const money = (cents: number) => (cents < 0 ? '-' : '') + (Math.abs(cents) / 100).toFixed(2);
const word = fc.stringMatching(/^[A-Z][A-Z0-9]{0,9}$/);
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const group = fc.constantFrom<Adjustment['group']>('CO', 'PR', 'OA', 'PI', 'CR');
const carc = fc.stringMatching(/^[A-Z0-9]{1,3}$/);

/** A line whose charge − paid is split into 0–3 adjustments, so it balances by construction. */
const line = fc.record({
  code: fc.stringMatching(/^[A-Z]\d{4}$/), modifiers: fc.array(fc.stringMatching(/^[A-Z0-9]{2}$/), { maxLength: 4 }), units: fc.integer({ min: 0, max: 99 }),
  charge: fc.integer({ min: 0, max: 500_000 }), paidShare: fc.double({ min: 0, max: 1, noNaN: true }), splits: fc.array(fc.tuple(group, carc, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 3 }),
  serviceDate: date, allowed: fc.boolean(), remarks: fc.array(fc.stringMatching(/^[A-Z]\d{1,3}$/), { maxLength: 2 }),
}).map((l) => {
  const paid = Math.floor(l.charge * l.paidShare);
  let rest = l.charge - paid;
  const adjustments = l.splits.map(([g, code, share], i) => {
    const amount = i === l.splits.length - 1 ? rest : Math.floor(rest * share);
    rest -= amount;
    return { group: g, code, amount: money(amount) };
  }).filter((a) => a.amount !== '0.00' || l.charge === paid);
  return { code: l.code, modifiers: l.modifiers, units: l.units, chargeAmount: money(l.charge), paidAmount: money(paid), ...(l.allowed ? { allowedAmount: money(paid) } : {}),
    serviceDate: l.serviceDate, adjustments, remarkCodes: l.remarks, paidCents: paid, chargeCents: l.charge };
});

const claim = fc.record({ pcn: word, payerClaimId: word, status: fc.constantFrom<RemittanceClaim['status']>('1', '4', '22'), medicaidId: word, lastName: word, lines: fc.array(line, { minLength: 1, maxLength: 4 }), claimAdj: fc.integer({ min: 0, max: 5000 }) })
  .map((c) => {
    const charge = c.lines.reduce((s, l) => s + l.chargeCents, 0) + c.claimAdj;
    const paid = c.lines.reduce((s, l) => s + l.paidCents, 0);
    return { patientControlNumber: c.pcn, status: c.status, chargeAmount: money(charge), paidAmount: money(paid), payerClaimId: c.payerClaimId,
      member: { medicaidId: c.medicaidId, lastName: c.lastName }, adjustments: c.claimAdj ? [{ group: 'OA' as const, code: '23', amount: money(c.claimAdj) }] : [],
      lines: c.lines.map(({ paidCents: _p, chargeCents: _c, ...l }) => l), paidCents: paid };
  });

const remittance: fc.Arbitrary<Remittance> = fc.record({ claims: fc.array(claim, { maxLength: 4 }), plbShare: fc.double({ min: 0, max: 1, noNaN: true }), trace: word, check: fc.boolean(), date })
  .map((r) => {
    const paid = r.claims.reduce((s, c) => s + c.paidCents, 0);
    const plb = Math.floor(paid * r.plbShare);
    const total = paid - plb;
    return {
      payer: { name: 'PAYER', id: '1510000001' }, payee: { name: 'PAYEE', npi: '1234567893' }, paymentDate: r.date,
      paymentMethod: total === 0 ? 'NON' as const : r.check ? 'CHK' as const : 'ACH' as const, traceNumber: r.trace,
      claims: r.claims.map(({ paidCents: _p, ...c }) => c),
      providerAdjustments: plb ? [{ reason: 'WO', reference: 'C1', amount: money(plb) }] : [], ...(plb ? { fiscalPeriodEnd: '2026-12-31' } : {}),
    };
  });

describe('835 properties', () => {
  test('any balanced remittance round-trips exactly through write835 and the strict read835', async () => {
    await fc.assert(fc.asyncProperty(fc.array(remittance, { minLength: 1, maxLength: 3 }), async (rs) => {
      expect(await read835(write835(rs, an835Envelope))).toEqual({ ok: true, remittances: rs });
    }), { numRuns: 200 });
  });
});
