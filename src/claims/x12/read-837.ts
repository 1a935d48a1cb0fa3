import { tokenizeX12, type X12Segment, type X12Source } from './tokenize-x12.js';
import type { X12Error, X12Position } from './x12-error.js';
import type { FunctionalGroupEvent, InterchangeEvent, Read837Event, TransactionSetEvent } from './read-837-event.js';
import { errorAt, IK403, locOf } from './claim-draft.js';
import { finish837Claim, map837Segment, type TransactionSetState } from './map-837-segment.js';

export interface Read837Options {
  /** Policy pack id the claims are billed under (ClaimSubmission.program). */
  program: string;
  /** The day the payer received the file, stamped on every claim. */
  receivedOn?: string;
}

/** 837P implementation guides we read: X222A1, and X222A2 whose changes do not touch the loops we map. */
export const ACCEPTED_837P_VERSIONS = ['005010X222A1', '005010X222A2'];

/**
 * Reads an 837P interchange from a string or a stream of chunks, yielding each claim as a ClaimSubmission (or its
 * errors) as soon as its 2300 loop ends, then transaction-set, group and interchange verdicts. Never throws on bad input.
 */
export async function* read837(source: X12Source, options: Read837Options): AsyncGenerator<Read837Event> {
  const reader = new Reader837(options);
  const out: Read837Event[] = [];
  for await (const tokens of tokenizeX12(source)) {
    for (const token of tokens) {
      if (token.kind === 'segment') reader.segment(token.segment, out);
      else reader.fatal(token.message, token.position, out);
    }
    if (out.length) { yield* out; out.length = 0; }
  }
  reader.end(out);
  yield* out;
}

interface Interchange { isa: X12Segment; event: InterchangeEvent; groupCount: number }
interface Group { gs: X12Segment; event: FunctionalGroupEvent; setCount: number }

class Reader837 {
  private ic: Interchange | null = null;
  private grp: Group | null = null;
  private set: TransactionSetState | null = null;
  private lastPosition: X12Position = { segmentIndex: 0, line: 1, offset: 0 };
  private sawInput = false;
  constructor(private readonly options: Read837Options) {}

  segment(seg: X12Segment, out: Read837Event[]): void {
    this.lastPosition = seg.position;
    this.sawInput = true;
    switch (seg.id) {
      case 'ISA': return this.openInterchange(seg, out);
      case 'IEA': return this.closeInterchange(seg, out);
      case 'GS': return this.openGroup(seg, out);
      case 'GE': return this.closeGroup(seg, out);
      case 'ST': return this.openSet(seg, out);
      case 'SE': return this.closeSet(seg, out);
    }
    if (!this.set) {
      const err = errorAt(locOf(seg, this.grp ? 'GS' : 'ISA'), `Segment ${seg.id || '(empty)'} is outside a transaction set (ST…SE)`, { ik304: '2' });
      (this.grp?.event ?? this.ic?.event)?.errors.push(err);
      return;
    }
    this.set.count++;
    map837Segment(seg, this.set, out, this.options);
  }

  fatal(message: string, position: X12Position, out: Read837Event[]): void {
    const err: X12Error = { segment: 'ISA', loop: 'ISA', position, message };
    this.sawInput = true;
    if (!this.ic) {
      out.push({ type: 'interchange', ok: false, control: '', sender: '', receiver: '', date: '', time: '', position, errors: [err], groups: [] });
      return;
    }
    // The truncation also cuts the open set (or group) short; each level says so.
    if (this.set) this.set.event.errors.push({ ...err, segment: 'SE', loop: 'ST', ik304: '3' });
    else if (this.grp) this.grp.event.errors.push({ ...err, segment: 'GE', loop: 'GS' });
    this.ic.event.errors.push(err);
    this.closeAll(position, out);
  }

  end(out: Read837Event[]): void {
    if (!this.sawInput) out.push({ type: 'interchange', ok: false, control: '', sender: '', receiver: '', date: '', time: '', position: this.lastPosition, errors: [{ segment: 'ISA', loop: 'ISA', position: this.lastPosition, message: 'The file is empty: no ISA segment' }], groups: [] });
    if (this.ic) {
      this.ic.event.errors.push({ segment: 'IEA', loop: 'ISA', position: this.lastPosition, message: 'Interchange trailer IEA is missing' });
      this.closeAll(this.lastPosition, out);
    }
  }

  private closeAll(position: X12Position, out: Read837Event[]): void {
    if (this.set) this.finishSet(position, out, 'Transaction set trailer SE is missing');
    if (this.grp) this.finishGroup(position, out, 'Functional group trailer GE is missing');
    if (this.ic) this.finishInterchange(out);
  }

  // ── envelopes ────────────────────────────────────────────────────────────────────────────────────────────────
  private openInterchange(isa: X12Segment, out: Read837Event[]): void {
    if (this.ic) {
      this.ic.event.errors.push(errorAt(locOf(isa, 'ISA'), 'Interchange trailer IEA is missing before the next ISA'));
      this.closeAll(isa.position, out);
    }
    const el = isa.elements;
    const event: InterchangeEvent = { type: 'interchange', ok: true, control: el[13] ?? '', sender: (el[6] ?? '').trim(), receiver: (el[8] ?? '').trim(), date: el[9] ?? '', time: el[10] ?? '', position: isa.position, errors: [], groups: [] };
    const err = (element: string, message: string, value?: string) => event.errors.push(errorAt(locOf(isa, 'ISA', element), message, {}, value));
    if (isa.isaProblem) err('ISA', isa.isaProblem);
    if (!/^\d{9}$/.test(event.control)) err('ISA13', 'Interchange control number must be 9 digits', event.control);
    if (el[12] !== '00501') err('ISA12', 'Interchange version must be 00501', el[12]);
    if (el[15] !== 'P' && el[15] !== 'T') err('ISA15', 'Usage indicator must be P (production) or T (test)', el[15]);
    this.ic = { isa, event, groupCount: 0 };
  }

  private closeInterchange(iea: X12Segment, out: Read837Event[]): void {
    if (!this.ic) {
      out.push({ type: 'interchange', ok: false, control: iea.elements[2] ?? '', sender: '', receiver: '', date: '', time: '', position: iea.position, errors: [errorAt(locOf(iea, 'ISA'), 'IEA without a matching ISA')], groups: [] });
      return;
    }
    if (this.set) this.finishSet(iea.position, out, 'Transaction set trailer SE is missing');
    if (this.grp) this.finishGroup(iea.position, out, 'Functional group trailer GE is missing');
    const ic = this.ic;
    if (iea.elements[2] !== ic.event.control) ic.event.errors.push(errorAt(locOf(iea, 'ISA', 'IEA02'), `IEA02 must repeat the interchange control number ${ic.event.control} (ISA13)`, {}, iea.elements[2]));
    if (iea.elements[1] !== String(ic.groupCount)) ic.event.errors.push(errorAt(locOf(iea, 'ISA', 'IEA01'), `IEA01 must count the functional groups: ${ic.groupCount}`, {}, iea.elements[1]));
    this.finishInterchange(out);
  }

  private finishInterchange(out: Read837Event[]): void {
    const event = this.ic!.event;
    event.ok = event.errors.length === 0;
    out.push(event);
    this.ic = null;
  }

  private openGroup(gs: X12Segment, out: Read837Event[]): void {
    if (this.set) this.finishSet(gs.position, out, 'Transaction set trailer SE is missing before GS');
    if (this.grp) this.finishGroup(gs.position, out, 'Functional group trailer GE is missing before the next GS');
    const el = gs.elements;
    const event: FunctionalGroupEvent = { type: 'functional-group', ok: true, control: el[6] ?? '', functionalId: el[1] ?? '', version: el[8] ?? '', position: gs.position, errors: [], transactionSets: [] };
    if (!this.ic) event.errors.push(errorAt(locOf(gs, 'GS'), 'GS outside an interchange (no ISA)'));
    else this.ic.groupCount++;
    if (el[1] !== 'HC') event.errors.push(errorAt(locOf(gs, 'GS', 'GS01'), 'Functional identifier must be HC (health care claim)', { ik403: IK403.invalidCode }, el[1]));
    if (!ACCEPTED_837P_VERSIONS.includes(el[8] ?? '')) event.errors.push(errorAt(locOf(gs, 'GS', 'GS08'), `Version must be one of ${ACCEPTED_837P_VERSIONS.join(', ')}`, { ik403: IK403.invalidCode }, el[8]));
    if (!/^\d{1,9}$/.test(event.control)) event.errors.push(errorAt(locOf(gs, 'GS', 'GS06'), 'Group control number must be 1–9 digits', {}, event.control));
    this.grp = { gs, event, setCount: 0 };
  }

  private closeGroup(ge: X12Segment, out: Read837Event[]): void {
    if (this.set) this.finishSet(ge.position, out, 'Transaction set trailer SE is missing before GE');
    if (!this.grp) {
      (this.ic?.event.errors ?? []).push(errorAt(locOf(ge, 'GS'), 'GE without a matching GS'));
      return;
    }
    const g = this.grp;
    if (ge.elements[2] !== g.event.control) g.event.errors.push(errorAt(locOf(ge, 'GS', 'GE02'), `GE02 must repeat the group control number ${g.event.control} (GS06)`, {}, ge.elements[2]));
    if (ge.elements[1] !== String(g.setCount)) g.event.errors.push(errorAt(locOf(ge, 'GS', 'GE01'), `GE01 must count the transaction sets: ${g.setCount}`, {}, ge.elements[1]));
    this.finishGroup(ge.position, out);
  }

  private finishGroup(position: X12Position, out: Read837Event[], missing?: string): void {
    const event = this.grp!.event;
    if (missing) event.errors.push({ segment: 'GE', loop: 'GS', position, message: missing });
    event.ok = event.errors.length === 0;
    this.ic?.event.groups.push(event);
    out.push(event);
    this.grp = null;
  }

  private openSet(st: X12Segment, out: Read837Event[]): void {
    if (this.set) this.finishSet(st.position, out, 'Transaction set trailer SE is missing before the next ST');
    const el = st.elements;
    const envelope = { interchange: this.ic?.event.control ?? '', group: this.grp?.event.control ?? '', transactionSet: el[2] ?? '' };
    const event: TransactionSetEvent = { type: 'transaction-set', ok: true, envelope, transactionSetId: el[1] ?? '', implementation: el[3] ?? this.grp?.event.version ?? '', position: { ...st.position, setPosition: 1 }, claims: 0, rejectedClaims: 0, errors: [], claimErrors: [] };
    const err = (element: string, message: string, ik403: string, value?: string) => event.errors.push(errorAt(locOf(st, 'ST', element, 1), message, { ik304: '8', ik403 }, value));
    if (!this.grp) event.errors.push(errorAt(locOf(st, 'ST', undefined, 1), 'ST outside a functional group (no GS)', { ik304: '2' }));
    else this.grp.setCount++;
    if (el[1] !== '837') err('ST01', 'Transaction set must be 837', IK403.invalidCode, el[1]);
    if (!/^\d{4,9}$/.test(envelope.transactionSet)) err('ST02', 'Transaction set control number must be 4–9 digits', IK403.invalidCharacter, envelope.transactionSet);
    if (el[3] !== undefined && !ACCEPTED_837P_VERSIONS.includes(el[3])) err('ST03', `Implementation reference must be one of ${ACCEPTED_837P_VERSIONS.join(', ')}`, IK403.invalidCode, el[3]);
    this.set = { st, event, count: 1, loop: 'HEADER', billing: null, subscriber: null, hls: new Map(), claim: null, line: null, pcns: new Set() };
  }

  private closeSet(se: X12Segment, out: Read837Event[]): void {
    if (!this.set) {
      (this.grp?.event ?? this.ic?.event)?.errors.push(errorAt(locOf(se, 'ST'), 'SE without a matching ST', { ik304: '2' }));
      return;
    }
    const s = this.set;
    s.count++;
    if (se.elements[2] !== s.event.envelope.transactionSet) s.event.errors.push(errorAt(locOf(se, 'ST', 'SE02', s.count), `SE02 must repeat the transaction set control number ${s.event.envelope.transactionSet} (ST02)`, { ik304: '8' }, se.elements[2]));
    if (se.elements[1] !== String(s.count)) s.event.errors.push(errorAt(locOf(se, 'ST', 'SE01', s.count), `SE01 must count the segments from ST to SE inclusive: ${s.count}`, { ik304: '8' }, se.elements[1]));
    this.finishSet(se.position, out);
  }

  private finishSet(position: X12Position, out: Read837Event[], missing?: string): void {
    const s = this.set!;
    finish837Claim(s, out, this.options);
    if (missing) s.event.errors.push({ segment: 'SE', loop: 'ST', position, message: missing, ik304: '3' });
    s.event.ok = s.event.errors.length === 0;
    this.grp?.event.transactionSets.push(s.event);
    out.push(s.event);
    this.set = null;
  }

}
