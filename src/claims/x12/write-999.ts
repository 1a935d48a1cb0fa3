import type { InterchangeEvent, TransactionSetEvent } from './read-837-event.js';
import type { X12Error } from './x12-error.js';
import { formatIsa, type InterchangeHeader } from './format-isa.js';

export interface Write999Options extends InterchangeHeader {
  /** GS06 of the 999's own functional group. */
  groupControlNumber: number;
}

/**
 * The 999 implementation acknowledgment (005010X231A1) for an interchange read by read837: one ST*999 per functional
 * group received, an AK2/IK5 per transaction set, an IK3 (segment) and IK4 (element) per error, and AK9 counts.
 * A set whose only problems are rejected claims is accepted with errors (IK5 = E); set-level errors reject it (R).
 * Interchange-level (ISA/IEA) problems belong in a TA1: writeTa1.
 */
export function write999(received: InterchangeEvent, options: Write999Options): string {
  const sep = options.separators ?? { element: '*', component: ':', repetition: '^', segment: '~' };
  const term = sep.segment + (options.newline === false ? '' : '\n');
  const clean = (t: string) => t.replace(/[^A-Za-z0-9 .\-]/g, '').slice(0, 99);
  const seg = (...el: string[]) => { while (el.length > 1 && el[el.length - 1] === '') el.pop(); return el.join(sep.element) + term; };
  const [date8, time4] = [options.date.replaceAll('-', ''), options.time.replace(':', '')];
  let out = formatIsa({ ...options, sender: options.sender, receiver: options.receiver }, sep) + term;
  out += seg('GS', 'FA', options.sender, options.receiver, date8, time4, String(options.groupControlNumber), 'X', '005010X231A1');
  received.groups.forEach((group, g) => {
    const st = String(g + 1).padStart(4, '0');
    const body: string[] = [seg('AK1', clean(group.functionalId), clean(group.control), clean(group.version))];
    let accepted = 0;
    for (const set of group.transactionSets) {
      body.push(seg('AK2', clean(set.transactionSetId), clean(set.envelope.transactionSet), clean(set.implementation)));
      for (const e of groupBySegment([...set.errors, ...set.claimErrors])) {
        // IK303 holds at most four characters, so loop 2010BA is reported as 2010; CTX names the claim.
        body.push(seg('IK3', clean(e[0].segment).slice(0, 3) || 'UNK', String(e[0].position.setPosition), /^\d{4}[A-Z]{0,2}$/.test(e[0].loop) ? e[0].loop.slice(0, 4) : '', e[0].ik304 ?? '8'));
        if (e[0].claim) body.push(seg('CTX', `CLM01${sep.component}${clean(e[0].claim)}`));
        for (const err of e) {
          const where = elementPosition(err, sep.component);
          if (where && err.ik403) body.push(seg('IK4', where, '', err.ik403, err.value ? clean(err.value) : ''));
        }
      }
      const status = !set.ok ? 'R' : set.claimErrors.length ? 'E' : 'A';
      if (status !== 'R') accepted++;
      body.push(seg('IK5', status, ...(status === 'A' ? [] : setErrorCodes(set))));
    }
    const count = group.transactionSets.length;
    const ak901 = !group.ok || accepted === 0 ? 'R' : accepted < count ? 'P' : group.transactionSets.some((s) => s.claimErrors.length) ? 'E' : 'A';
    body.push(seg('AK9', ak901, String(count), String(count), String(group.ok ? accepted : 0), ...groupErrorCodes(group.errors)));
    out += seg('ST', '999', st, '005010X231A1') + body.join('') + seg('SE', String(body.length + 2), st);
  });
  out += seg('GE', String(received.groups.length), String(options.groupControlNumber));
  return out + seg('IEA', '1', String(options.controlNumber).padStart(9, '0'));
}

/** Errors of the same segment occurrence share one IK3; errors with no place inside the set go to IK5 codes only. */
function groupBySegment(errors: X12Error[]): X12Error[][] {
  const groups = new Map<number, X12Error[]>();
  for (const e of errors) {
    const at = e.position.setPosition;
    if (at === undefined || !e.ik304) continue;
    const list = groups.get(at);
    if (list) list.push(e); else groups.set(at, [e]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

/** IK401: `SV101-2` → `1:2`, `NM109` → `9`. */
function elementPosition(e: X12Error, component: string): string | undefined {
  const m = /^(\d{2})(?:-(\d+))?$/.exec((e.element ?? '').slice(e.segment.length));
  if (!m) return undefined;
  return m[2] ? `${+m[1]}${component}${+m[2]}` : String(+m[1]);
}

/** IK502…: 1 not supported, 2 trailer missing, 3 control number mismatch, 4 segment count wrong, 5 segments in error. */
function setErrorCodes(set: TransactionSetEvent): string[] {
  const codes = new Set<string>();
  for (const e of set.errors) {
    if (e.element === 'ST01' || e.element === 'ST03') codes.add('1');
    else if (/trailer SE is missing/.test(e.message)) codes.add('2');
    else if (e.element === 'SE02') codes.add('3');
    else if (e.element === 'SE01') codes.add('4');
    else codes.add('5');
  }
  if (set.claimErrors.length) codes.add('5');
  return [...codes].slice(0, 5);
}

/** AK905…: 1 group not supported, 2 version not supported, 3 trailer missing, 4 control number mismatch, 5 set count wrong. */
function groupErrorCodes(errors: X12Error[]): string[] {
  const codes = new Set<string>();
  for (const e of errors) {
    if (e.element === 'GS01') codes.add('1');
    else if (e.element === 'GS08') codes.add('2');
    else if (/trailer GE is missing/.test(e.message)) codes.add('3');
    else if (e.element === 'GE02') codes.add('4');
    else if (e.element === 'GE01') codes.add('5');
    else codes.add('6');
  }
  return [...codes].slice(0, 5);
}
