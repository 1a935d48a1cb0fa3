import { z } from 'zod';
import { cited, Id, Source } from './common.js';

/** A requirement a provider organization, team or staff member must meet, checkable where `check` is given. */
export const Requirement = z.strictObject({
  id: Id,
  kind: z.enum(['license', 'certification', 'accreditation', 'designation', 'insurance', 'policy', 'agreement',
    'staffing', 'training', 'background-check', 'age', 'degree', 'experience', 'audit', 'plan', 'capacity', 'other']),
  text: z.string(),
  /** Machine-checkable form where there is one: e.g. { credential: "certified-peer-specialist" } or { minAge: 21 }. */
  check: z.record(z.string(), z.unknown()).optional(),
  /** Only for these application kinds (e.g. non-accredited applicants). */
  when: z.string().optional(),
  source: Source,
});
export type Requirement = z.infer<typeof Requirement>;

/** A staff role a provider type must fill, with alternative qualification paths (any one path suffices). */
export const StaffRole = z.strictObject({
  id: Id, name: z.string(),
  required: z.boolean().default(true),
  /** Each path is a list of requirements that must all hold. */
  qualifiedBy: z.array(z.array(Requirement).min(1)).min(1),
  source: Source,
});
export type StaffRole = z.infer<typeof StaffRole>;

export const Verification = z.strictObject({
  by: z.string(),
  /** Months between re-verifications after the initial one. */
  everyMonths: z.number().int().positive(),
  initial: z.enum(['upon-contracting', 'upon-certification', 'before-service']),
  text: z.string(),
  decision: z.string().optional(),
  source: Source,
});

export const ProviderType = z.strictObject({
  id: Id, name: z.string(),
  /** Services (services.yaml ids) this provider type may deliver. */
  services: z.array(Id),
  delivery: z.enum(['agency', 'individual', 'agency-or-individual', 'not-stated']).default('agency'),
  requirements: z.array(Requirement),
  roles: z.array(StaffRole).default([]),
  verification: Verification.optional(),
  ...cited,
});
export type ProviderType = z.infer<typeof ProviderType>;
