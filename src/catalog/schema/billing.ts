import { z } from 'zod';
import { AppliesTo, cited, DecisionRef, Id, Money, Source } from './common.js';

/** How a unit of service is counted. `timed` units follow the minimum-minutes rule. */
export const Unit = z.discriminatedUnion('kind', [
  z.strictObject({
    id: Id, kind: z.literal('timed'), label: z.string(),
    minutes: z.number().int().positive(),
    /** Minutes needed to bill one unit (the "8-minute rule"). */
    minimumToBill: z.number().int().positive(),
    /** How units beyond the first are counted: cms-8-minute = each further unit needs `minimumToBill` minutes of a new block. */
    counting: z.enum(['cms-8-minute', 'whole-units-only']),
    ...cited,
  }),
  z.strictObject({
    id: Id, kind: z.enum(['day', 'month', 'hour', 'mile', 'service', 'trip', 'item']), label: z.string(), ...cited,
  }),
]);
export type Unit = z.infer<typeof Unit>;

export const Modifier = z.strictObject({ code: z.string().regex(/^[A-Z0-9]{2}$/), meaning: z.string(), ...cited });
export type Modifier = z.infer<typeof Modifier>;

/**
 * A condition that selects a rate (setting, teamSize, residents, …). Values are either an enumerated set or a
 * whole-number range; rates then name `{ dimension: value }` or `{ dimension: { min, max } }`.
 * `derivedFrom` says where the claims engine reads it (documentation for the engine and for users).
 */
export const Dimension = z.strictObject({
  id: Id, label: z.string(),
  values: z.array(z.string()).optional(),
  /** The values are ids of another pack file's entries (provider types), so a claim's facts map onto them directly. */
  valuesFrom: z.enum(['provider-types']).optional(),
  /** Words for each value, for fee schedules and messages ("new-first-year" → "New team, first year"). */
  labels: z.record(z.string(), z.string()).optional(),
  integer: z.boolean().optional(),
  derivedFrom: z.string(),
  source: Source.optional(),
  /** The decision that defines how the value is derived, where the source leaves it open. */
  decision: DecisionRef.optional(),
  note: z.string().optional(),
});
export type Dimension = z.infer<typeof Dimension>;

/** A rate condition's value: an enumerated value, or a whole-number range (both ends inclusive). */
export const ConditionValue = z.union([
  z.string(),
  z.strictObject({ min: z.number().int().optional(), max: z.number().int().optional() }),
]);
export type ConditionValue = z.infer<typeof ConditionValue>;

export const AuthorizationMode = z.enum(['none', 'registration', 'prior-authorization']);

export const Service = z.strictObject({
  id: Id, name: z.string(),
  /** The manual's section heading, for users looking it up. */
  section: z.string(),
  category: z.enum(['care-management', 'rehabilitation', 'evidence-based-practice', 'residential', 'employment',
    'supports', 'transportation', 'nursing', 'respite', 'transition', 'financial']),
  description: z.string(),
  /** Default authorization mode; authorization.yaml refines it (thresholds, approvers). */
  authorization: AuthorizationMode,
  /** Services delivered by a team program (ACT, ICM); used by team-only exclusions and edits. */
  teamPrograms: z.array(Id).optional(),
  ...cited,
});
export type Service = z.infer<typeof Service>;

/** A billable code + modifier combination, its unit and how it is priced. */
export const BillingCode = z.strictObject({
  /** `H0040-HO`, `T2022-HT-TG`, `H0036` … (code then modifiers, in billed order). */
  id: Id,
  service: Id,
  code: z.string().regex(/^[A-Z][0-9]{4}$/, 'Expected a HCPCS code like H0036'),
  modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(4),
  descriptor: z.string(),
  unit: Id,
  /** rate = a row in rates.yaml; market-rate = billed amount within limits; broker = a transportation broker's fee schedule. */
  pricing: z.enum(['rate', 'market-rate', 'broker']),
  /** Rate-selecting dimensions this code's rates vary by; lookup requires each of them. */
  dimensions: z.array(Id).default([]),
  /**
   * What the code + modifiers themselves say about the service (T2033 TG → tier 3; H0036 U1 → community).
   * Lookup needs none of them, but rejects a caller's condition that contradicts one.
   */
  implies: z.record(z.string(), ConditionValue).default({}),
  /** ACT/ICM practitioner category (practitioner-categories.yaml) the modifier bills as. */
  practitionerCategory: Id.optional(),
  ...cited,
});
export type BillingCode = z.infer<typeof BillingCode>;

/** One priced row: code (billing-code id) + conditions → amount per unit. */
export const Rate = z.strictObject({
  id: Id,
  code: Id,
  conditions: z.record(z.string(), ConditionValue).default({}),
  amount: Money,
  /** The manual's own words for the row ("Tier 3: Up to 5 residents in a Group Home"). */
  label: z.string(),
  /** Who pays when not Medicaid (room and board, vacant beds billed to the state agency). */
  payer: z.enum(['medicaid', 'state-non-medicaid']).default('medicaid'),
  ...cited,
});
export type Rate = z.infer<typeof Rate>;

/** ACT/ICM practitioner categories and the modifiers that bill as each. */
export const PractitionerCategory = z.strictObject({
  id: Id, name: z.string(), modifiers: z.array(z.string()), text: z.string(), ...cited,
});
export type PractitionerCategory = z.infer<typeof PractitionerCategory>;

export { AppliesTo };
