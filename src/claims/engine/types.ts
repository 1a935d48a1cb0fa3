import type { Source } from '../../catalog/schema/index.js';

/**
 * The adjudication engine's contract: a claim line as the engine sees it, the context loaded for it in bulk,
 * and what comes out. Pure data: no database handles, no clocks.
 */

/** A claim line resolved against our records (member, billing organization, rendering staff, team). */
export interface ClaimLine {
  claimId: string;
  lineId: string;
  lineNumber: number;
  program: string;
  /** Resolved member id, or null when the Medicaid id matched no member. */
  memberId: string | null;
  medicaidId: string;
  billingOrganizationId: string | null;
  billingNpi: string;
  renderingStaffId: string | null;
  renderingNpi: string | null;
  serviceDate: string;
  serviceDateTo: string | null;
  code: string;
  modifiers: readonly string[];
  /** Billed units (minutes already converted to units where the basis was MJ). */
  units: number;
  minutes: number | null;
  placeOfService: string;
  chargeAmount: string;
  groupSize: number | null;
  residents: number | null;
  receivedOn: string;
  frequency: '1' | '7' | '8';
  /** Optional start/end clock times (HH:MM) where the provider reports them; same-time rules need them. */
  startTime?: string | null;
  endTime?: string | null;
}

export interface Span { from: string; to: string | null }

export interface MemberFacts {
  id: string;
  birthDate: string;
  eligibility: Array<Span & { program: string }>;
  enrollments: Array<Span & { program: string; organizationId: string; teamId: string | null }>;
  /** Active Recovery Plan service lines. */
  planLines: Array<Span & { service: string; organizationId: string; code: string | null; status: string }>;
}

export interface OrganizationFacts {
  id: string;
  npi: string;
  enrollments: Array<Span & { program: string; providerType: string; status: string; certifiedThrough: string | null; lastVerifiedOn: string | null }>;
}

export interface StaffFacts {
  id: string;
  npi: string | null;
  organizationId: string;
  teamId: string | null;
  role: string;
  degree: string | null;
  credentials: Array<Span & { kind: string; name: string }>;
}

export interface TeamFacts {
  id: string;
  organizationId: string;
  program: string;
  sizeBand: 'small' | 'large';
  startDate: string;
  fidelity: Array<Span & { level: string }>;
  /** Open fidelity reviews: lines on or after `pendFrom` pend until the review closes. */
  reviews: Array<{ id: string; pendFrom: string; closedOn: string | null }>;
}

export interface AuthorizationFacts {
  id: string;
  memberId: string;
  organizationId: string;
  service: string;
  code: string | null;
  status: string;
  from: string;
  to: string;
  units: number;
  /** Units consumed before this batch (the pipeline consumes atomically; the engine only proposes). */
  unitsUsed: number;
  /** For units approved beyond a limit (authorization.yaml `when: { beyondLimit }`): that limits.yaml id. */
  beyondLimit?: string | null;
}

/** A line already adjudicated for the same member (history for duplicates, limits, daily rules). */
export interface PriorLine {
  lineId: string;
  claimId: string;
  memberId: string;
  billingOrganizationId: string;
  renderingStaffId: string | null;
  serviceDate: string;
  code: string;
  modifiers: readonly string[];
  units: number;
  minutes: number | null;
  paidUnits: number;
  paidAmount: string;
  status: LineStatus;
  codeId: string | null;
  service: string | null;
  /** Optional facts the engine uses when present (clinic-setting caps, per-diem contacts, same-time rules). */
  placeOfService?: string | null;
  groupSize?: number | null;
  teamId?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

/** Everything an edit may read about one member's lines; loaded once per batch. */
export interface MemberContext {
  member: MemberFacts | null;
  organizations: ReadonlyMap<string, OrganizationFacts>;
  staff: ReadonlyMap<string, StaffFacts>;
  teams: ReadonlyMap<string, TeamFacts>;
  authorizations: readonly AuthorizationFacts[];
  history: readonly PriorLine[];
  /**
   * The member's limit accumulators as stored (limit_accumulators: `<limit id>:<period key>` → amount in the limit's
   * measure). When the pipeline gives them, limit totals start from here and `history` need only cover the weeks and
   * months of the batch (day, week and month rules); without them totals are replayed from the whole history.
   */
  limitTotals?: ReadonlyMap<string, number>;
}

export type LineStatus = 'paid' | 'reduced' | 'denied' | 'pended';

/** One edit's verdict on a line. */
export interface Finding {
  /** Edit id (claims/edits/<id>.ts). */
  edit: string;
  outcome: 'deny' | 'reduce' | 'pend';
  /** Reason-code id from the pack (reason-codes.yaml): CARC/RARC and wording live there. */
  reason: string;
  /** The pack rule behind it, with the manual citation. */
  rule: { id: string; source: Source | null; decision?: string };
  /** The facts judged, for the explanation trace. */
  saw: Record<string, unknown>;
  /** For reductions: the units still payable. */
  payableUnits?: number;
  /** For reductions by amount (a dollar limit): the most the line may pay, an exact decimal string. */
  payableAmount?: string;
}

export interface TraceStep { edit: string; applied: boolean; findings: Finding[] }

/** What the pipeline must record when the line is persisted: authorization units and limit accumulators. */
export interface Consumption {
  kind: 'authorization' | 'limit';
  /** Authorization id, or limit id + period key (e.g. `act-total-per-diems:2025-03`). */
  key: string;
  authorizationId?: string;
  limitId?: string;
  period?: string;
  amount: number;
  measure: string;
}

export interface LineOutcome {
  lineId: string;
  status: LineStatus;
  codeId: string | null;
  service: string | null;
  rateId: string | null;
  /** Exact decimal strings. */
  billedAmount: string;
  allowedAmount: string;
  paidAmount: string;
  paidUnits: number;
  findings: Finding[];
  trace: TraceStep[];
  consumption: Consumption[];
}
