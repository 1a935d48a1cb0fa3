import type { X12Segment } from './tokenize-x12.js';
import type { X12Error } from './x12-error.js';
import type { Read837Event, TransactionSetEvent } from './read-837-event.js';
import type { Read837Options } from './read-837.js';
import { errorAt, IK403, locOf, type BillingContext, type ClaimDraft, type LineDraft, type Loc, type SubscriberContext } from './claim-draft.js';
import { finishClaim, map2300Claim } from './map-2300-claim.js';
import { map2400Line } from './map-2400-line.js';
import { parseX12Date } from './x12-date.js';

/** Segment ids that may appear in an 837P; any other id is an unrecognized segment (999 IK304 = 1). */
const KNOWN = new Set('BHT NM1 PER N3 N4 REF HL PRV SBR PAT DMG CLM DTP PWK CN1 AMT K3 NTE CR1 CR2 CRC HI HCP CAS OI MOA MIA LX SV1 SV5 CR3 QTY MEA PS1 LIN CTP SVD LQ FRM'.split(' '));

/** What a transaction set carries while its loops are read: the current loop, HL parents, the open claim and line. */
export interface TransactionSetState {
  st: X12Segment; event: TransactionSetEvent; count: number; loop: string;
  billing: BillingContext | null; subscriber: SubscriberContext | null; patientAt?: Loc;
  hls: Map<string, string>; claim: ClaimDraft | null; line: LineDraft | null;
  /** CLM01s seen in this set: a repeat would get the same submission key and be taken for a resubmission. */
  pcns: Set<string>;
}

/** Walks one segment inside ST…SE through the 837P loops (2000A/B/C, 2010xx, 2300, 2310B, 2400, 2420A), skipping the rest. */
export function map837Segment(seg: X12Segment, s: TransactionSetState, out: Read837Event[], options: Read837Options): void {
  const el = seg.elements;
  const pos = s.count;
  if (!KNOWN.has(seg.id)) return void structureError(s, seg, `Unrecognized segment ${seg.id.slice(0, 3) || '(empty)'} in an 837P`, '1');
  switch (seg.id) {
    case 'HL': return hl(seg, s, out, options);
    case 'CLM': {
      finish837Claim(s, out, options);
      if (!s.subscriber) return void structureError(s, seg, 'CLM before any subscriber loop (2000B)', '2');
      s.loop = '2300';
      s.claim = map2300Claim(seg, pos, s.subscriber, s.patientAt);
      if (s.pcns.has(el[1] ?? '')) s.claim.errors.push(errorAt(locOf(seg, '2300', 'CLM01', pos), 'Patient control number repeats an earlier claim in this transaction set; each claim needs its own CLM01', { ik304: '8', ik403: IK403.pattern }));
      s.pcns.add(el[1] ?? '');
      return;
    }
    case 'LX': {
      if (!s.claim) return void structureError(s, seg, 'LX outside a claim (no CLM above it)', '2');
      s.loop = '2400';
      const at = locOf(seg, '2400', 'LX01', pos);
      const n = Number(el[1]);
      s.line = { at, values: { lineNumber: Number.isInteger(n) ? n : el[1] }, src: { lineNumber: at }, sawSv1: false, sawDate: false };
      s.claim.lines.push(s.line);
      return;
    }
    case 'SBR':
      if (s.loop === '2000B') return;
      if (s.claim && s.loop !== '2400' && !s.loop.startsWith('24')) { s.loop = '2320'; return; } // other payer: skipped
      return void structureError(s, seg, 'SBR out of place', '2');
    case 'SVD': if (s.line) s.loop = '2430'; return;
    case 'LIN': if (s.line) s.loop = '2410'; return;
    case 'NM1': return nm1(seg, s, pos);
  }
  if (s.loop === '2400' && s.line && s.claim && (seg.id === 'SV1' || seg.id === 'DTP' || seg.id === 'K3')) return map2400Line(s.claim, s.line, seg, pos);
  if (seg.id === 'SV1') return void structureError(s, seg, 'SV1 outside a service line (no LX above it)', '2');
  if (seg.id === 'REF') {
    if (s.loop === '2010AA' && el[1] === 'EI' && s.billing) { s.billing.taxId = el[2]; s.billing.src.taxId = locOf(seg, s.loop, 'REF02', pos); }
    else if (s.loop === '2300' && el[1] === 'F8' && s.claim) { s.claim.values.originalClaimId = el[2]; s.claim.src.originalClaimId = locOf(seg, s.loop, 'REF02', pos); }
    return;
  }
  if (seg.id === 'DMG' && s.loop === '2010BA' && s.subscriber) {
    const at = locOf(seg, s.loop, 'DMG02', pos);
    const date = el[1] === 'D8' ? parseX12Date(el[2] ?? '') : null;
    if (!date) s.subscriber.errors.push(errorAt(at, 'Birth date must be DMG*D8*CCYYMMDD with a real date', { ik304: '8', ik403: IK403.invalidDate }));
    else { s.subscriber.birthDate = date; s.subscriber.src.birthDate = at; }
  }
  // PRV, N3, N4, PER, PAT, HI, PWK, NTE, 2300 K3, AMT, CAS, OI, … are read past: nothing in ClaimSubmission comes from them.
}

function hl(seg: X12Segment, s: TransactionSetState, out: Read837Event[], options: Read837Options): void {
  finish837Claim(s, out, options);
  const el = seg.elements;
  const pos = s.count;
  const [id, parent, level] = [el[1] ?? '', el[2] ?? '', el[3] ?? ''];
  if (!id || s.hls.has(id)) hlError(s, seg, s.loop, 'HL01', 'HL01 must be a unique hierarchical id', IK403.invalidCharacter, id);
  if (level === '20') {
    s.loop = '2000A';
    if (parent) hlError(s, seg, '2000A', 'HL02', 'A billing provider HL has no parent', IK403.invalidCode, parent);
    s.billing = { hl: id, at: locOf(seg, '2000A', 'HL01', pos), errors: [], src: {} };
    s.subscriber = null;
  } else if (level === '22') {
    s.loop = '2000B';
    if (!s.billing || s.hls.get(parent) !== '20') hlError(s, seg, '2000B', 'HL02', 'A subscriber HL must point to its billing provider HL (HL03 = 20)', IK403.invalidCode, parent);
    s.subscriber = { hl: id, at: locOf(seg, '2000B', 'HL01', pos), billing: s.billing, errors: [], src: {} };
    s.patientAt = undefined;
  } else if (level === '23') {
    s.loop = '2000C';
    if (!s.subscriber || parent !== s.subscriber.hl) hlError(s, seg, '2000C', 'HL02', 'A patient HL must point to its subscriber HL (HL03 = 22)', IK403.invalidCode, parent);
    s.patientAt = locOf(seg, '2000C', 'HL03', pos);
  } else {
    hlError(s, seg, s.loop, 'HL03', 'HL03 must be 20 (billing provider), 22 (subscriber) or 23 (patient)', IK403.invalidCode, level);
  }
  s.hls.set(id, level);
}

function nm1(seg: X12Segment, s: TransactionSetState, pos: number): void {
  const el = seg.elements;
  const entity = el[1];
  const loop = s.loop;
  if (loop === 'HEADER' || loop.startsWith('1000')) s.loop = entity === '41' ? '1000A' : entity === '40' ? '1000B' : loop;
  else if (loop.startsWith('2000A') || loop.startsWith('2010A')) {
    s.loop = entity === '85' ? '2010AA' : entity === '87' ? '2010AB' : entity === 'PE' ? '2010AC' : loop;
    if (entity === '85' && s.billing) s.billing.npi = readNpi(s.billing, 'npi', seg, '2010AA', pos);
  } else if (loop.startsWith('2000B') || loop.startsWith('2010B')) {
    s.loop = entity === 'IL' ? '2010BA' : entity === 'PR' ? '2010BB' : loop;
    if (entity === 'IL' && s.subscriber) {
      const sub = s.subscriber;
      const at = locOf(seg, '2010BA', 'NM109', pos);
      sub.src.medicaidId = at;
      if (el[8] !== 'MI') sub.errors.push(errorAt({ ...at, element: 'NM108' }, 'Subscriber id qualifier must be MI (member identification number)', { ik304: '8', ik403: IK403.invalidCode }, el[8]));
      else sub.medicaidId = el[9];
      if (el[3]) { sub.lastName = el[3]; sub.src.lastName = locOf(seg, '2010BA', 'NM103', pos); }
      if (el[4]) { sub.firstName = el[4]; sub.src.firstName = locOf(seg, '2010BA', 'NM104', pos); }
    }
  } else if (loop.startsWith('2000C') || loop.startsWith('2010C')) s.loop = '2010CA';
  else if (loop === '2300' || loop.startsWith('2310')) {
    s.loop = ({ DN: '2310A', P3: '2310A', '82': '2310B', '77': '2310C', DQ: '2310D', PW: '2310E', '45': '2310F' } as Record<string, string>)[entity] ?? '2310';
    if (entity === '82' && s.claim) {
      const holder = { errors: s.claim.errors, src: {} as Record<string, Loc> };
      s.claim.renderingNpi = readNpi(holder, 'renderingNpi', seg, '2310B', pos);
      s.claim.renderingSrc = holder.src.renderingNpi;
    }
  } else if (loop.startsWith('232') || loop.startsWith('233')) s.loop = '2330';
  else if (loop === '2400' || loop.startsWith('242')) {
    s.loop = entity === '82' ? '2420A' : '2420';
    if (entity === '82' && s.line && s.claim) {
      const holder = { errors: s.claim.errors, src: s.line.src };
      const value = readNpi(holder, 'renderingNpi', seg, '2420A', pos);
      if (value !== undefined) s.line.values.renderingNpi = value;
    }
  }
}

/** Ends the open 2300 claim: validates it and emits its claim event (key ISA13:GS06:ST02:CLM01). */
export function finish837Claim(s: TransactionSetState, out: Read837Event[], options: Read837Options): void {
  const draft = s.claim;
  if (!draft) return;
  s.claim = null;
  s.line = null;
  const envelope = s.event.envelope;
  const position = { ...draft.at.position, setPosition: draft.at.setPosition };
  const pcn = String(draft.values.patientControlNumber ?? '');
  const key = `${envelope.interchange}:${envelope.group}:${envelope.transactionSet}:${pcn}`;
  const result = finishClaim(draft, options.program, key, options.receivedOn);
  s.event.claims++;
  if (result.ok) out.push({ type: 'claim', ok: true, claim: result.claim, position, envelope });
  else {
    s.event.rejectedClaims++;
    if (pcn) for (const e of result.errors) e.claim = pcn;
    s.event.claimErrors.push(...result.errors);
    out.push({ type: 'claim', ok: false, ...(pcn ? { patientControlNumber: pcn } : {}), errors: result.errors, position, envelope });
  }
}

/** A set-level structure error (segment out of place or unknown): it rejects the transaction set. */
function structureError(s: TransactionSetState, seg: X12Segment, message: string, ik304: string): void {
  s.event.errors.push(errorAt(locOf(seg, s.loop, undefined, s.count), message, { ik304 }));
}

function hlError(s: TransactionSetState, seg: X12Segment, loop: string, element: string, message: string, ik403: string, value?: string): void {
  s.event.errors.push(errorAt(locOf(seg, loop, element, s.count), message, { ik304: '8', ik403 }, value));
}

/** NM108 must be XX for an NPI in NM109; records where the NPI came from either way. */
function readNpi(target: { errors: X12Error[]; src: Record<string, Loc> }, key: string, seg: X12Segment, loop: string, setPosition: number): string | undefined {
  const at = locOf(seg, loop, 'NM109', setPosition);
  target.src[key] = at;
  if (seg.elements[8] === 'XX') return seg.elements[9];
  target.errors.push(errorAt({ ...at, element: 'NM108' }, 'Identification code qualifier must be XX (NPI)', { ik304: '8', ik403: IK403.invalidCode }, seg.elements[8]));
  return undefined;
}
