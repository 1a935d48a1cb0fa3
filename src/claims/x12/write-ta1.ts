import type { InterchangeEvent } from './read-837-event.js';
import { formatIsa, type InterchangeHeader } from './format-isa.js';

/** TA105 note codes for the interchange problems read837 detects. */
const NOTE: Record<string, string> = { IEA02: '001', IEA01: '021', ISA13: '018', ISA12: '017', ISA15: '020', ISA: '022' };

/**
 * The TA1 interchange acknowledgment: A when the ISA/IEA envelope held, R with the first problem's note code when it
 * did not (001 control numbers differ, 021 group count, 018 control number, 017 version, 020 usage, 022 ISA layout,
 * 023 file ended early, 024 anything else). The 999 speaks for what is inside; this speaks for the envelope.
 */
export function writeTa1(received: InterchangeEvent, options: InterchangeHeader): string {
  const sep = options.separators ?? { element: '*', component: ':', repetition: '^', segment: '~' };
  const term = sep.segment + (options.newline === false ? '' : '\n');
  const first = received.errors[0];
  const note = !first ? '000' : NOTE[first.element ?? ''] ?? (/missing|ends/.test(first.message) ? '023' : '024');
  const control = /^\d{9}$/.test(received.control) ? received.control : '000000000';
  const date = /^\d{6}$/.test(received.date) ? received.date : '000000';
  const time = /^\d{4}$/.test(received.time) ? received.time : '0000';
  return formatIsa(options, sep) + term
    + ['TA1', control, date, time, received.ok ? 'A' : 'R', note].join(sep.element) + term
    + ['IEA', '0', String(options.controlNumber).padStart(9, '0')].join(sep.element) + term;
}
