import { z } from 'zod';
import { PageQuery } from '../platform/http/paging.js';

/** What crosses the HTTP edge for the provider network: organizations, sites, teams, staff. */

const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Id = z.string().min(1).max(64);
const Ref = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Expected a ref of letters, digits, . _ : -');
const Npi = z.string().regex(/^\d{10}$/, 'Expected a 10-digit NPI');
const Text = z.string().trim().min(1).max(200);

export const Address = z.object({
  line1: Text, line2: Text.nullish(), city: Text,
  state: z.string().regex(/^[A-Z]{2}$/, 'Expected a two-letter state code'),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'Expected a ZIP code'),
});
export type Address = z.infer<typeof Address>;

/** A period sent in a body must not end before it starts (the database refuses it too, less politely). */
export function inOrder<T extends z.ZodObject<{ from: z.ZodType<string>; to: z.ZodType<string | null | undefined> }>>(span: T) {
  return span.refine((s) => !s.to || s.to >= s.from, { path: ['to'], message: 'Must not be before from' });
}

export const OrganizationEnrollment = z.object({
  program: Text, providerType: Text, from: IsoDate, to: IsoDate.nullish(),
  status: z.enum(['pending', 'active', 'provisional', 'lapsed', 'terminated']),
  certifiedThrough: IsoDate.nullish(), lastVerifiedOn: IsoDate.nullish(),
});
export type OrganizationEnrollment = z.infer<typeof OrganizationEnrollment>;

export const Fidelity = z.object({ level: Text, from: IsoDate, to: IsoDate.nullish(), overallScore: z.number().min(1).max(5).nullish() });
export type Fidelity = z.infer<typeof Fidelity>;

export const Credential = z.object({
  kind: z.enum(['license', 'certification', 'background-check', 'training', 'degree', 'driver-license']),
  name: Text, number: Text.nullish(), issuer: Text.nullish(), from: IsoDate, to: IsoDate.nullish(),
});
export type Credential = z.infer<typeof Credential>;

// ── Views ────────────────────────────────────────────────────────────────────────────────────────────────

export const OrganizationSummary = z.object({
  id: z.string(), ref: z.string(), name: z.string(), slug: z.string(), npi: z.string(), acceptingNewClients: z.boolean(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const OrganizationDetail = OrganizationSummary.extend({
  taxId: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable(),
  enrollments: z.array(OrganizationEnrollment.required()),
  sites: z.array(z.object({ id: z.string(), name: z.string(), county: z.string(), address: Address })),
  teams: z.array(z.object({ id: z.string(), name: z.string(), program: z.string(), sizeBand: z.string() })),
  staffCount: z.number().int(),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetail>;

export const SiteView = z.object({
  id: z.string(), ref: z.string(), organizationId: z.string(), organizationName: z.string(), name: z.string(),
  county: z.string(), address: Address, phone: z.string().nullable(), placeOfService: z.string().nullable(),
});
export type SiteView = z.infer<typeof SiteView>;

export const TeamStage = z.enum(['new-first-year', 'established']);
export type TeamStage = z.infer<typeof TeamStage>;

export const TeamView = z.object({
  id: z.string(), ref: z.string(), organizationId: z.string(), organizationName: z.string(), siteId: z.string().nullable(),
  program: z.string(), name: z.string(), sizeBand: z.string(),
  /** Null when the policy has no team-stage rule for the team's program. */
  stage: TeamStage.nullable(),
  startDate: z.string(),
  /** Members enrolled with the team today. */
  caseload: z.number().int(),
  caseloadCap: z.number().int().nullable(),
  fidelity: z.array(Fidelity.required()),
});
export type TeamView = z.infer<typeof TeamView>;

export const StaffView = z.object({
  id: z.string(), ref: z.string(), organizationId: z.string(), organizationName: z.string(),
  teamId: z.string().nullable(), teamName: z.string().nullable(),
  firstName: z.string(), lastName: z.string(), npi: z.string().nullable(), role: z.string(), degree: z.string().nullable(),
  credentials: z.array(Credential.required()),
});
export type StaffView = z.infer<typeof StaffView>;

// ── Queries and bodies ───────────────────────────────────────────────────────────────────────────────────

export const OrganizationListQuery = PageQuery.extend({ acceptingNewClients: z.enum(['true', 'false']).optional() });
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;
export const SiteListQuery = PageQuery.extend({ organizationId: Id.optional(), county: Text.optional() });
export type SiteListQuery = z.infer<typeof SiteListQuery>;
export const TeamListQuery = PageQuery.extend({ organizationId: Id.optional(), program: Text.optional() });
export type TeamListQuery = z.infer<typeof TeamListQuery>;
export const StaffListQuery = PageQuery.extend({ organizationId: Id.optional(), teamId: Id.optional(), role: Text.optional() });
export type StaffListQuery = z.infer<typeof StaffListQuery>;

export const OrganizationInput = z.strictObject({
  ref: Ref.optional(), name: Text, npi: Npi,
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lowercase letters, digits and single hyphens').max(80).optional(),
  taxId: z.string().regex(/^\d{2}-?\d{7}$/, 'Expected a 9-digit tax id').nullish(),
  phone: Text.nullish(), email: z.email().nullish(), website: Text.nullish(),
  acceptingNewClients: z.boolean().default(true),
  enrollments: z.array(inOrder(OrganizationEnrollment)).max(100).optional(),
});
export type OrganizationInput = z.infer<typeof OrganizationInput>;
/** A change: only the fields sent change; a list sent replaces the whole list. */
export const OrganizationPatch = OrganizationInput.omit({ acceptingNewClients: true }).partial()
  .extend({ acceptingNewClients: z.boolean().optional() });
export type OrganizationPatch = z.infer<typeof OrganizationPatch>;

export const TeamInput = z.strictObject({
  ref: Ref.optional(),
  /** Provider staff may leave it out: their own organization. */
  organizationId: Id.optional(),
  siteId: Id.nullish(), program: Text, name: Text, sizeBand: z.enum(['small', 'large']), startDate: IsoDate,
  caseloadCap: z.number().int().positive().nullish(),
  fidelity: z.array(inOrder(Fidelity)).max(100).optional(),
});
export type TeamInput = z.infer<typeof TeamInput>;
export const TeamPatch = TeamInput.omit({ organizationId: true }).partial();
export type TeamPatch = z.infer<typeof TeamPatch>;

export const StaffInput = z.strictObject({
  ref: Ref.optional(), organizationId: Id.optional(), teamId: Id.nullish(),
  firstName: Text, lastName: Text, npi: Npi.nullish(), role: Text,
  degree: z.enum(['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral']).nullish(),
  birthDate: IsoDate.nullish(),
  credentials: z.array(inOrder(Credential)).max(200).optional(),
});
export type StaffInput = z.infer<typeof StaffInput>;
export const StaffPatch = StaffInput.omit({ organizationId: true }).partial();
export type StaffPatch = z.infer<typeof StaffPatch>;

export const IdParams = z.object({ id: Id });
