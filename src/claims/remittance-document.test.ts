import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import type { Catalogs } from '../catalog/index.js';
import { remittanceDocument, type LineForRemittance } from './remittance-document.js';

const catalogs = {
  get: () => ({ reason: (id: string) => (id === 'units-exceed-minutes' ? { id, carc: { group: 'CO', code: '151' }, rarc: 'N640', outcome: 'deny', text: '' } : undefined) }),
  list: () => [],
} as unknown as Catalogs;

const cents = fc.integer({ min: 0, max: 100_000 });
const aLine = fc.record({ charge: cents, paidShare: fc.double({ min: 0, max: 1, noNaN: true }), status: fc.constantFrom('paid', 'reduced', 'denied'), claim: fc.integer({ min: 0, max: 4 }) });

describe('remittance document', () => {
  test('every line, claim and the total balance: charge = paid + adjustments; net = paid − recouped', () => {
    fc.assert(fc.property(fc.array(aLine, { minLength: 1, maxLength: 30 }), cents, (lines, recoupCents) => {
      const input: LineForRemittance[] = lines.map((l, i) => {
        const paid = l.status === 'denied' ? 0 : Math.floor(l.charge * l.paidShare);
        return {
          lineId: `l${i}`, claimId: `c${l.claim}`, lineNumber: i + 1, serviceDate: '2025-03-03', code: 'H0036', modifiers: [], units: 1, paidUnits: 1,
          status: l.status, charge: (l.charge / 100).toFixed(2), allowed: (paid / 100).toFixed(2), paid: (paid / 100).toFixed(2),
          findings: l.status === 'paid' ? [] : [{ edit: 'x', outcome: 'deny', reason: 'units-exceed-minutes', rule: { id: 'r', source: null }, saw: {} }],
          program: 'p', patientControlNumber: `P${l.claim}`, medicaidId: 'M1', memberId: 'm1', frequency: '1',
        };
      });
      const doc = remittanceDocument(catalogs, { remittanceId: 'r', program: 'p', paymentCycleId: 'c', runOn: '2025-07-01', payee: { organizationId: 'o', npi: '1234567890', name: 'O' } },
        input, [{ claimId: 'old', lineId: 'x', byClaimId: 'v', amount: (recoupCents / 100).toFixed(2) }]);
      for (const c of doc.claims) {
        for (const l of c.lines) expect(new Decimal(l.paid).plus(Decimal.sum(0, ...l.adjustments.map((a) => a.amount))).toFixed(2)).toBe(l.charge);
        expect(Decimal.sum(0, ...c.lines.map((l) => l.charge)).toFixed(2)).toBe(c.charge);
      }
      expect(new Decimal(doc.totals.paid).minus(doc.totals.recouped).toFixed(2)).toBe(doc.totals.net);
    }));
  });

  test("a denied line's adjustment carries its reason's CARC and RARC; a fee-schedule difference is CO-45", () => {
    const base = { lineNumber: 1, serviceDate: '2025-03-03', code: 'H0036', modifiers: [], units: 2, paidUnits: 0, program: 'p', patientControlNumber: 'P', medicaidId: 'M', memberId: 'm', frequency: '1' };
    const doc = remittanceDocument(catalogs, { remittanceId: 'r', program: 'p', paymentCycleId: 'c', runOn: '2025-07-01', payee: { organizationId: 'o', npi: '1', name: null } }, [
      { ...base, lineId: 'a', claimId: 'c1', status: 'denied', charge: '40.00', allowed: '0.00', paid: '0.00', findings: [{ edit: 'e', outcome: 'deny', reason: 'units-exceed-minutes', rule: { id: 'r', source: null }, saw: {} }] },
      { ...base, lineId: 'b', claimId: 'c2', status: 'paid', charge: '40.00', allowed: '31.50', paid: '31.50', findings: [] },
    ], []);
    expect(doc.claims[0]).toMatchObject({ statusCode: '4', lines: [{ adjustments: [{ group: 'CO', code: '151', amount: '40.00' }], remarks: ['N640'] }] });
    expect(doc.claims[1]).toMatchObject({ statusCode: '1', lines: [{ adjustments: [{ group: 'CO', code: '45', amount: '8.50' }] }] });
  });
});
