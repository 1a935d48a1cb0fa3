import type { X12Separators } from './tokenize-x12.js';

/** Who sends and receives an interchange, and when; shared by the 837, 999 and 835 writers. */
export interface InterchangeHeader {
  sender: string;
  receiver: string;
  /** ISA05 / ISA07: the qualifiers of sender and receiver (default ZZ, mutually defined). */
  senderQualifier?: string;
  receiverQualifier?: string;
  /** ISA13 / IEA02. */
  controlNumber: number;
  /** YYYY-MM-DD and HH:MM of creation (ISA09/ISA10, GS04/GS05). */
  date: string;
  time: string;
  usage?: 'P' | 'T';
  separators?: X12Separators;
  /** Put a newline after each segment terminator (default true; readers must tolerate it). */
  newline?: boolean;
}

/** The fixed-length ISA segment (106 characters with the terminator the caller appends). */
export function formatIsa(h: InterchangeHeader, sep: X12Separators): string {
  const e = sep.element;
  return ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), h.senderQualifier ?? 'ZZ', h.sender.padEnd(15).slice(0, 15), h.receiverQualifier ?? 'ZZ', h.receiver.padEnd(15).slice(0, 15),
    h.date.replaceAll('-', '').slice(2), h.time.replace(':', ''), sep.repetition || '^', '00501', String(h.controlNumber).padStart(9, '0'),
    '0', h.usage ?? 'P', sep.component].join(e);
}
