import type { X12Error, X12Position, X12SyntaxCode } from './x12-error.js';
import type { X12Segment } from './tokenize-x12.js';

/** Where a value came from, so a schema failure on `lines.2.code` can name `SV101-2` in loop 2400 at its segment. */
export interface Loc { segment: string; loop: string; element?: string; position: X12Position; setPosition?: number }

/** 2000A/2010AA as read so far; every claim under this HL inherits it (and its errors). */
export interface BillingContext { hl: string; at: Loc; npi?: string; taxId?: string; errors: X12Error[]; src: Record<string, Loc> }

/** 2000B/2010BA as read so far. */
export interface SubscriberContext {
  hl: string; at: Loc; billing: BillingContext | null;
  medicaidId?: string; lastName?: string; firstName?: string; birthDate?: string;
  errors: X12Error[]; src: Record<string, Loc>;
}

/** One 2400 service line being assembled from LX, SV1, DTP*472 and 2420A. */
export interface LineDraft { at: Loc; values: Record<string, unknown>; src: Record<string, Loc>; sawSv1: boolean; sawDate: boolean }

/** One 2300 claim being assembled; finished (validated and emitted) at the next CLM, HL or SE. */
export interface ClaimDraft {
  at: Loc;
  values: Record<string, unknown>;
  src: Record<string, Loc>;
  errors: X12Error[];
  subscriber: SubscriberContext | null;
  patientAt?: Loc;
  placeOfService?: string;
  renderingNpi?: string;
  renderingSrc?: Loc;
  lines: LineDraft[];
}

export function locOf(segment: X12Segment, loop: string, element?: string, setPosition?: number): Loc {
  // Hot path (several per segment): no copying; the set position is merged only when an error is built.
  return { segment: segment.id, loop, element, position: segment.position, setPosition };
}

export function errorAt(loc: Loc, message: string, code: X12SyntaxCode = {}, value?: string): X12Error {
  const position = loc.setPosition === undefined ? loc.position : { ...loc.position, setPosition: loc.setPosition };
  const e: X12Error = { segment: loc.segment, loop: loc.loop, position, message, ...code };
  if (loc.element) e.element = loc.element;
  if (value !== undefined && value.length <= 30) e.value = value;
  return e;
}

/** IK403 codes used by the mappers (X12 999 element syntax error codes). */
export const IK403 = { missing: '1', invalidCharacter: '6', invalidCode: '7', invalidDate: '8', implementationMissing: 'I9', pattern: 'I12' } as const;
