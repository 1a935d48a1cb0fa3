import { z } from 'zod';

/**
 * What the generator knows about the program it imitates: the pack's demo profile (`policy/<program>/demo/
 * profile.yaml`), validated here. Engine code names no program, so everything about the imitated place (counties,
 * agency names, credential issuers, how Recovery Plans usually read) lives in that file; `readPackProfile` then
 * replaces the parts the policy pack states (provider types, program id, authorization modes, team size bands).
 */
const Id = z.string().min(1);
const Share = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();

export const SizeBand = z.enum(['small', 'large']);
export const AuthorizationMode = z.enum(['registration', 'prior-authorization', 'prior-approval']);
export const Frequency = z.enum(['day', 'week', 'month', 'year', 'plan']);
export const Degree = z.enum(['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral']);
export const ResidentialTier = z.enum(['tier-1', 'tier-2-day', 'tier-2-night', 'tier-3', 'tier-4']);
export const TouchLevel = z.enum(['high', 'medium', 'low']);

export const ProviderTypeProfile = z.strictObject({
  id: Id, name: z.string(), services: z.array(Id),
  /** How often the state re-verifies an agency of this type (the pack's provider-types.yaml `verification`). */
  verifyEveryMonths: z.number().int().positive().optional(),
});
export const CountyProfile = z.strictObject({
  name: z.string().min(1),
  /** Share of the program's members living here. */
  share: Share,
  towns: z.array(z.strictObject({ city: z.string(), zips: z.array(z.string()).min(1) })).min(1),
});
const Staffing = z.array(z.strictObject({ role: Id, count: Count }));
export const TeamProgramProfile = z.strictObject({
  id: Id, name: z.string(),
  /** Share of all members enrolled in this team program. */
  memberShare: Share,
  caps: z.record(SizeBand, Count),
  /** Services on a team member's Recovery Plan that the team itself delivers. */
  planServices: z.array(Id),
  /** Whether the team carries fidelity levels (ACT does; ICM and ACT Plus have their own standards). */
  fidelity: z.boolean(),
  /** Staff per size band: role and head count. */
  staffing: z.record(SizeBand, Staffing),
  /** Some members stepped up from another team program: an earlier enrollment there ends when this one begins. */
  steppedUpFrom: z.strictObject({ program: Id, share: Share }).optional(),
});
/** How a Recovery Plan line for a service usually reads: billing code ids (pack codes.yaml), frequency and amount. */
export const LineTemplate = z.strictObject({
  codes: z.array(Id), frequency: Frequency, amount: z.tuple([z.number(), z.number()]), unit: z.enum(['units', 'dollars']),
  /** The line runs this many months from its start rather than to the plan's end. */
  months: z.number().int().positive().optional(),
});
/** What a staff role is expected to hold; credential names are the pack's vocabulary. */
export const RoleProfile = z.strictObject({
  degree: z.array(Degree).min(1),
  /** Alternative sets of licenses (one set is drawn); `prefix` starts the license number and names the exact license. */
  licenses: z.array(z.array(z.strictObject({ name: Id, prefix: z.string() }))).optional(),
  /** Share of staff in the role who hold a license at all (a master's clinician need not be licensed). */
  licensedShare: Share.optional(),
  certifications: z.array(Id).optional(),
  backgroundChecks: z.array(Id),
  trainings: z.array(Id),
  /** Prescribers and licensed clinicians bill under their own NPI. */
  npi: z.enum(['always', 'often', 'never']),
  drives: z.boolean().optional(),
  minAge: z.number().int().min(16),
});
const Term = z.strictObject({ issuer: z.string(), termDays: z.number().int().positive() });

export const ProgramProfile = z.strictObject({
  program: Id,
  /** The part some of the pack's services play: everyone's Care Management, the clinical home, residential tiers. */
  serviceRoles: z.strictObject({ careManagement: Id, clinicalHome: Id, residential: Id }),
  /** Medicaid eligibility categories by weight; members of `mediumTouchCategories` get medium-touch Care Management. */
  eligibilityCategories: z.record(Id, z.number().positive()),
  mediumTouchCategories: z.array(Id).default([]),
  /**
   * Residential Alternatives: the share of members without a team in one and the tier mix; the tiers delivered in a
   * Group Home (medium touch); the one tier a team member may have, and how often.
   */
  residential: z.strictObject({
    share: Share, tiers: z.partialRecord(ResidentialTier, z.number().nonnegative()), groupHomeTiers: z.array(ResidentialTier),
    teamTier: ResidentialTier, teamShare: Share,
  }),
  state: z.string().regex(/^[A-Z]{2}$/),
  areaCode: z.string().regex(/^\d{3}$/),
  counties: z.array(CountyProfile).min(1),
  places: z.strictObject({ streets: z.array(z.string()).min(1), organizationPlaces: z.array(z.string()).min(1), organizationWords: z.array(z.string()).min(1) }),
  /** Used only when the pack has no provider-types.yaml. */
  providerTypes: z.array(ProviderTypeProfile),
  teamPrograms: z.array(TeamProgramProfile),
  /** A team is "new" (first-year rates) this many months after it starts. */
  newTeamMonths: z.number().int().positive(),
  fidelityLevels: z.strictObject({ nonFidelity: Id, provisional: Id, basic: Id, moderatelyHigh: Id, high: Id }),
  /** Services that need an authorization from the start, how, and for how long one authorization runs. */
  authorization: z.record(Id, z.strictObject({ mode: AuthorizationMode, days: z.number().int().positive() })),
  /** Services members of a team program receive only through their team. */
  teamOnlyServices: z.array(Id),
  careManagerCaseload: z.number().int().positive(),
  issuers: z.strictObject({ license: z.string(), driverLicense: z.string(), certifications: z.record(Id, Term), otherCertifications: Term }),
  roles: z.record(Id, RoleProfile),
  /** Staff each non-team agency keeps per service it delivers. */
  staffByService: z.record(Id, z.array(Id)),
  /** Words an agency calls itself, by the first service its provider type delivers. */
  organizationNames: z.record(Id, z.array(z.string()).min(1)),
  lines: z.record(Id, LineTemplate),
  /** Agencies of a provider type (id containing `providerType`) bill the service under `code`. */
  codeByProviderType: z.array(z.strictObject({ service: Id, providerType: z.string(), code: Id })).default([]),
  /** Care Management codes by touch level, without and with a Peer Care Manager. */
  careManagementCodes: z.record(TouchLevel, z.strictObject({ withoutPeer: Id, withPeer: Id })),
  residentialCodes: z.record(ResidentialTier, Id),
  /** Services a member without a team gets from the clinical home, and how often. */
  clinicalHomeServices: z.record(Id, Share),
  optionalServices: z.array(z.strictObject({
    service: Id, share: Share, noTeam: z.boolean().optional(), noResidential: z.boolean().optional(),
    instead: z.strictObject({ service: Id, share: Share }).optional(),
  })),
  /** Members served per agency of a provider type delivering the service (how the network scales). */
  membersPerAgency: z.record(Id, z.number().positive()),
  /**
   * Pack limits beyond which a plan line needs an approval of its own (limits.yaml `beyond: prior-authorization` or
   * `state-approval`), in the plan line's own terms: dollars over the line, or units of its code a year. Read from
   * the pack by `readPackProfile`, never written in the profile.
   */
  approvalLimits: z.array(z.strictObject({ limit: Id, services: z.array(Id), dollars: z.number().optional(), unitsPerYear: z.record(Id, z.number()).optional() })).default([]),
});

export type SizeBand = z.infer<typeof SizeBand>;
export type AuthorizationMode = z.infer<typeof AuthorizationMode>;
export type Frequency = z.infer<typeof Frequency>;
export type Degree = z.infer<typeof Degree>;
export type ResidentialTier = z.infer<typeof ResidentialTier>;
export type TouchLevel = z.infer<typeof TouchLevel>;
export type ProviderTypeProfile = z.infer<typeof ProviderTypeProfile>;
export type CountyProfile = z.infer<typeof CountyProfile>;
export type TeamProgramProfile = z.infer<typeof TeamProgramProfile>;
export type LineTemplate = z.infer<typeof LineTemplate>;
export type RoleProfile = z.infer<typeof RoleProfile>;
export type ProgramProfile = z.infer<typeof ProgramProfile>;
