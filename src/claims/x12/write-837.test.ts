import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { write837, write837ToString } from './write-837.js';
import { aClaim, anEnvelope } from './a-claim.fixture.js';
import { aGroupClaim } from './a-group-claim.fixture.js';

describe('837P writer', () => {
  test('writes the hand-checked golden file: shared 2310B, a replacement with REF*F8, an MJ line over an RD8 span', () => {
    const b = aClaim();
    const replacement = aClaim({ patientControlNumber: 'PCN-2', frequency: '7', originalClaimId: 'C26001', billingProvider: { npi: '1234567893' }, totalCharge: '75.00',
      lines: [{ ...b.lines[0], chargeAmount: '75.00', serviceDateTo: '2026-01-09', quantityBasis: 'MJ', quantity: 45, minutes: 45, renderingNpi: undefined, placeOfService: '53' }] });
    expect(write837ToString([aClaim(), replacement], anEnvelope)).toBe(readFileSync(new URL('./two-claims.golden.837', import.meta.url), 'latin1'));
  });

  test('writes group size and residents as 2400 K3 GRPnn / RESnn after the line\'s DTP*472 (hand-checked golden)', () => {
    expect(write837ToString([aGroupClaim()], anEnvelope)).toBe(readFileSync(new URL('./group-claim.golden.837', import.meta.url), 'latin1'));
  });

  test.each([0, 100, 2.5])('refuses a group size of %s: it has no two-digit K3 form', (groupSize) => {
    const claim = aGroupClaim();
    expect(() => write837ToString([{ ...claim, lines: [{ ...claim.lines[0], groupSize }] }], anEnvelope)).toThrow(/groupSize .* two-digit K3 GRP/);
  });

  test('streams a chunk per claim and starts a new transaction set every claimsPerTransactionSet claims', () => {
    const chunks = [...write837(Array.from({ length: 5 }, (_, i) => aClaim({ patientControlNumber: `P${i}` })), { ...anEnvelope, claimsPerTransactionSet: 2 })];
    expect(chunks.length).toBe(1 + 1 + 5 + 1); // ISA, GS, one per claim, trailers
    const text = chunks.join('');
    expect(text.match(/^ST\*837\*\d{4}/gm)).toEqual(['ST*837*0001', 'ST*837*0002', 'ST*837*0003']);
    expect(text).toContain('GE*3*7~');
  });
});
