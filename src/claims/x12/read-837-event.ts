import type { ClaimSubmission } from '../submission.js';
import type { X12Error, X12Position } from './x12-error.js';

/** Control numbers that place a claim in its interchange (ISA13), functional group (GS06) and transaction set (ST02). */
export interface EnvelopeIds { interchange: string; group: string; transactionSet: string }

export type ClaimEvent =
  | { type: 'claim'; ok: true; claim: ClaimSubmission; position: X12Position; envelope: EnvelopeIds }
  | { type: 'claim'; ok: false; patientControlNumber?: string; errors: X12Error[]; position: X12Position; envelope: EnvelopeIds };

/** Emitted at SE. `ok: false` (set-level errors: counts, versions, structure) means every claim of the set is rejected. */
export interface TransactionSetEvent {
  type: 'transaction-set'; ok: boolean; envelope: EnvelopeIds;
  transactionSetId: string; implementation: string; position: X12Position;
  claims: number; rejectedClaims: number;
  /** Errors that reject the whole set. */
  errors: X12Error[];
  /** Errors of individual rejected claims (the set itself is still accepted): a 999 reports them with IK5 = E. */
  claimErrors: X12Error[];
}

/** Emitted at GE; carries its transaction-set summaries so a 999 can be written from it alone. */
export interface FunctionalGroupEvent {
  type: 'functional-group'; ok: boolean; control: string; functionalId: string; version: string;
  position: X12Position; errors: X12Error[]; transactionSets: TransactionSetEvent[];
}

/** Emitted at IEA (or end of input). `ok: false` rejects every claim in the interchange (a TA1 matter in X12). */
export interface InterchangeEvent {
  type: 'interchange'; ok: boolean; control: string; sender: string; receiver: string;
  /** ISA09 (YYMMDD) and ISA10 (HHMM) as sent; a TA1 repeats them. */
  date: string; time: string;
  position: X12Position; errors: X12Error[]; groups: FunctionalGroupEvent[];
}

/**
 * What read837 yields, in file order. Claims stream out as soon as their 2300 loop ends; a claim is final only
 * when its transaction-set, functional-group and interchange events that follow all say `ok: true`.
 */
export type Read837Event = ClaimEvent | TransactionSetEvent | FunctionalGroupEvent | InterchangeEvent;
