import type { Catalog } from '../../catalog/index.js';
import type { BillingCode, Limit, Rule, Unit, AuthorizationRule } from '../../catalog/index.js';
import type { ClaimLine, Finding, LineOutcome, MemberContext, TeamFacts } from './types.js';
import type { LimitUse } from './limit-scope.js';
import type { RunningTotals } from './running-totals.js';

/** What an edit returns: a finding without its edit id (the pipeline stamps it). */
export type EditFinding = Omit<Finding, 'edit'> & { edit?: string };

/** One rule of the claims pipeline: a contract (`appliesTo`) and a pure check. Never throws for a policy outcome. */
export interface Edit {
  /** Kebab-case id, the file name under claims/edits/. */
  id: string;
  appliesTo(line: ClaimLine, ctx: EditContext): boolean;
  check(line: ClaimLine, ctx: EditContext): EditFinding[];
}

/** Rules of one kind that cover a billing code, resolved once per code and date. */
export type RulesByKind = { readonly [K in Rule['kind']]?: readonly Extract<Rule, { kind: K }>[] };

/** What the billed code + modifiers mean in the pack on the service date (cached per code, modifiers, date). */
export interface ResolvedCode {
  /** The billing code, or null when the code + modifiers are not billable (then `problem` says why). */
  code: BillingCode | null;
  codeId: string | null;
  service: string | null;
  unit: Unit | null;
  limits: readonly Limit[];
  rules: RulesByKind;
  authorization: readonly AuthorizationRule[];
  /** Team programs that deliver the service (services.yaml teamPrograms). */
  teamPrograms: readonly string[];
  problem: { reason: 'invalid-code-for-date' | 'invalid-modifier-for-date' | 'missing-information'; saw: Record<string, unknown> } | null;
}

/** The line's facts as the edits read them: the code resolved, plus setting and team from the context. */
export interface ResolvedLine extends ResolvedCode {
  // (Built with the cached ResolvedCode as prototype: read fields, do not spread or JSON it.)
  /** Rate-dimension setting from the place of service (clinic | community), null when the POS maps to neither. */
  setting: string | null;
  /** Facility settings the place of service names (hospital, imd, nursing-facility …) for excluded-setting rules. */
  settings: readonly string[];
  /** The member's team for a team-program code (enrollment on the date, billed by that team's organization). */
  team: TeamFacts | null;
  /** The team's fidelity level id on the date, if it has one. */
  fidelityLevel: string | null;
}

/** A line of this member adjudicated earlier in the same batch, with its outcome. */
export interface AdjudicatedLine { line: ClaimLine; resolved: ResolvedLine; outcome: LineOutcome }

/** Everything an edit may read. Pure data plus in-memory accumulators for this batch. */
export interface EditContext {
  catalog: Catalog;
  member: MemberContext;
  resolved: ResolvedLine;
  /** Units still payable after earlier edits' reductions (starts at the billed units). */
  payableUnits: number;
  sameBatch: readonly AdjudicatedLine[];
  running: RunningTotals;
  /** What the line would consume if paid, proposed by the authorization and limit edits; the pipeline records it. */
  proposal: Proposal;
}

/** Consumption an edit proposes for the line; applied only when the line is paid or reduced. */
export interface Proposal {
  authorizationId: string | null;
  limits: LimitUse[];
  /** Authorizations of units beyond a limit: used for the paid units past `limitRemaining`, up to `units`. For a
   * dollar limit (`measure: 'dollars'`) both are cents of the paid amount and the authorization's units are dollars. */
  beyond: Array<{ authorizationId: string; limitRemaining: number; units: number; measure?: 'dollars' }>;
}
