import { z } from 'zod';
import { AppliesTo, cited, Id, Money } from './common.js';

/**
 * A quantity limit. `period` is the window it counts over; `per` whose consumption counts together.
 * `beyond` says what happens past the limit: deny, or allowed only with prior authorization / state approval.
 */
export const Limit = z.strictObject({
  id: Id,
  appliesTo: AppliesTo,
  period: z.enum(['day', 'week', 'month', 'calendar-year', 'plan-year', 'authorization', 'lifetime', 'stay', 'transition']),
  measure: z.enum(['units', 'hours', 'days', 'dollars', 'per-diems', 'months']),
  max: z.union([z.number().positive(), Money]),
  per: z.enum(['member', 'member-provider', 'member-team']).default('member'),
  /** Only count lines billed by this ACT/ICM practitioner category (practitioner-categories.yaml). */
  practitionerCategory: Id.optional(),
  /** Only count lines in this setting (e.g. clinic) — the rate dimension `setting`. */
  setting: z.string().optional(),
  /** Only applies to teams of this program at this fidelity level (fidelity.yaml level id). */
  fidelityLevel: Id.optional(),
  program: Id.optional(),
  beyond: z.enum(['deny', 'prior-authorization', 'state-approval']),
  approver: z.string().optional(),
  text: z.string(),
  ...cited,
});
export type Limit = z.infer<typeof Limit>;

const base = { id: Id, text: z.string(), ...cited };

/** Typed rules the engine, the plan checker and the UM module apply. One kind per behaviour. */
export const Rule = z.discriminatedUnion('kind', [
  /** Services that may not be billed for the same member on the same day at the same time. */
  z.strictObject({ kind: z.literal('same-day-same-time'), ...base, services: z.array(Id).min(2), exceptions: z.string().optional() }),
  /** Services that may not appear on the same Recovery Plan (a: the subject; b: the others). */
  z.strictObject({ kind: z.literal('same-plan'), ...base, a: z.array(Id).min(1), b: z.array(Id).min(1), unlessApprovedBy: z.string().optional() }),
  /** Members enrolled in a team program receive these services only through the team. */
  z.strictObject({ kind: z.literal('team-only'), ...base, services: z.array(Id).min(1), programs: z.array(Id).min(1) }),
  /** Service not available to members enrolled in these programs (optionally only at a tier/setting). */
  z.strictObject({ kind: z.literal('not-with-program'), ...base, services: z.array(Id).min(1), programs: z.array(Id).min(1), codes: z.array(Id).optional() }),
  z.strictObject({ kind: z.literal('age-limit'), ...base, appliesTo: AppliesTo, minAge: z.number().int().optional(), maxAge: z.number().int().optional() }),
  z.strictObject({ kind: z.literal('excluded-setting'), ...base, appliesTo: AppliesTo, settings: z.array(z.string()).min(1) }),
  /** A per diem is generated only on a day with an individual face-to-face contact of at least `minutes`. */
  z.strictObject({ kind: z.literal('per-diem-contact'), ...base, appliesTo: AppliesTo, minutes: z.number().int().positive(), faceToFace: z.boolean(), groupCounts: z.boolean() }),
  z.strictObject({ kind: z.literal('group-not-reimbursable'), ...base, appliesTo: AppliesTo }),
  /** Maximum (and minimum) group size for a group service, as a staff:members ratio. */
  z.strictObject({ kind: z.literal('group-size'), ...base, appliesTo: AppliesTo, min: z.number().int().positive().optional(), max: z.number().int().positive() }),
  /** How many per diems may be billed per member per day: in total or per practitioner category. */
  z.strictObject({ kind: z.literal('daily-per-diem'), ...base, appliesTo: AppliesTo, max: z.number().int().positive(), scope: z.enum(['total', 'per-category']) }),
  /** The service must be on the member's active Recovery Plan. */
  z.strictObject({ kind: z.literal('plan-required'), ...base, appliesTo: AppliesTo }),
  /** A physician order (or similar) is needed before start and renewed every `everyDays`. */
  z.strictObject({ kind: z.literal('order-required'), ...base, appliesTo: AppliesTo, orderedBy: z.string(), everyDays: z.number().int().positive() }),
  /** Plan review cadence (Recovery Plan yearly; CT Master Treatment Plan every 90 days). */
  z.strictObject({ kind: z.literal('plan-review'), ...base, plan: z.string(), everyDays: z.number().int().positive(), noticeDaysBefore: z.number().int().optional() }),
  /** Access timelines (assessments same day if urgent, within 7 days if routine; ACT engagement within 5 days of referral). */
  z.strictObject({ kind: z.literal('access-timeline'), ...base, event: z.string(), urgency: z.string().optional(), withinDays: z.number().int().nonnegative() }),
  /** A numeric operating standard of a team or provider (ACT 1:10 ratio, 60% face-to-face, psychiatrist 8 h/week per 25 clients). */
  z.strictObject({
    kind: z.literal('operating-standard'), ...base, program: Id, metric: z.string(),
    op: z.enum(['>=', '<=', '=', '<', '>']), value: z.number(), unit: z.string(), per: z.string().optional(),
  }),
  /** Team size bands (ACT small ≤ 70, large 71–100, at most 125). */
  z.strictObject({ kind: z.literal('team-size-band'), ...base, program: Id, band: z.string(), minMembers: z.number().int().optional(), maxMembers: z.number().int().optional() }),
  /** When a new team becomes established (rate stage). */
  z.strictObject({ kind: z.literal('team-stage'), ...base, program: Id, newForMonths: z.number().int().positive() }),
  /** Claim submission deadline in days from the date of service. */
  z.strictObject({ kind: z.literal('timely-filing'), ...base, days: z.number().int().positive() }),
  /** Activities that are never billable under a service (recoupable if billed). */
  z.strictObject({ kind: z.literal('non-billable'), ...base, appliesTo: AppliesTo, activities: z.array(z.string()).min(1) }),
  /** Other program rules kept as cited text until the engine has a typed kind for them. */
  z.strictObject({ kind: z.literal('narrative'), ...base, appliesTo: AppliesTo.optional() }),
]);
export type Rule = z.infer<typeof Rule>;

/** When a service needs prior authorization or registration, and who approves. */
export const AuthorizationRule = z.strictObject({
  id: Id,
  appliesTo: AppliesTo,
  mode: z.enum(['registration', 'prior-authorization', 'prior-approval']),
  /** `always`, or only beyond a limit (limits.yaml id) / a threshold stated in text. */
  when: z.union([z.literal('always'), z.strictObject({ beyondLimit: Id }), z.strictObject({ condition: z.string() })]),
  approver: z.string(),
  /** Longest span one authorization may cover, and re-review cadence. */
  maxSpanDays: z.number().int().positive().optional(),
  reviewEveryDays: z.number().int().positive().optional(),
  text: z.string(),
  ...cited,
});
export type AuthorizationRule = z.infer<typeof AuthorizationRule>;
