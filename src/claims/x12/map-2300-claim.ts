import { Decimal } from 'decimal.js';
import { ClaimSubmission } from '../submission.js';
import type { X12Segment } from './tokenize-x12.js';
import type { X12Error } from './x12-error.js';
import { errorAt, IK403, locOf, type ClaimDraft, type Loc, type SubscriberContext } from './claim-draft.js';
import { parseX12Amount } from './x12-amount.js';

export type MappedClaim = { ok: true; claim: ClaimSubmission } | { ok: false; errors: X12Error[] };

/** Loop 2300 CLM: patient control number, total charge, place of service and frequency (1 original, 7 replacement, 8 void). */
export function map2300Claim(seg: X12Segment, setPosition: number, subscriber: SubscriberContext | null, patientAt: Loc | undefined): ClaimDraft {
  const el = seg.elements;
  const at = (element: string) => locOf(seg, '2300', element, setPosition);
  const draft: ClaimDraft = { at: at('CLM01'), values: {}, src: {}, errors: [], subscriber, patientAt, lines: [] };
  draft.values.patientControlNumber = el[1] ?? '';
  draft.src.patientControlNumber = at('CLM01');
  const charge = parseX12Amount(el[2] ?? '');
  if (!charge || charge.isNegative()) draft.errors.push(errorAt(at('CLM02'), 'Total claim charge must be a non-negative amount with at most two decimals', { ik304: '8', ik403: el[2] ? IK403.invalidCharacter : IK403.missing }, el[2]));
  else draft.values.totalCharge = charge.toFixed(2);
  draft.src.totalCharge = at('CLM02');
  const [pos, , frequency] = (el[5] ?? '').split(seg.separators.component);
  draft.placeOfService = pos;
  if (frequency === '1' || frequency === '7' || frequency === '8') draft.values.frequency = frequency;
  else draft.errors.push(errorAt(at('CLM05-3'), 'Claim frequency must be 1 (original), 7 (replacement) or 8 (void)', { ik304: '8', ik403: frequency ? IK403.invalidCode : IK403.missing }, frequency));
  return draft;
}

/** Validates a finished 2300 claim against the ClaimSubmission contract, naming the segment and element behind every failure. */
export function finishClaim(draft: ClaimDraft, program: string, submissionKey: string, receivedOn?: string): MappedClaim {
  const errors = [...(draft.subscriber?.billing?.errors ?? []), ...(draft.subscriber?.errors ?? []), ...draft.errors];
  const sub = draft.subscriber;
  const billing = sub?.billing;
  if (draft.patientAt)
    errors.push(errorAt(draft.patientAt, 'The claim is billed for a patient (loop 2000C) other than the subscriber; this program\'s members are subscribers: bill the member in 2010BA and omit 2000C', { ik304: 'I6' }));
  // A missing NM1 is reported at its HL; a present one with the wrong qualifier was already reported on its NM108.
  if (billing && !billing.src.npi) errors.push(errorAt({ ...billing.at, element: undefined }, 'Billing provider name NM1*85 (2010AA) with an NPI is missing', { ik304: 'I6' }));
  if (!billing) errors.push(errorAt(draft.at, 'Claim has no billing provider loop (2000A HL with HL03 = 20) above it', { ik304: '3' }));
  if (!sub) errors.push(errorAt(draft.at, 'Claim has no subscriber loop (2000B HL with HL03 = 22) above it', { ik304: '3' }));
  else if (!sub.src.medicaidId) errors.push(errorAt({ ...sub.at, element: undefined }, 'Subscriber name NM1*IL (2010BA) with the member id is missing', { ik304: 'I6' }));
  if (draft.values.frequency === '7' || draft.values.frequency === '8') {
    if (!draft.values.originalClaimId) errors.push(errorAt({ ...draft.at, element: 'CLM05-3' }, 'A replacement (7) or void (8) needs REF*F8 with the payer claim id being replaced', { ik304: 'I6' }));
  }
  if (draft.lines.length === 0) errors.push(errorAt(draft.at, 'Claim has no service lines (loop 2400)', { ik304: '3' }));
  let sum = new Decimal(0);
  const lines = draft.lines.map((line) => {
    if (!line.sawSv1) errors.push(errorAt({ ...line.at, element: undefined }, 'Service line has no SV1 segment', { ik304: '3' }));
    if (!line.sawDate) errors.push(errorAt({ ...line.at, element: undefined }, 'Service line has no DTP*472 service date', { ik304: 'I6' }));
    if (typeof line.values.chargeAmount === 'string') sum = sum.plus(line.values.chargeAmount);
    const renderingNpi = line.values.renderingNpi ?? draft.renderingNpi;
    const placeOfService = line.values.placeOfService ?? draft.placeOfService;
    return { ...line.values, placeOfService, ...(renderingNpi ? { renderingNpi } : {}) };
  });
  if (typeof draft.values.totalCharge === 'string' && lines.length && errors.length === 0 && !sum.equals(draft.values.totalCharge))
    errors.push(errorAt(draft.src.totalCharge, `Total charge ${draft.values.totalCharge} does not equal the sum of the line charges ${sum.toFixed(2)}`, { ik304: '8', ik403: IK403.pattern }));
  const member: Record<string, string> = {};
  if (sub?.medicaidId) member.medicaidId = sub.medicaidId;
  if (sub?.birthDate) member.birthDate = sub.birthDate;
  if (sub?.lastName) member.lastName = sub.lastName;
  if (sub?.firstName) member.firstName = sub.firstName;
  const candidate = {
    program, submissionKey, ...draft.values,
    billingProvider: billing?.taxId ? { npi: billing.npi, taxId: billing.taxId } : { npi: billing?.npi },
    member, ...(receivedOn ? { receivedOn } : {}), lines,
  };
  const parsed = ClaimSubmission.safeParse(candidate);
  if (parsed.success && errors.length === 0) return { ok: true, claim: parsed.data };
  // Schema failures are reported too, unless the same element was already reported by the mapper.
  const seen = new Set(errors.map((e) => `${e.position.segmentIndex}:${e.element ?? ''}`));
  // A provider or member the mapper already faulted would only repeat as "expected string, received undefined".
  const explained = new Set<PropertyKey>();
  if (!billing || billing.errors.length || !billing.src.npi) explained.add('billingProvider');
  if (!sub || sub.errors.length || !sub.src.medicaidId) explained.add('member');
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    if (explained.has(issue.path[0])) continue;
    const loc = sourceOf(draft, issue.path);
    const key = `${loc.position.segmentIndex}:${loc.element ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(errorAt(loc, issue.message, { ik304: '8', ik403: IK403.pattern }));
  }
  return { ok: false, errors };
}

/** Maps a schema path back to the segment and element it was read from. */
function sourceOf(draft: ClaimDraft, path: PropertyKey[]): Loc {
  const [head, index, field, sub] = path;
  if (head === 'lines' && typeof index === 'number') {
    const line = draft.lines[index];
    if (!line) return draft.at;
    if (field === 'modifiers') return line.src[`modifiers.${String(sub)}`] ?? line.src['modifiers.0'] ?? line.at;
    if (field === 'renderingNpi') return line.src.renderingNpi ?? draft.renderingSrc ?? line.at;
    if (field === 'placeOfService') return line.src.placeOfService ?? { ...draft.at, element: 'CLM05-1' };
    return line.src[String(field)] ?? line.at;
  }
  if (head === 'billingProvider') return draft.subscriber?.billing?.src[String(index)] ?? draft.at;
  if (head === 'member') return draft.subscriber?.src[String(index)] ?? draft.at;
  return draft.src[String(head)] ?? draft.at;
}
