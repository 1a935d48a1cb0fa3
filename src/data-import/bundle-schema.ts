import { z } from 'zod';

/**
 * The import format: a folder of JSON files, one per record type, each an array of records. Records refer to
 * each other by `ref` — a stable key chosen by the sender (an agency's own id, a state id) — so a folder can be
 * re-imported: a record whose ref already exists is updated, never duplicated. docs/import-format.md documents it;
 * `npm run schema:import` writes the JSON Schema from these definitions.
 */
const Ref = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Expected a ref of letters, digits, . _ : -');
const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Span = { from: IsoDate, to: IsoDate.optional() };
const Program = z.string().min(1).describe('Policy pack id, e.g. de-promise');
const County = z.string().min(1);
const Address = z.strictObject({
  line1: z.string().min(1), line2: z.string().optional(), city: z.string().min(1),
  state: z.string().regex(/^[A-Z]{2}$/, 'Expected a two-letter state code'), zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'Expected a ZIP code'),
});
const Npi = z.string().regex(/^\d{10}$/, 'Expected a 10-digit NPI');

export const OrganizationRecord = z.strictObject({
  ref: Ref,
  name: z.string().min(1),
  npi: Npi,
  taxId: z.string().regex(/^\d{2}-?\d{7}$/, 'Expected a 9-digit tax id').optional(),
  phone: z.string().optional(),
  email: z.email().optional(),
  website: z.string().optional(),
  acceptingNewClients: z.boolean().default(true),
  /** Enrollment as a provider type of a program (policy pack provider-types.yaml id) and its certification state. */
  enrollments: z.array(z.strictObject({
    program: Program,
    providerType: z.string().min(1),
    ...Span,
    status: z.enum(['pending', 'active', 'provisional', 'lapsed', 'terminated']),
    certifiedThrough: IsoDate.optional(),
    lastVerifiedOn: IsoDate.optional(),
  })).default([]),
});

export const SiteRecord = z.strictObject({
  ref: Ref, organization: Ref, name: z.string().min(1), county: County, address: Address,
  phone: z.string().optional(),
  /** CMS place-of-service code of the site (11 office, 12 home, 99 other …). */
  placeOfService: z.string().regex(/^\d{2}$/).optional(),
});

export const TeamRecord = z.strictObject({
  ref: Ref, organization: Ref, site: Ref.optional(),
  program: z.string().min(1).describe('Team program id from the pack manifest: act, icm, act-plus, cst …'),
  name: z.string().min(1),
  sizeBand: z.enum(['small', 'large']),
  startDate: IsoDate,
  caseloadCap: z.number().int().positive().optional(),
  fidelity: z.array(z.strictObject({ level: z.string().min(1), ...Span, overallScore: z.number().min(1).max(5).optional() })).default([]),
});

export const StaffRecord = z.strictObject({
  ref: Ref, organization: Ref, team: Ref.optional(),
  firstName: z.string().min(1), lastName: z.string().min(1),
  npi: Npi.optional(),
  role: z.string().min(1).describe('team-lead, masters-clinician, bachelors-clinician, peer-specialist, psychiatrist, aprn, rn, lpn, care-manager, employment-specialist, direct-care …'),
  degree: z.enum(['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral']).optional(),
  birthDate: IsoDate.optional(),
  credentials: z.array(z.strictObject({
    kind: z.enum(['license', 'certification', 'background-check', 'training', 'degree', 'driver-license']),
    name: z.string().min(1).describe('e.g. LCSW, RN, certified-peer-specialist, professional-background-check, ips-training'),
    number: z.string().optional(), issuer: z.string().optional(),
    ...Span,
  })).default([]),
});

export const MemberRecord = z.strictObject({
  ref: Ref,
  medicaidId: z.string().regex(/^[A-Z0-9]{6,20}$/, 'Expected a Medicaid id of 6–20 letters or digits'),
  firstName: z.string().min(1), lastName: z.string().min(1),
  birthDate: IsoDate,
  sex: z.enum(['F', 'M', 'X', 'U']).default('U'),
  county: County,
  address: Address.optional(),
  phone: z.string().optional(),
  eligibility: z.array(z.strictObject({ program: Program, ...Span, category: z.string().optional() })).default([]),
  /** Program enrollment with the organization responsible (clinical home, ACT/ICM team, residential provider). */
  enrollments: z.array(z.strictObject({
    program: z.string().min(1).describe('pack program id (act, icm …) or the pack id itself for the whole program'),
    organization: Ref, team: Ref.optional(), ...Span,
  })).default([]),
  careManager: Ref.optional().describe('staff ref of the assigned care manager'),
});

export const PlanRecord = z.strictObject({
  ref: Ref, member: Ref,
  program: Program,
  ...Span,
  status: z.enum(['draft', 'active', 'superseded', 'closed']),
  signedOn: IsoDate.optional(),
  /** Recovery Plan service lines: service, provider, dates, frequency and amount. */
  lines: z.array(z.strictObject({
    service: z.string().min(1), organization: Ref, code: z.string().optional(),
    ...Span,
    frequency: z.enum(['day', 'week', 'month', 'year', 'plan']),
    amount: z.number().positive(),
    unit: z.string().min(1).describe('units, hours, days, visits, dollars'),
  })).min(1),
});

export const AuthorizationRecord = z.strictObject({
  ref: Ref, member: Ref, organization: Ref,
  program: Program,
  service: z.string().min(1), code: z.string().optional(),
  /** Units past a limit: the limits.yaml id this authorization lifts. */
  beyondLimit: z.string().min(1).optional(),
  mode: z.enum(['registration', 'prior-authorization', 'prior-approval']),
  units: z.number().positive(),
  ...Span,
  status: z.enum(['requested', 'pended', 'approved', 'partially-approved', 'denied', 'expired', 'cancelled']),
  decidedOn: IsoDate.optional(),
});

/** File name → record schema, in the order files are imported (references point backwards). */
export const ImportFiles = {
  'organizations.json': OrganizationRecord,
  'sites.json': SiteRecord,
  'teams.json': TeamRecord,
  'staff.json': StaffRecord,
  'members.json': MemberRecord,
  'plans.json': PlanRecord,
  'authorizations.json': AuthorizationRecord,
} as const;
export type ImportFileName = keyof typeof ImportFiles;

export type OrganizationRecord = z.infer<typeof OrganizationRecord>;
export type SiteRecord = z.infer<typeof SiteRecord>;
export type TeamRecord = z.infer<typeof TeamRecord>;
export type StaffRecord = z.infer<typeof StaffRecord>;
export type MemberRecord = z.infer<typeof MemberRecord>;
export type PlanRecord = z.infer<typeof PlanRecord>;
export type AuthorizationRecord = z.infer<typeof AuthorizationRecord>;

/** A whole import: every file's records (absent files are empty). */
export interface ImportBundle {
  organizations: OrganizationRecord[]; sites: SiteRecord[]; teams: TeamRecord[]; staff: StaffRecord[];
  members: MemberRecord[]; plans: PlanRecord[]; authorizations: AuthorizationRecord[];
}
