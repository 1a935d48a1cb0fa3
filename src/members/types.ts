import { z } from 'zod';
import { PageQuery } from '../platform/http/paging.js';
// Another module's schemas come from its types.ts (not index.ts) so these load alone, without the server (the web imports them).
import { Address, inOrder } from '../network/types.js';

/** What crosses the HTTP edge for members: the record, eligibility, enrollment, care manager. */

const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Id = z.string().min(1).max(64);
const Ref = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Expected a ref of letters, digits, . _ : -');
const Text = z.string().trim().min(1).max(200);

export const Sex = z.enum(['F', 'M', 'X', 'U']);
export const MedicaidId = z.string().regex(/^[A-Z0-9]{6,20}$/, 'Expected a Medicaid id of 6–20 letters or digits');

export const EligibilitySpan = z.object({ program: Text, category: Text.nullish(), from: IsoDate, to: IsoDate.nullish() });
export type EligibilitySpan = z.infer<typeof EligibilitySpan>;
export const EnrollmentInput = z.object({ program: Text, organizationId: Id, teamId: Id.nullish(), from: IsoDate, to: IsoDate.nullish() });
export type EnrollmentInput = z.infer<typeof EnrollmentInput>;

// ── Views ────────────────────────────────────────────────────────────────────────────────────────────────

export const MemberSummary = z.object({
  id: z.string(), ref: z.string(), medicaidId: z.string(), firstName: z.string(), lastName: z.string(),
  birthDate: z.string(), sex: Sex, county: z.string(),
});
export type MemberSummary = z.infer<typeof MemberSummary>;

/** A Recovery Plan service line as the member record and the plans module show it. */
export const PlanLineView = z.object({
  id: z.string(), planId: z.string(), service: z.string(), organizationId: z.string(), organizationName: z.string(),
  code: z.string().nullable(), from: z.string(), to: z.string().nullable(), frequency: z.string(),
  amount: z.number(), unit: z.string(), status: z.string(),
});
export type PlanLineView = z.infer<typeof PlanLineView>;

/** An authorization as the member record and the um module show it. Units are numbers (at most two decimals). */
export const AuthorizationView = z.object({
  id: z.string(), ref: z.string(), memberId: z.string(), memberName: z.string(), organizationId: z.string(), organizationName: z.string(),
  program: z.string(), service: z.string(), code: z.string().nullable(), beyondLimit: z.string().nullable(), mode: z.string(),
  units: z.number(), unitsUsed: z.number(), from: z.string(), to: z.string().nullable(), status: z.string(), decidedOn: z.string().nullable(),
});
export type AuthorizationView = z.infer<typeof AuthorizationView>;

export const MemberDetail = MemberSummary.extend({
  address: Address.nullable(), phone: z.string().nullable(),
  eligibility: z.array(EligibilitySpan.required()),
  enrollments: z.array(z.object({
    program: z.string(), organizationId: z.string(), organizationName: z.string(), teamId: z.string().nullable(),
    teamName: z.string().nullable(), from: z.string(), to: z.string().nullable(),
  })),
  careManager: z.object({ id: z.string(), name: z.string() }).nullable(),
  planLines: z.array(PlanLineView),
  /** Provider staff see their own organization's authorizations only. */
  authorizations: z.array(AuthorizationView),
});
export type MemberDetail = z.infer<typeof MemberDetail>;

// ── Queries and bodies ───────────────────────────────────────────────────────────────────────────────────

export const MemberListQuery = PageQuery.extend({
  organizationId: Id.optional().describe('members the organization serves'),
  program: Text.optional().describe('members with an enrollment in the program'),
  county: Text.optional(),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberInput = z.strictObject({
  ref: Ref.optional(), medicaidId: MedicaidId, firstName: Text, lastName: Text, birthDate: IsoDate,
  sex: Sex.default('U'), county: Text, address: Address.nullish(), phone: Text.nullish(),
  eligibility: z.array(inOrder(EligibilitySpan)).max(200).optional(),
  enrollments: z.array(inOrder(EnrollmentInput)).max(200).optional(),
  /** Staff id of the care manager; null ends the current assignment. */
  careManagerId: Id.nullish(),
});
export type MemberInput = z.infer<typeof MemberInput>;
/** A change: only the fields sent change; a list sent replaces the whole list. */
export const MemberPatch = MemberInput.omit({ sex: true }).partial().extend({ sex: Sex.optional() });
export type MemberPatch = z.infer<typeof MemberPatch>;

export const MemberIdParams = z.object({ id: Id });
