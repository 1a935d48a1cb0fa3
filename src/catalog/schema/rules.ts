import { z } from 'zod';
import { AppliesTo, cited, Id, Money } from './common.js';

/**
 * A quantity limit. `period` is the window it counts over; `per` whose consumption counts together.
 * `beyond` says what happens past the limit: deny, or allowed only with prior authorization / state approval.
 */
export const Limit = z.strictObject({
  id: Id,
  appliesTo: AppliesTo,
  /** `episode` = one continuous run of the service (STSGSE continuous months, one bed vacancy). */
  period: z.enum(['day', 'week', 'month', 'calendar-year', 'plan-year', 'authorization', 'lifetime', 'stay', 'transition', 'episode']),
  measure: z.enum(['units', 'hours', 'days', 'dollars', 'per-diems', 'months']),
  max: z.union([z.number().positive(), Money]),
  per: z.enum(['member', 'member-provider', 'member-team']).default('member'),
  /** Only count lines billed by this ACT/ICM practitioner category (practitioner-categories.yaml). */
  practitionerCategory: Id.optional(),
  /** Only count lines in this setting (e.g. clinic) — the rate dimension `setting`. */
  setting: z.string().optional(),
  /** Only count lines with these other rate-dimension values (e.g. `component: vacant-bed`). */
  conditions: z.record(z.string(), z.string()).optional(),
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
  z.strictObject({
    kind: z.literal('same-plan'), ...base, a: z.array(Id).min(1), b: z.array(Id).min(1), unlessApprovedBy: z.string().optional(),
    /** Only when `b` is planned under these billing codes (e.g. the Group Home tiers of Residential). */
    bCodes: z.array(Id).optional(),
  }),
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
  z.strictObject({
    kind: z.literal('group-size'), ...base, appliesTo: AppliesTo, min: z.number().int().positive().optional(), max: z.number().int().positive(),
    /** Fewest staff who must direct the group for it to be billed (CT ACT curriculum groups: 2). */
    minStaff: z.number().int().positive().optional(),
  }),
  /** How many per diems may be billed per member per day: in total or per practitioner category. */
  z.strictObject({ kind: z.literal('daily-per-diem'), ...base, appliesTo: AppliesTo, max: z.number().int().positive(), scope: z.enum(['total', 'per-category']) }),
  /** The service must be on the member's active Recovery Plan. */
  z.strictObject({ kind: z.literal('plan-required'), ...base, appliesTo: AppliesTo }),
  /** A physician order (or similar) is needed before start and renewed every `everyDays`. */
  z.strictObject({ kind: z.literal('order-required'), ...base, appliesTo: AppliesTo, orderedBy: z.string(), everyDays: z.number().int().positive() }),
  /** Plan review cadence (Recovery Plan yearly; CT Master Treatment Plan every 90 days). */
  z.strictObject({ kind: z.literal('plan-review'), ...base, plan: z.string(), everyDays: z.number().int().positive(), noticeDaysBefore: z.number().int().optional() }),
  /** Access timelines (assessments same day if urgent, within 7 days if routine; ACT engagement within 5 days of referral). */
  z.strictObject({
    kind: z.literal('access-timeline'), ...base, event: z.string(), urgency: z.string().optional(), withinDays: z.number().int().nonnegative(),
    /** Calendar days unless the source counts business days. */
    dayType: z.enum(['calendar', 'business']).optional(),
  }),
  /** A numeric operating standard of a team or provider (ACT 1:10 ratio, 60% face-to-face, psychiatrist 8 h/week per 25 clients). */
  z.strictObject({
    kind: z.literal('operating-standard'), ...base, program: Id, metric: z.string(),
    op: z.enum(['>=', '<=', '=', '<', '>']), value: z.number(), unit: z.string(), per: z.string().optional(),
  }),
  /** Team size bands (ACT small ≤ 70, large 71–100, at most 125). */
  z.strictObject({ kind: z.literal('team-size-band'), ...base, program: Id, band: z.string(), minMembers: z.number().int().optional(), maxMembers: z.number().int().optional() }),
  /** When a new team becomes established (rate stage). */
  z.strictObject({ kind: z.literal('team-stage'), ...base, program: Id, newForMonths: z.number().int().positive() }),
  /**
   * A rate dimension counted in periods of `monthsEach` from the billing provider's first enrollment for the service:
   * `values[0]` for the first period, `values[1]` for the next …, the last value from then on (IESS Year 1 / Year 2).
   */
  z.strictObject({
    kind: z.literal('provider-year'), ...base, appliesTo: AppliesTo, dimension: Id, values: z.array(Id).min(1),
    monthsEach: z.number().int().positive(),
  }),
  /** Claim submission deadline in days from the date of service. */
  z.strictObject({ kind: z.literal('timely-filing'), ...base, days: z.number().int().positive() }),
  /** Activities that are never billable under a service (recoupable if billed). */
  z.strictObject({ kind: z.literal('non-billable'), ...base, appliesTo: AppliesTo, activities: z.array(z.string()).min(1) }),
  /** Within `period` a team bills a member's services by one method only (per diems or 15-minute units), not both. */
  z.strictObject({
    kind: z.literal('billing-method-exclusive'), ...base,
    methods: z.array(z.strictObject({ name: z.string(), codes: z.array(Id).min(1) })).min(2),
    period: z.enum(['day', 'month']),
  }),
  /** An extra per diem a team may bill per member per month beyond its monthly cap when every condition holds. */
  z.strictObject({
    kind: z.literal('additional-per-diem'), ...base, programs: z.array(Id).min(1), codes: z.array(Id).min(1),
    perMonth: z.number().int().positive(), countsTowardCap: z.boolean(), requires: z.array(z.string()).min(1),
    /** What on file shows a line is the extra per diem (the claim carries no mark of its own): the member's active
     * Recovery Plan lists one of `planServices`, and the billing team's organization holds an approved authorization
     * for one of `teamAuthorizationServices`, both on the service date. Without it the rule is never applied. */
    shownBy: z.strictObject({ planServices: z.array(Id).min(1), teamAuthorizationServices: z.array(Id).min(1) }).optional(),
  }),
  /** The total cost of `services` on a member's Recovery Plan may not exceed a benchmark per diem (Tier 3/4 apartment vs Group Home). */
  z.strictObject({
    kind: z.literal('plan-cost-cap'), ...base, appliesTo: AppliesTo, when: z.string(), services: z.array(Id).min(1),
    notToExceed: z.strictObject({ code: Id, conditions: z.record(z.string(), z.union([z.string(), z.number()])).default({}), per: z.enum(['day', 'month']) }),
  }),
  /** The service may only be received by members enrolled in one of these programs. */
  z.strictObject({ kind: z.literal('requires-program'), ...base, appliesTo: AppliesTo, programs: z.array(Id).min(1), when: z.string().optional() }),
  /** Where the service may be delivered (USPS state codes); `exceptions` as the source states them. */
  z.strictObject({
    kind: z.literal('service-area'), ...base, appliesTo: AppliesTo, states: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
    exceptions: z.string().optional(),
  }),
  /** Payer of last resort: these sources are used first, or shown unavailable, before the service goes on the plan. */
  z.strictObject({ kind: z.literal('other-sources-first'), ...base, appliesTo: AppliesTo, sources: z.array(z.string()).min(1), documented: z.boolean() }),
  /** A record the provider must keep: how often, what it holds, who signs it. */
  z.strictObject({
    kind: z.literal('documentation-required'), ...base, appliesTo: AppliesTo, document: z.string(),
    every: z.enum(['encounter', 'day', 'week', 'month', 'quarter', 'year', 'authorization', 'admission']).optional(),
    contents: z.array(z.string()).optional(), signedBy: z.array(z.string()).optional(),
  }),
  /** How often a monitor (the Care Manager) must review the service. */
  z.strictObject({
    kind: z.literal('monitoring'), ...base, appliesTo: AppliesTo, by: z.string(),
    frequency: z.enum(['weekly', 'monthly', 'quarterly', 'semi-annually', 'annually']), condition: z.string().optional(),
  }),
  /** A member may receive the service from only one provider at a time. */
  z.strictObject({ kind: z.literal('single-provider'), ...base, appliesTo: AppliesTo, exceptions: z.string().optional() }),
  /** Claims are payable only once an event has happened (the member has moved from the institution to the community). */
  z.strictObject({ kind: z.literal('payable-after'), ...base, appliesTo: AppliesTo, event: z.string() }),
  /** The service is a face-to-face intervention with the member (or, where stated, a family member) present. */
  z.strictObject({ kind: z.literal('face-to-face-required'), ...base, appliesTo: AppliesTo, present: z.enum(['member', 'member-or-family']) }),
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
