import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ClaimSubmission } from '../submission.js';
import { read837 } from './read-837.js';
import type { Read837Event } from './read-837-event.js';
import { write837ToString } from './write-837.js';
import { aClaim, anEnvelope } from './a-claim.fixture.js';

const collect = async (src: string | Uint8Array) => { const out: Read837Event[] = []; for await (const e of read837(src, { program: 'de-promise' })) out.push(e); return out; };
const VALID = write837ToString([aClaim(), aClaim({ patientControlNumber: 'PCN-2', frequency: '8', originalClaimId: 'P-1' })], anEnvelope);

/** Every event is structured, and every rejection names a segment, a loop and a position. */
function expectStructured(events: Read837Event[]) {
  expect(events.length).toBeGreaterThan(0);
  expect(events[events.length - 1].type).toBe('interchange');
  for (const e of events) {
    const errors = e.type === 'claim' ? (e.ok ? [] : e.errors) : e.errors;
    if (e.type === 'claim' && !e.ok) expect(errors.length).toBeGreaterThan(0);
    for (const err of errors) {
      expect(typeof err.segment).toBe('string');
      expect(err.loop).toBeTruthy();
      expect(err.position.segmentIndex).toBeGreaterThanOrEqual(0);
      expect(err.message).toBeTruthy();
    }
  }
}

const word = fc.stringMatching(/^[A-Z][A-Z0-9]{0,9}$/);
const money = fc.integer({ min: 0, max: 99_999_99 }).map((c) => (c / 100).toFixed(2));
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const line = fc.record({
  serviceDate: date, span: fc.nat(40), code: fc.stringMatching(/^[A-Z]\d{4}$/), modifiers: fc.array(fc.stringMatching(/^[A-Z0-9]{2}$/), { maxLength: 4 }),
  quantity: fc.integer({ min: 1, max: 4000 }).map((q) => q / 4), minutes: fc.boolean(), placeOfService: fc.stringMatching(/^\d{2}$/),
  chargeAmount: money, renderingNpi: fc.option(fc.stringMatching(/^\d{10}$/), { nil: undefined }),
});
const claim: fc.Arbitrary<ClaimSubmission> = fc.record({
  pcn: word, frequency: fc.constantFrom('1', '7', '8'), npi: fc.stringMatching(/^\d{10}$/), taxId: fc.option(fc.stringMatching(/^\d{9}$/), { nil: undefined }),
  medicaidId: word, birthDate: fc.option(date, { nil: undefined }), lastName: word, firstName: fc.option(word, { nil: undefined }),
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
}).map((c) => ({
  program: 'de-promise', submissionKey: 'set-by-reader', patientControlNumber: c.pcn, frequency: c.frequency as '1',
  ...(c.frequency !== '1' ? { originalClaimId: `ORIG${c.pcn}` } : {}),
  billingProvider: c.taxId ? { npi: c.npi, taxId: c.taxId } : { npi: c.npi },
  member: { medicaidId: c.medicaidId, lastName: c.lastName, ...(c.birthDate ? { birthDate: c.birthDate } : {}), ...(c.firstName ? { firstName: c.firstName } : {}) },
  totalCharge: c.lines.reduce((s, l) => s + Math.round(+l.chargeAmount * 100), 0).toString().padStart(3, '0').replace(/(\d\d)$/, '.$1'),
  lines: c.lines.map((l, i) => {
    const to = new Date(Date.parse(l.serviceDate) + l.span * 86_400_000).toISOString().slice(0, 10);
    const mj = l.minutes && Number.isInteger(l.quantity);
    return {
      lineNumber: i + 1, serviceDate: l.serviceDate, ...(l.span ? { serviceDateTo: to } : {}), code: l.code, modifiers: l.modifiers,
      quantity: l.quantity, quantityBasis: mj ? 'MJ' as const : 'UN' as const, ...(mj ? { minutes: l.quantity } : {}),
      placeOfService: l.placeOfService, chargeAmount: l.chargeAmount, ...(l.renderingNpi ? { renderingNpi: l.renderingNpi } : {}),
    };
  }),
}));
const separators = fc.shuffledSubarray([...'*|!>{}^~#@&$%`;'], { minLength: 4, maxLength: 4 }).map(([element, component, repetition, segment]) => ({ element, component, repetition, segment }));

describe('837P reader properties', () => {
  test('random bytes never throw and always end in a structured verdict', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => expectStructured(await collect(bytes))), { numRuns: 300 });
  });

  test('random mutations and truncations of a valid file never throw', async () => {
    const edit = fc.record({ at: fc.nat(VALID.length - 1), cut: fc.nat(20), insert: fc.string({ maxLength: 12 }) });
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.nat(VALID.length), async (edits, keep) => {
      let text = VALID;
      for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut);
      expectStructured(await collect(text));
      expectStructured(await collect(VALID.slice(0, keep) || ' '.repeat(200)));
    }), { numRuns: 300 });
  });

  test('a generated 837 reads back to the claims it was written from, with any separators', async () => {
    const claims5 = fc.array(claim, { minLength: 1, maxLength: 5 }).map((cs) => cs.map((c, i) => ({ ...c, patientControlNumber: `${c.patientControlNumber}${i}` })));
    await fc.assert(fc.asyncProperty(claims5, separators, fc.integer({ min: 1, max: 3 }), async (claims, seps, perSet) => {
      const events = await collect(write837ToString(claims, { ...anEnvelope, separators: seps, claimsPerTransactionSet: perSet }));
      expect(events.filter((e) => e.type !== 'claim' && !e.ok)).toEqual([]);
      const read = events.flatMap((e) => (e.type === 'claim' ? [e] : []));
      expect(read.map((e) => (e.ok ? { ...e.claim, submissionKey: 'set-by-reader' } : e.errors))).toEqual(claims);
    }), { numRuns: 200 });
  });
});
