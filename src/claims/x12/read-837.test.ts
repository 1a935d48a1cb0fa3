import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { read837 } from './read-837.js';
import type { Read837Event } from './read-837-event.js';
import { write837ToString } from './write-837.js';
import { aClaim, anEnvelope } from './a-claim.fixture.js';
import { aGroupClaim } from './a-group-claim.fixture.js';

const SAMPLE = readFileSync('/work/shared/samples/x12/837p-professional-example1.837', 'latin1');
const collect = async (src: Parameters<typeof read837>[0]) => { const out: Read837Event[] = []; for await (const e of read837(src, { program: 'de-promise' })) out.push(e); return out; };
const claimsOf = (events: Read837Event[]) => events.filter((e) => e.type === 'claim');
const last = (events: Read837Event[]) => events[events.length - 1];

describe('837P public sample (a child patient of a commercial subscriber, CPT codes)', () => {
  test('envelope is valid and the one claim is rejected, naming the patient loop and each CPT line', async () => {
    const events = await collect(SAMPLE);
    expect(last(events)).toMatchObject({ type: 'interchange', ok: true, control: '000000907', errors: [] });
    const [claim] = claimsOf(events);
    expect(claim).toMatchObject({ ok: false, patientControlNumber: '26463774', envelope: { interchange: '000000907', group: '1', transactionSet: '0021' } });
    if (claim.ok) throw new Error('expected a rejection');
    expect(claim.errors.map((e) => [e.segment, e.loop, e.element, e.position.setPosition])).toEqual([
      ['HL', '2000C', 'HL03', 19], ['SV1', '2400', 'SV101-2', 29], ['SV1', '2400', 'SV101-2', 32], ['SV1', '2400', 'SV101-2', 35], ['SV1', '2400', 'SV101-2', 38],
    ]);
    expect(events.find((e) => e.type === 'transaction-set')).toMatchObject({ ok: true, claims: 1, rejectedClaims: 1 });
  });

  test('without its patient loop and with HCPCS codes, it maps to a ClaimSubmission', async () => {
    const fixed = SAMPLE.replace(/HL\*3\*2\*23\*0~\nPAT\*19~\nNM1\*QC[^~]*~\nN3[^~]*~\nN4[^~]*~\nDMG[^~]*~\n/, '')
      .replace('HL*2*1*22*1~', 'HL*2*1*22*0~').replace(/HC:\d+/g, (m, i) => `HC:H00${30 + (i % 7)}`).replace('SE*40*', 'SE*34*');
    const events = await collect(fixed);
    expect(last(events)).toMatchObject({ ok: true });
    const [claim] = claimsOf(events);
    if (!claim.ok) throw new Error(JSON.stringify(claim.errors));
    expect(claim.claim).toMatchObject({
      program: 'de-promise', submissionKey: '000000907:1:0021:26463774', patientControlNumber: '26463774', frequency: '1',
      billingProvider: { npi: '1912301953', taxId: '587654321' }, member: { medicaidId: 'JS00111223333', lastName: 'SMITH', firstName: 'JANE' },
      totalCharge: '100.00',
    });
    expect(claim.claim.lines.map((l) => [l.lineNumber, l.serviceDate, l.chargeAmount, l.quantity, l.quantityBasis, l.placeOfService]))
      .toEqual([[1, '2006-10-03', '40.00', 1, 'UN', '11'], [2, '2006-10-03', '15.00', 1, 'UN', '11'], [3, '2006-10-10', '35.00', 1, 'UN', '11'], [4, '2006-10-10', '10.00', 1, 'UN', '11']]);
  });
});

describe('837P envelope checks', () => {
  const good = write837ToString([aClaim()], anEnvelope);
  test.each([
    ['SE01 miscounts segments', (s: string) => s.replace(/\nSE\*(\d+)/, (_, n) => `\nSE*${+n + 1}`), 'transaction-set', 'SE01'],
    ['SE02 differs from ST02', (s: string) => s.replace(/SE\*(\d+)\*0001/, 'SE*$1*0002'), 'transaction-set', 'SE02'],
    ['ST03 is another guide', (s: string) => s.replace('ST*837*0001*005010X222A1', 'ST*837*0001*005010X223A2'), 'transaction-set', 'ST03'],
    ['GE01 miscounts sets', (s: string) => s.replace('GE*1*', 'GE*2*'), 'functional-group', 'GE01'],
    ['GE02 differs from GS06', (s: string) => s.replace('GE*1*7', 'GE*1*8'), 'functional-group', 'GE02'],
    ['GS08 is another version', (s: string) => s.replace('*X*005010X222A1', '*X*004010X098A1'), 'functional-group', 'GS08'],
    ['IEA02 differs from ISA13', (s: string) => s.replace('IEA*1*000000042', 'IEA*1*000000043'), 'interchange', 'IEA02'],
    ['IEA01 miscounts groups', (s: string) => s.replace('IEA*1*', 'IEA*2*'), 'interchange', 'IEA01'],
    ['ISA is not 106 characters', (s: string) => s.replace('*ZZ*PROVIDER1      ', '*ZZ*PROVIDER1 '), 'interchange', 'ISA'],
  ] as const)('%s → rejected with the element named', async (_, mutate, level, element) => {
    const events = await collect(mutate(good));
    const verdict = events.find((e) => e.type === level);
    expect(verdict).toMatchObject({ ok: false });
    expect((verdict as { errors: { element?: string }[] }).errors.map((e) => e.element)).toContain(element);
  });

  test('a truncated file reports the missing trailers', async () => {
    const events = await collect(good.slice(0, good.indexOf('\nSE*')));
    expect(last(events)).toMatchObject({ type: 'interchange', ok: false });
    expect(events.find((e) => e.type === 'transaction-set')).toMatchObject({ ok: false, errors: [{ segment: 'SE', message: expect.stringMatching(/missing/) }] });
  });

  test('a stream that never terminates a segment is refused after 64 KB, not buffered forever', async () => {
    const head = write837ToString([aClaim()], anEnvelope).slice(0, 200);
    const events = await collect((function* () { yield head; for (let i = 0; i < 100; i++) yield 'A'.repeat(1024); })());
    expect(last(events)).toMatchObject({ type: 'interchange', ok: false, errors: expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/No segment terminator/) })]) });
  });

  test('a file that is not X12 is one structured rejection', async () => {
    expect(await collect('hello world, this is not an interchange at all'.repeat(4))).toEqual([expect.objectContaining({ type: 'interchange', ok: false })]);
  });
});

describe('837P loop mapping', () => {
  const read = async (claims = [aClaim()]) => claimsOf(await collect(write837ToString(claims, anEnvelope)));
  test('a replacement needs REF*F8', async () => {
    const [c] = await collect(write837ToString([aClaim({ frequency: '7' })], anEnvelope)).then(claimsOf);
    expect(c).toMatchObject({ ok: false, errors: [{ segment: 'CLM', loop: '2300', element: 'CLM05-3' }] });
    const [ok] = await read([aClaim({ frequency: '7', originalClaimId: 'PAYER-9' })]);
    expect(ok).toMatchObject({ ok: true, claim: { frequency: '7', originalClaimId: 'PAYER-9' } });
  });
  test('CLM02 must equal the sum of SV102', async () => {
    const [c] = await read([aClaim({ totalCharge: '151.00' })]);
    expect(c).toMatchObject({ ok: false, errors: [{ segment: 'CLM', element: 'CLM02' }] });
  });
  test('RD8 spans, minutes and line-level rendering providers map', async () => {
    const base = aClaim();
    const [c] = await read([aClaim({ lines: [
      { ...base.lines[0], serviceDateTo: '2026-01-31', quantityBasis: 'MJ', quantity: 45, minutes: 45, renderingNpi: '1111111111' },
      { ...base.lines[1], placeOfService: '53' },
    ] })]);
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    expect(c.claim.lines[0]).toMatchObject({ serviceDate: '2026-01-05', serviceDateTo: '2026-01-31', quantityBasis: 'MJ', minutes: 45, renderingNpi: '1111111111' });
    expect(c.claim.lines[1]).toMatchObject({ placeOfService: '53', renderingNpi: '1987654321' });
  });
  test('an invalid date and a bad unit basis name their elements', async () => {
    const text = write837ToString([aClaim()], anEnvelope).replace('D8*20260105', 'D8*20260230').replace('*UN*2', '*HR*2');
    const [c] = claimsOf(await collect(text));
    expect(c.ok ? [] : c.errors.map((e) => `${e.segment}/${e.loop}/${e.element}`)).toEqual(['DTP/2400/DTP03', 'SV1/2400/SV103']);
  });
  test('COB, PWK, NTE and K3 segments are read past', async () => {
    const text = write837ToString([aClaim()], anEnvelope)
      .replace(/(CLM[^~]*~\n)/, '$1PWK*OZ*BM***AC*DMN0012~\nK3*STATE DATA~\nNTE*ADD*NOTE~\nSBR*S*18*******MC~\nNM1*IL*1*DOE*ALEX****MI*OTHER~\nNM1*PR*2*OTHER PAYER*****PI*X1~\n')
      .replace(/\nSE\*(\d+)/, (_, n) => `\nSE*${+n + 6}`);
    const [c] = claimsOf(await collect(text));
    expect(c).toMatchObject({ ok: true, claim: { member: { medicaidId: 'DE0001' } } });
  });
  test('re-reading the same interchange gives the same submission keys; receivedOn is stamped', async () => {
    const text = write837ToString([aClaim(), aClaim({ patientControlNumber: 'PCN-2' })], anEnvelope);
    const keys = async () => { const out: string[] = []; for await (const e of read837(text, { program: 'p', receivedOn: '2026-01-11' })) if (e.type === 'claim' && e.ok) out.push(`${e.claim.submissionKey}@${e.claim.receivedOn}`); return out; };
    expect(await keys()).toEqual(['000000042:7:0001:PCN-1@2026-01-11', '000000042:7:0001:PCN-2@2026-01-11']);
    expect(await keys()).toEqual(await keys());
  });
  test('a missing NM1*85 is named at its 2000A HL; a wrong NM108 on NM1*IL at NM108', async () => {
    const text = write837ToString([aClaim()], anEnvelope).replace(/NM1\*85[^~]*~\n/, '').replace('****MI*DE0001', '****ZZ*DE0001').replace(/\nSE\*(\d+)/, (_, n) => `\nSE*${+n - 1}`);
    const [c] = claimsOf(await collect(text));
    expect(c.ok ? [] : c.errors.map((e) => `${e.segment}/${e.loop}/${e.element ?? ''}`).sort()).toEqual(['HL/2000A/', 'NM1/2010BA/NM108']);
  });
  test('a repeated CLM01 in one transaction set is rejected (it would repeat the submission key)', async () => {
    const [first, second] = await read([aClaim(), aClaim()]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, errors: [{ segment: 'CLM', element: 'CLM01' }] });
  });
  test('a newline may itself be the segment terminator', async () => {
    const text = write837ToString([aClaim()], { ...anEnvelope, newline: false, separators: { element: '*', component: ':', repetition: '^', segment: '\n' } });
    expect(claimsOf(await collect(text))).toMatchObject([{ ok: true }]);
  });
  test('other separators, CRLF and one-byte chunks read the same', async () => {
    const text = write837ToString([aClaim()], { ...anEnvelope, separators: { element: '|', component: '>', repetition: '{', segment: '!' } }).replaceAll('\n', '\r\n');
    const bytes = Buffer.from(text, 'latin1');
    const chunks = (async function* () { for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1); })();
    const [c] = claimsOf(await collect(chunks));
    expect(c).toMatchObject({ ok: true, claim: { lines: [{ modifiers: ['HE'] }, { modifiers: [] }] } });
  });
});

describe('group size and residents: our 2400 K3 convention (K3*GRP06, K3*RES05)', () => {
  const text = write837ToString([aGroupClaim()], anEnvelope);
  const readOne = async (file: string) => claimsOf(await collect(file))[0];

  test('a group PSR line for six members and a Group Home line of five residents round-trip', async () => {
    const c = await readOne(text);
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    const { submissionKey: _key, ...claim } = c.claim;
    const { submissionKey: _sent, ...sent } = aGroupClaim();
    expect(claim).toEqual(sent);
    expect(c.claim.lines.map((l) => [l.code, l.groupSize, l.residents])).toEqual([['H2017', 6, undefined], ['T2033', undefined, 5]]);
  });

  test('an ACT per diem billed in units carries its contact minutes in K3*MIN and reads them back', async () => {
    const perDiem = { ...aClaim(), patientControlNumber: 'PCN-ACT', totalCharge: aClaim().lines[0]!.chargeAmount, lines: [{ ...aClaim().lines[0], code: 'H0040', modifiers: ['HO'], quantity: 1, quantityBasis: 'UN' as const, minutes: 30 }] };
    const file = write837ToString([perDiem], anEnvelope);
    expect(file).toContain('\nK3*MIN030~');
    const c = await readOne(file);
    expect(c).toMatchObject({ ok: true, claim: { lines: [{ code: 'H0040', quantity: 1, quantityBasis: 'UN', minutes: 30 }] } });
    // A line billed in minutes says them in SV104: a MIN as well is minutes reported twice.
    const twice = await readOne(file.replace('*UN*1*', '*MJ*30*'));
    expect(twice.ok ? [] : twice.errors.map((e) => [e.segment, e.element, e.message])).toEqual([['K3', 'K301', 'The line already reported minutes in SV104 (billed in minutes, MJ)']]);
  });

  test('a line without a K3 leaves both fields undefined', async () => {
    const c = await readOne(write837ToString([aClaim()], anEnvelope));
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    for (const line of c.claim.lines) expect(line).not.toHaveProperty('groupSize'), expect(line).not.toHaveProperty('residents');
  });

  test.each([['GRP6'], ['GRP006'], ['GRPSIX'], ['GRP00'], ['GRP 6']])('K3*%s is rejected at its K301, with its position', async (bad) => {
    const c = await readOne(text.replace('K3*GRP06', `K3*${bad}`));
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.errors).toEqual([expect.objectContaining({ segment: 'K3', loop: '2400', element: 'K301', claim: 'PCN-GRP', value: bad, ik304: '8', ik403: 'I12',
      position: expect.objectContaining({ setPosition: 19, line: 21 }) })]);
  });

  test('a second GRP on the same line is rejected rather than one silently winning', async () => {
    const c = await readOne(text.replace('K3*GRP06~\n', 'K3*GRP06~\nK3*GRP04~\n').replace('SE*24*', 'SE*25*'));
    expect(c.ok ? [] : c.errors.map((e) => `${e.segment}/${e.element}@${e.position.setPosition}`)).toEqual(['K3/K301@20']);
  });

  test('other K3 text in 2400, and GRP in a 2300 K3, are someone else\'s data: read past', async () => {
    const file = text.replace('K3*GRP06~\n', 'K3*GRP06~\nK3*STATE DATA~\n').replace(/(CLM[^~]*~\n)/, '$1K3*GRP09~\n').replace('SE*24*', 'SE*26*');
    const c = await readOne(file);
    expect(c).toMatchObject({ ok: true, claim: { lines: [{ groupSize: 6 }, { residents: 5 }] } });
  });
});
