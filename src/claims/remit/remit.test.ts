import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { read835 } from './read-835.js';
import { write835 } from './write-835.js';
import { remittanceCsv } from './remittance-csv.js';
import { aRemittance, an835Envelope } from './a-remittance.fixture.js';
import type { Remittance } from './remittance.js';
import { centsOf as cents, dollarsOf as formatCents } from '../engine/cents.js';

const GOLDEN = readFileSync(new URL('./a-remittance.golden.835', import.meta.url), 'latin1');
const SAMPLE = readFileSync('/work/shared/samples/x12/835-hcbs-denials.835', 'latin1');
const errorsOf = async (text: string) => { const r = await read835(text); return r.ok ? [] : r.errors; };

describe('835 writer', () => {
  test("writes the payer's technical contact as 1000A PER*BL after the payer's N1, and the strict reader takes it", async () => {
    const withContact: Remittance = { ...aRemittance, payer: { ...aRemittance.payer, contact: { name: 'EDI HELP DESK', phone: '3025551212', email: 'edi@example.org' } } };
    const x12 = write835([withContact], an835Envelope);
    expect(x12).toMatch(/\nN1\*PR\*[^~]*~\n(N3[^~]*~\nN4[^~]*~\n)?PER\*BL\*EDI HELP DESK\*TE\*3025551212\*EM\*edi@example.org~/);
    expect((await read835(x12)).ok).toBe(true);
    expect(write835([aRemittance], an835Envelope)).not.toContain('PER*BL');
  });
  test('writes the hand-checked golden file: BPR 47.5 = 112.5 + 0 − 45 (reversal) − 20 (WO recovery)', () => {
    expect(write835([aRemittance], an835Envelope)).toBe(GOLDEN);
  });
  test('refuses a remittance that does not balance', () => {
    const bad: Remittance = { ...aRemittance, claims: [{ ...aRemittance.claims[0], paidAmount: '112.00' }, ...aRemittance.claims.slice(1)] };
    expect(() => write835([bad], an835Envelope)).toThrow(/claims\.0: claim charge − paid is 38\.00/);
  });
  test('refuses a net recovery: the total may not go negative', () => {
    expect(() => write835([{ ...aRemittance, providerAdjustments: [{ reason: 'WO', reference: 'C1', amount: '100.00' }] }], an835Envelope)).toThrow(/carry a net recovery forward/);
  });
});

describe('835 strict reader', () => {
  test('round trip: write → read gives back the same Remittance', async () => {
    expect(await read835(write835([aRemittance, { ...aRemittance, traceNumber: 'EFT0000124' }], an835Envelope))).toEqual({ ok: true, remittances: [aRemittance, { ...aRemittance, traceNumber: 'EFT0000124' }] });
  });
  test('the public HCBS denial sample parses: one denied claim, three respite lines, CO-16 and OA-A7 with N14', async () => {
    const result = await read835(SAMPLE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [r] = result.remittances;
    expect(r).toMatchObject({ paymentMethod: 'NON', payer: { id: '1386000134' }, payee: { taxId: '444313000' }, claims: [{ patientControlNumber: '2005555A', status: '4', chargeAmount: '915.39', paidAmount: '0.00' }] });
    expect(r.claims[0].lines.map((l) => [l.code, l.chargeAmount, l.units, l.serviceDate, l.adjustments.map((a) => `${a.group}-${a.code}`).join(), l.remarkCodes.join()])).toEqual([
      ['T1005', '500.04', 68, '2003-11-29', 'CO-16', 'N14'], ['T1005', '127.80', 16, '2003-10-30', 'OA-A7', 'N14'], ['T1005', '287.55', 36, '2003-10-31', 'OA-A7', 'N14'],
    ]);
  });
  test.each([
    ['BPR02 ≠ Σ CLP04 − Σ PLB', (s: string) => s.replace('BPR*I*47.5*', 'BPR*I*47.51*'), 'BPR', 'BPR02'],
    ['a claim whose CAS does not explain charge − paid', (s: string) => s.replace('CLP*PCN-1*1*150*112.5', 'CLP*PCN-1*1*151*112.5'), 'CLP', 'CLP04'],
    ['a line whose CAS does not explain SVC02 − SVC03', (s: string) => s.replace('CAS*CO*45*12.5~', 'CAS*CO*45*12~').replace('CLP*PCN-1*1*150*112.5', 'CLP*PCN-1*1*149.5*112.5'), 'SVC', 'SVC03'],
    ['SE01 miscount', (s: string) => s.replace('SE*36*', 'SE*35*'), 'SE', 'SE01'],
    ['GE02 ≠ GS06', (s: string) => s.replace('GE*1*501', 'GE*1*502'), 'GE', 'GE02'],
    ['IEA02 ≠ ISA13', (s: string) => s.replace('IEA*1*000000501', 'IEA*1*000000502'), 'IEA', 'IEA02'],
    ['a claim status that is not a CLP02 code', (s: string) => s.replace('CLP*PCN-2*4*', 'CLP*PCN-2*9*'), 'CLP', undefined],
    ['an unknown segment', (s: string) => s.replace('LQ*HE*N54~', 'LQ*HE*N54~\nZZZ*1~').replace('SE*36*', 'SE*37*'), 'ZZZ', undefined],
    ['wrong version', (s: string) => s.replace('005010X221A1', '004010X091A1'), 'GS', 'GS08'],
  ] as const)('refuses %s, naming segment and element', async (_, mutate, segment, element) => {
    expect(await errorsOf(mutate(GOLDEN))).toContainEqual(expect.objectContaining({ segment, ...(element ? { element } : {}), position: expect.objectContaining({ segmentIndex: expect.any(Number) }) }));
  });
  test('never throws on mutations and truncations; always a structured result', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(GOLDEN.length), fc.nat(GOLDEN.length), fc.string({ maxLength: 8 }), async (at, keep, insert) => {
      for (const text of [GOLDEN.slice(0, at) + insert + GOLDEN.slice(at + 3), GOLDEN.slice(0, keep)]) {
        const r = await read835(text);
        if (!r.ok) for (const e of r.errors) expect(e).toMatchObject({ segment: expect.any(String), loop: expect.any(String), message: expect.any(String) });
      }
    }), { numRuns: 300 });
  });
});

describe('remittance CSV', () => {
  test('one row per line with its adjustments, a row per provider adjustment', () => {
    const rows = remittanceCsv([aRemittance]).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 4 + 1);
    expect(rows[1]).toBe('line,EFT0000123,2026-02-06,1234567893,PCN-1,C26001,1,DE0001,1,H0036,HE,4,2026-01-05,,100.00,75.00,75.00,CO-45 25.00,,');
    expect(rows[4]).toContain(',-60.00,,-45.00,CO-45 -15.00,,');
    expect(rows[5]).toBe('provider-adjustment,EFT0000123,2026-02-06,1234567893,,,,,,,,,,,,,,WO 20.00,,C25088');
  });
});

describe('amounts in whole cents', () => {
  test.each([['125.00', 12500], ['0.05', 5], ['-12.5', -1250], ['7', 700], ['9999999999.99', 999999999999], ['-0.01', -1]])('%s is %i cents', (amount, expected) => {
    expect(cents(amount)).toBe(expected);
    expect(formatCents(expected)).toBe(new Decimal(amount).toFixed(2));
  });
});
