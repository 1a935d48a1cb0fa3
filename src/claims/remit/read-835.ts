import { Decimal } from 'decimal.js';
import { tokenizeX12, type X12Segment, type X12Source } from '../x12/tokenize-x12.js';
import type { X12Error, X12Position } from '../x12/x12-error.js';
import { parseX12Amount } from '../x12/x12-amount.js';
import { parseX12Date } from '../x12/x12-date.js';
import { Remittance, type Adjustment, type RemittanceClaim, type RemittanceLine } from './remittance.js';

/** Segment ids an 835 may carry; anything else is refused. */
const KNOWN_835 = new Set('ST SE BPR TRN CUR REF DTM N1 N2 N3 N4 PER RDM LX TS3 TS2 CLP CAS NM1 MIA MOA AMT QTY SVC LQ PLB'.split(' '));

export type Read835Result = { ok: true; remittances: Remittance[] } | { ok: false; errors: X12Error[] };

/**
 * Reads an 835 strictly: envelopes (ISA/IEA, GS/GE, ST/SE counts and control numbers, version 005010X221A1) and
 * balancing (BPR02 = Σ CLP04 − Σ PLB; CLP03 − CLP04 = Σ claim and line CAS; SVC02 − SVC03 = Σ line CAS) must all
 * hold, or the whole file is refused with every problem named. Informational segments (TS3, MIA, MOA, PER, …) are read past.
 */
export async function read835(source: X12Source): Promise<Read835Result> {
  const errors: X12Error[] = [];
  const remittances: Remittance[] = [];
  const fail = (seg: X12Segment | { id: string; position: X12Position }, loop: string, element: string | undefined, message: string, setPosition?: number) =>
    errors.push({ segment: seg.id, loop, ...(element ? { element } : {}), position: setPosition ? { ...seg.position, setPosition } : seg.position, message });
  let isa: X12Segment | null = null, gs: X12Segment | null = null, set: X12Segment[] | null = null;
  let groups = 0, sets = 0, last: X12Position = { segmentIndex: 0, line: 1, offset: 0 };
  for await (const tokens of tokenizeX12(source)) {
    for (const token of tokens) {
      if (token.kind === 'error') { errors.push({ segment: 'ISA', loop: 'ISA', position: token.position, message: token.message }); continue; }
      const seg = token.segment;
      last = seg.position;
      const el = seg.elements;
      if (set && seg.id !== 'SE') {
        if (seg.id === 'ST' || seg.id === 'GE' || seg.id === 'IEA' || seg.id === 'ISA' || seg.id === 'GS') { fail(seg, 'ST', undefined, 'Transaction set trailer SE is missing'); set = null; }
        else { set.push(seg); continue; }
      }
      switch (seg.id) {
        case 'ISA':
          if (isa) fail(seg, 'ISA', undefined, 'IEA is missing before the next ISA');
          isa = seg; groups = 0;
          if (seg.isaProblem) fail(seg, 'ISA', 'ISA', seg.isaProblem);
          break;
        case 'IEA':
          if (!isa) { fail(seg, 'ISA', undefined, 'IEA without ISA'); break; }
          if (gs) { fail(seg, 'GS', undefined, 'GE is missing before IEA'); gs = null; }
          if (el[2] !== isa.elements[13]) fail(seg, 'ISA', 'IEA02', `IEA02 must repeat ISA13 ${isa.elements[13]}`);
          if (el[1] !== String(groups)) fail(seg, 'ISA', 'IEA01', `IEA01 must count the functional groups: ${groups}`);
          isa = null;
          break;
        case 'GS':
          if (!isa) fail(seg, 'GS', undefined, 'GS outside an interchange');
          if (gs) fail(seg, 'GS', undefined, 'GE is missing before the next GS');
          gs = seg; groups++; sets = 0;
          if (el[1] !== 'HP') fail(seg, 'GS', 'GS01', 'Functional identifier must be HP (health care claim payment/advice)');
          if (el[8] !== '005010X221A1') fail(seg, 'GS', 'GS08', 'Version must be 005010X221A1');
          break;
        case 'GE':
          if (!gs) { fail(seg, 'GS', undefined, 'GE without GS'); break; }
          if (el[2] !== gs.elements[6]) fail(seg, 'GS', 'GE02', `GE02 must repeat GS06 ${gs.elements[6]}`);
          if (el[1] !== String(sets)) fail(seg, 'GS', 'GE01', `GE01 must count the transaction sets: ${sets}`);
          gs = null;
          break;
        case 'ST':
          if (!gs) fail(seg, 'ST', undefined, 'ST outside a functional group');
          sets++;
          if (el[1] !== '835') fail(seg, 'ST', 'ST01', 'Transaction set must be 835', 1);
          if (el[3] !== undefined && el[3] !== '005010X221A1') fail(seg, 'ST', 'ST03', 'Implementation reference must be 005010X221A1', 1);
          set = [seg];
          break;
        case 'SE': {
          if (!set) { fail(seg, 'ST', undefined, 'SE without ST'); break; }
          set.push(seg);
          if (el[1] !== String(set.length)) fail(seg, 'ST', 'SE01', `SE01 must count the segments from ST to SE inclusive: ${set.length}`, set.length);
          if (el[2] !== set[0].elements[2]) fail(seg, 'ST', 'SE02', `SE02 must repeat ST02 ${set[0].elements[2]}`, set.length);
          const r = readSet(set, errors);
          if (r) remittances.push(r);
          set = null;
          break;
        }
        default:
          fail(seg, 'ISA', undefined, `Segment ${seg.id.slice(0, 3)} is outside a transaction set`);
      }
    }
  }
  const end = { id: 'IEA', position: last };
  if (set) fail({ id: 'SE', position: last }, 'ST', undefined, 'Transaction set trailer SE is missing');
  if (gs) fail({ id: 'GE', position: last }, 'GS', undefined, 'Functional group trailer GE is missing');
  if (isa) fail(end, 'ISA', undefined, 'Interchange trailer IEA is missing');
  if (!remittances.length && !errors.length) fail(end, 'ISA', undefined, 'No 835 transaction set found');
  return errors.length ? { ok: false, errors } : { ok: true, remittances };
}

/** Maps one ST…SE to a Remittance, checking every balancing rule; returns null (errors recorded) when it fails. */
function readSet(segments: X12Segment[], errors: X12Error[]): Remittance | null {
  const before = errors.length;
  let loop = 'HEADER';
  const err = (seg: X12Segment, i: number, element: string | undefined, message: string, value?: string) =>
    errors.push({ segment: seg.id, loop, ...(element ? { element } : {}), position: { ...seg.position, setPosition: i + 1 }, message, ...(value !== undefined && value.length <= 30 ? { value } : {}) });
  const money = (seg: X12Segment, i: number, n: number, required = true): string => {
    const text = seg.elements[n] ?? '';
    if (!text && !required) return '0.00';
    const d = parseX12Amount(text);
    if (!d) { err(seg, i, `${seg.id}${String(n).padStart(2, '0')}`, 'Expected an amount with at most two decimals', text); return '0.00'; }
    return d.toFixed(2);
  };
  const date = (seg: X12Segment, i: number, n: number): string => {
    const d = parseX12Date(seg.elements[n] ?? '');
    if (!d) { err(seg, i, `${seg.id}${String(n).padStart(2, '0')}`, 'Expected a real date CCYYMMDD'); return '1900-01-01'; }
    return d;
  };
  const r: Record<string, unknown> & { claims: RemittanceClaim[]; providerAdjustments: Remittance['providerAdjustments'] } = { claims: [], providerAdjustments: [] };
  let bpr: { seg: X12Segment; i: number; total: string } | null = null;
  let party: Record<string, unknown> | null = null;
  let claim: (RemittanceClaim & { at: [X12Segment, number] }) | null = null;
  let line: (RemittanceLine & { at: [X12Segment, number] }) | null = null;
  const claims: (RemittanceClaim & { at: [X12Segment, number] })[] = [];
  const lineAt = new Map<RemittanceLine, [X12Segment, number]>();
  segments.forEach((seg, i) => {
    const el = seg.elements;
    const comp = seg.separators.component;
    if (!KNOWN_835.has(seg.id)) return void err(seg, i, undefined, `Unrecognized segment ${seg.id.slice(0, 3) || '(empty)'} in an 835`);
    switch (seg.id) {
      case 'ST': case 'SE': return;
      case 'BPR': {
        const method = el[4] ?? '';
        if (method !== 'ACH' && method !== 'CHK' && method !== 'NON') err(seg, i, 'BPR04', 'Payment method must be ACH, CHK or NON', method);
        r.paymentMethod = method;
        if (method === 'ACH' && el[6]) r.eft = { payerDfi: el[7] ?? '', payerAccount: el[9] ?? '', payeeDfi: el[13] ?? '', payeeAccount: el[15] ?? '' };
        r.paymentDate = date(seg, i, 16);
        bpr = { seg, i, total: money(seg, i, 2) };
        return;
      }
      case 'TRN': r.traceNumber = el[2]; r.payerId = el[3]; return;
      case 'N1':
        if (el[1] === 'PR') { loop = '1000A'; party = r.payer = { name: el[2] ?? '', id: '' }; }
        else if (el[1] === 'PE') {
          loop = '1000B';
          party = r.payee = { name: el[2] ?? '', ...(el[3] === 'XX' ? { npi: el[4] } : el[3] === 'FI' ? { taxId: el[4] } : {}) };
        }
        return;
      case 'N3': if (party) party.address = { line1: el[1] ?? '' }; return;
      case 'N4': if (party?.address) Object.assign(party.address as object, { city: el[1] ?? '', state: el[2] ?? '', zip: el[3] ?? '' }); return;
      case 'REF':
        if (loop === '1000B' && el[1] === 'TJ' && r.payee) (r.payee as { taxId?: string }).taxId = el[2];
        else if (line && el[1] === '6R') line.lineControlNumber = el[2];
        return;
      case 'LX': loop = '2000'; party = null; return;
      case 'CLP': {
        loop = '2100'; line = null;
        claim = { patientControlNumber: el[1] ?? '', status: (el[2] ?? '') as RemittanceClaim['status'], chargeAmount: money(seg, i, 3), paidAmount: money(seg, i, 4),
          payerClaimId: el[7] ?? '', member: { medicaidId: '' }, adjustments: [], lines: [], at: [seg, i] };
        claims.push(claim);
        return;
      }
      case 'NM1':
        if (claim && el[1] === 'QC') claim.member = { medicaidId: el[9] ?? '', ...(el[3] ? { lastName: el[3] } : {}), ...(el[4] ? { firstName: el[4] } : {}) };
        return;
      case 'CAS': {
        const target = line ?? claim;
        if (!target) return void err(seg, i, undefined, 'CAS outside a claim');
        for (let k = 2; k < el.length; k += 3) {
          if (!el[k]) continue;
          const a: Adjustment = { group: el[1] as Adjustment['group'], code: el[k], amount: money(seg, i, k + 1) };
          if (el[k + 2]) a.units = Number(el[k + 2]);
          target.adjustments.push(a);
        }
        return;
      }
      case 'SVC': {
        if (!claim) return void err(seg, i, undefined, 'SVC outside a claim');
        loop = '2110';
        const [qualifier, code = '', ...modifiers] = (el[1] ?? '').split(comp);
        if (qualifier !== 'HC') err(seg, i, 'SVC01-1', 'Procedure code qualifier must be HC', qualifier);
        line = { code, modifiers: modifiers.slice(0, 4).filter(Boolean), units: el[5] ? Number(el[5]) : 1, chargeAmount: money(seg, i, 2), paidAmount: money(seg, i, 3),
          serviceDate: '', adjustments: [], remarkCodes: [], at: [seg, i] };
        claim.lines.push(line);
        lineAt.set(line, [seg, i]);
        return;
      }
      case 'DTM':
        if (line && (el[1] === '472' || el[1] === '150')) line.serviceDate = date(seg, i, 2);
        else if (line && el[1] === '151') { const to = date(seg, i, 2); if (to !== line.serviceDate) line.serviceDateTo = to; }
        return;
      case 'AMT': if (line && el[1] === 'B6') line.allowedAmount = money(seg, i, 2); return;
      case 'LQ': if (line && el[1] === 'HE' && el[2]) line.remarkCodes.push(el[2]); return;
      case 'PLB':
        loop = 'PLB';
        if (el[2]) r.fiscalPeriodEnd = date(seg, i, 2);
        for (let k = 3; k < el.length; k += 2) {
          if (!el[k]) continue;
          const [reason, reference] = el[k].split(comp);
          r.providerAdjustments.push({ reason, ...(reference ? { reference } : {}), amount: money(seg, i, k + 1) });
        }
        return;
    }
  });
  const payer = r.payer as { id: string } | undefined;
  if (payer) payer.id = String(r.payerId ?? '');
  delete r.payerId;
  // Balancing, with the segment that fails it named.
  let paid = new Decimal(0);
  const claimSegs: [X12Segment, number, [X12Segment, number][]][] = [];
  for (const c of claims) {
    loop = '2100';
    let adj = c.adjustments.reduce((s, a) => s.plus(a.amount), new Decimal(0));
    for (const l of c.lines) {
      const [seg, i] = lineAt.get(l)!;
      const lineAdj = l.adjustments.reduce((s, a) => s.plus(a.amount), new Decimal(0));
      adj = adj.plus(lineAdj);
      loop = '2110';
      if (!new Decimal(l.chargeAmount).minus(l.paidAmount).equals(lineAdj)) err(seg, i, 'SVC03', `SVC02 − SVC03 = ${new Decimal(l.chargeAmount).minus(l.paidAmount).toFixed(2)} must equal the line's CAS total ${lineAdj.toFixed(2)}`);
      if (!l.serviceDate) err(seg, i, undefined, 'Service line has no service date (DTM*472 or DTM*150)');
      delete (l as { at?: unknown }).at;
    }
    loop = '2100';
    const [seg, i] = c.at;
    if (!new Decimal(c.chargeAmount).minus(c.paidAmount).equals(adj)) err(seg, i, 'CLP04', `CLP03 − CLP04 = ${new Decimal(c.chargeAmount).minus(c.paidAmount).toFixed(2)} must equal the claim and line CAS total ${adj.toFixed(2)}`);
    paid = paid.plus(c.paidAmount);
    delete (c as { at?: unknown }).at;
    claimSegs.push([seg, i, c.lines.map((l) => lineAt.get(l)!)]);
    r.claims.push(c);
  }
  const expected = r.providerAdjustments.reduce((s, p) => s.minus(p.amount), paid);
  const b = bpr as { seg: X12Segment; i: number; total: string } | null;
  loop = 'HEADER';
  if (!b) err(segments[0], 0, undefined, 'BPR is missing');
  else if (!expected.equals(b.total)) err(b.seg, b.i, 'BPR02', `BPR02 ${b.total} must equal Σ CLP04 − Σ PLB = ${expected.toFixed(2)}`);
  if (errors.length > before) return null;
  const parsed = Remittance.safeParse(r);
  if (parsed.success) return parsed.data;
  // Name the segment a schema failure came from: claims.2.lines.0.code → that SVC; claims.2.status → that CLP.
  const first = (id: string): [X12Segment, number] => { const i = segments.findIndex((x) => x.id === id); return i < 0 ? [segments[0], 0] : [segments[i], i]; };
  for (const issue of parsed.error.issues) {
    const [head, ci, sub, li] = issue.path;
    const claimAt = head === 'claims' && typeof ci === 'number' ? claimSegs[ci] : undefined;
    let at: [X12Segment, number];
    if (claimAt && sub === 'lines' && typeof li === 'number' && claimAt[2][li]) { at = claimAt[2][li]; loop = '2110'; }
    else if (claimAt) { at = [claimAt[0], claimAt[1]]; loop = '2100'; }
    else if (head === 'providerAdjustments' || head === 'fiscalPeriodEnd') { at = first('PLB'); loop = 'PLB'; }
    else if (head === 'payer') { at = first(ci === 'id' ? 'TRN' : 'N1'); loop = ci === 'id' ? 'HEADER' : '1000A'; }
    else if (head === 'payee') { at = [segments.find((x) => x.id === 'N1' && x.elements[1] === 'PE') ?? segments[0], segments.findIndex((x) => x.id === 'N1' && x.elements[1] === 'PE')]; loop = '1000B'; }
    else if (head === 'traceNumber') { at = first('TRN'); loop = 'HEADER'; }
    else { at = first('BPR'); loop = 'HEADER'; }
    err(at[0], Math.max(at[1], 0), undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  return null;
}
