/**
 * What the generator knows about the program it imitates. Everything Delaware-specific lives here so the
 * generator logic reads as "a program like this"; `readPackProfile` replaces the parts the policy pack states
 * (provider types, program id, authorization modes, team size bands) so generated ids match the pack.
 */
export interface ProviderTypeProfile { id: string; name: string; services: string[] }
export interface CountyProfile {
  name: string;
  /** Share of the program's members living here (Delaware's population split). */
  share: number;
  towns: { city: string; zips: string[] }[];
}
export type SizeBand = 'small' | 'large';
export interface TeamProgramProfile {
  id: string; name: string;
  /** Share of all members enrolled in this team program. */
  memberShare: number;
  caps: Record<SizeBand, number>;
  /** Services on a team member's Recovery Plan that the team itself delivers. */
  planServices: string[];
  /** Whether the team carries TMACT fidelity levels (ACT does; ICM and ACT Plus have their own standards). */
  fidelity: boolean;
  /** Staff per size band: role and head count (the ACT staffing table, rounded up to whole people). */
  staffing: Record<SizeBand, { role: string; count: number }[]>;
}
export type AuthorizationMode = 'registration' | 'prior-authorization' | 'prior-approval';
export type Frequency = 'day' | 'week' | 'month' | 'year' | 'plan';
/** How a Recovery Plan line for a service usually reads: billing code ids (pack codes.yaml), frequency and amount. */
export interface LineTemplate { codes: string[]; frequency: Frequency; amount: [number, number]; unit: 'units' | 'dollars' }
export type Degree = 'none' | 'high-school' | 'associate' | 'bachelor' | 'master' | 'doctoral';
/**
 * What a staff role is expected to hold. Credential names are the pack's vocabulary (provider-types.yaml
 * `check: { credential: … }` and `backgroundCheck: […]`), so certification checks can match them by name.
 */
export interface RoleProfile {
  degree: Degree[];
  /** Alternative sets of licenses (one set is drawn); `prefix` starts the license number and names the exact license. */
  licenses?: { name: string; prefix: string }[][];
  /** Share of staff in the role who hold a license at all (a master's clinician need not be licensed). */
  licensedShare?: number;
  certifications?: string[];
  backgroundChecks: string[];
  trainings: string[];
  /** Prescribers and licensed clinicians bill under their own NPI. */
  npi: 'always' | 'often' | 'never';
  drives?: boolean;
  minAge: number;
}
export type ResidentialTier = 'tier-1' | 'tier-2-day' | 'tier-2-night' | 'tier-3' | 'tier-4';
export type TouchLevel = 'high' | 'medium' | 'low';
export interface ProgramProfile {
  program: string;
  state: string;
  areaCode: string;
  counties: CountyProfile[];
  providerTypes: ProviderTypeProfile[];
  teamPrograms: TeamProgramProfile[];
  /** A team is "new" (first-year rates) this many months after it starts. */
  newTeamMonths: number;
  fidelityLevels: { nonFidelity: string; provisional: string; basic: string; moderatelyHigh: string; high: string };
  /** Services that need an authorization from the start, how, and for how long one authorization runs. */
  authorization: Record<string, { mode: AuthorizationMode; days: number }>;
  /** Services members of a team program receive only through their team. */
  teamOnlyServices: string[];
  careManagerCaseload: number;
  /** Staff roles (the import format's role ids) and their credentials. */
  roles: Record<string, RoleProfile>;
  lines: Record<string, LineTemplate>;
  /** Care Management codes by touch level, without and with a Peer Care Manager. */
  careManagementCodes: Record<TouchLevel, { withoutPeer: string; withPeer: string }>;
  residentialCodes: Record<ResidentialTier, string>;
  /** Members served per agency of a provider type delivering the service (how the network scales). */
  membersPerAgency: Record<string, number>;
}

const LMHP = [{ name: 'licensed-mental-health-professional', prefix: 'LCSW' }];
const LMHP_ANY = [LMHP, [{ name: 'licensed-mental-health-professional', prefix: 'LPC' }], [{ name: 'licensed-mental-health-professional', prefix: 'LMFT' }]];
const CORE = ['recovery-plan-training'];
const CHECKS = ['professional', 'criminal'];
const REGISTRY_CHECKS = ['professional', 'criminal', 'child-abuse-registry', 'adult-abuse-registry', 'service-letters'];

const ACT_SMALL = [
  { role: 'team-lead', count: 1 }, { role: 'masters-clinician', count: 2 }, { role: 'bachelors-clinician', count: 1 },
  { role: 'peer-specialist', count: 1 }, { role: 'prescriber', count: 1 }, { role: 'rn', count: 1 }, { role: 'lpn', count: 1 },
];
const ACT_LARGE = [
  { role: 'team-lead', count: 1 }, { role: 'masters-clinician', count: 2 }, { role: 'bachelors-clinician', count: 2 },
  { role: 'peer-specialist', count: 1 }, { role: 'prescriber', count: 1 }, { role: 'rn', count: 3 },
];
const ICM_SMALL = [
  { role: 'team-lead', count: 1 }, { role: 'masters-clinician', count: 1 }, { role: 'bachelors-clinician', count: 2 },
  { role: 'peer-specialist', count: 1 }, { role: 'prescriber', count: 1 }, { role: 'rn', count: 1 },
];
const ICM_LARGE = [
  { role: 'team-lead', count: 1 }, { role: 'masters-clinician', count: 2 }, { role: 'bachelors-clinician', count: 4 },
  { role: 'peer-specialist', count: 2 }, { role: 'prescriber', count: 1 }, { role: 'rn', count: 2 },
];

export const delawareProfile: ProgramProfile = {
  program: 'de-promise',
  state: 'DE',
  areaCode: '302',
  counties: [
    { name: 'New Castle', share: 0.56, towns: [
      { city: 'Wilmington', zips: ['19801', '19802', '19805', '19806', '19808', '19809', '19810'] },
      { city: 'Newark', zips: ['19702', '19711', '19713'] }, { city: 'New Castle', zips: ['19720'] },
      { city: 'Bear', zips: ['19701'] }, { city: 'Middletown', zips: ['19709'] }, { city: 'Claymont', zips: ['19703'] },
    ] },
    { name: 'Kent', share: 0.19, towns: [
      { city: 'Dover', zips: ['19901', '19904'] }, { city: 'Smyrna', zips: ['19977'] }, { city: 'Camden', zips: ['19934'] },
      { city: 'Harrington', zips: ['19952'] }, { city: 'Milford', zips: ['19963'] },
    ] },
    { name: 'Sussex', share: 0.25, towns: [
      { city: 'Georgetown', zips: ['19947'] }, { city: 'Seaford', zips: ['19973'] }, { city: 'Lewes', zips: ['19958'] },
      { city: 'Millsboro', zips: ['19966'] }, { city: 'Rehoboth Beach', zips: ['19971'] }, { city: 'Laurel', zips: ['19956'] },
    ] },
  ],
  // Used only when the pack has no provider-types.yaml yet; the pack's list replaces it.
  providerTypes: [
    { id: 'care-management-agency', name: 'Care Management Agency', services: ['care-management'] },
    { id: 'benefits-counseling-agency', name: 'Benefits Counseling Agency', services: ['benefits-counseling'] },
    { id: 'promise-rehabilitation-agency', name: 'PROMISE Rehabilitation Agency', services: ['cpst', 'psr', 'peer-support'] },
    { id: 'sud-cod-treatment-program', name: 'SUD or COD Treatment Program', services: ['cpst', 'psr', 'peer-support'] },
    { id: 'peer-specialist-agency', name: 'Peer Specialist Agency', services: ['peer-support'] },
    { id: 'act-team', name: 'ACT Team', services: ['act', 'cpst', 'psr', 'peer-support', 'iess'] },
    { id: 'act-plus-team', name: 'ACT Plus Team', services: ['cpst', 'psr', 'peer-support'] },
    { id: 'icm-team', name: 'ICM Team', services: ['icm', 'cpst', 'psr', 'peer-support', 'iess'] },
    { id: 'housing-agency', name: 'Housing Agency', services: ['community-transition'] },
    { id: 'group-home', name: 'Group Home for Persons with Mental Illness', services: ['residential', 'respite'] },
    { id: 'supportive-housing-agency', name: 'Supportive Housing Agency', services: ['residential', 'respite'] },
    { id: 'financial-coaching-plus-agency', name: 'Financial Coaching Plus Agency', services: ['financial-coaching-plus'] },
    { id: 'home-health-agency', name: 'Home Health Agency', services: ['iadl-chore', 'nursing', 'personal-care', 'respite'] },
    { id: 'personal-assistance-services-agency', name: 'Personal Assistance Services Agency', services: ['iadl-chore', 'personal-care', 'respite'] },
    { id: 'private-duty-nursing-agency', name: 'Private Duty Nursing Agency', services: ['nursing'] },
    { id: 'nursing-facility', name: 'Nursing Facility', services: ['respite'] },
    { id: 'iess-provider-agency', name: 'IESS Provider Agency', services: ['iess'] },
    { id: 'stsgse-agency', name: 'STSGSE Agency', services: ['stsgse'] },
    { id: 'transportation-broker', name: 'Transportation Broker Agency', services: ['nmt'] },
  ],
  teamPrograms: [
    { id: 'act', name: 'ACT', memberShare: 0.30, caps: { small: 70, large: 100 }, planServices: ['act'], fidelity: true,
      staffing: { small: ACT_SMALL, large: ACT_LARGE } },
    { id: 'icm', name: 'ICM', memberShare: 0.14, caps: { small: 100, large: 200 }, planServices: ['icm'], fidelity: false,
      staffing: { small: ICM_SMALL, large: ICM_LARGE } },
    { id: 'act-plus', name: 'ACT Plus', memberShare: 0.03, caps: { small: 70, large: 100 },
      planServices: ['cpst', 'peer-support', 'psr'], fidelity: false, staffing: { small: ACT_SMALL, large: ACT_LARGE } },
  ],
  newTeamMonths: 12,
  fidelityLevels: { nonFidelity: 'non-fidelity', provisional: 'provisional', basic: 'basic', moderatelyHigh: 'moderately-high', high: 'high' },
  authorization: {
    act: { mode: 'prior-authorization', days: 180 },
    icm: { mode: 'prior-authorization', days: 180 },
    cpst: { mode: 'prior-approval', days: 180 },
    psr: { mode: 'prior-approval', days: 180 },
    nursing: { mode: 'prior-authorization', days: 90 },
    stsgse: { mode: 'prior-authorization', days: 182 },
    residential: { mode: 'prior-approval', days: 91 },
    iess: { mode: 'registration', days: 365 },
  },
  teamOnlyServices: ['cpst', 'peer-support', 'psr'],
  careManagerCaseload: 40,
  roles: {
    'team-lead': { degree: ['master'], licenses: LMHP_ANY, licensedShare: 1, backgroundChecks: CHECKS, trainings: [...CORE, 'tmact-model-training'], npi: 'always', minAge: 26 },
    'masters-clinician': { degree: ['master'], licenses: LMHP_ANY, licensedShare: 0.7, backgroundChecks: CHECKS, trainings: [...CORE, 'tmact-model-training'], npi: 'often', minAge: 24 },
    'bachelors-clinician': { degree: ['bachelor'], certifications: ['de-service-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: [...CORE, 'tmact-model-training'], npi: 'never', minAge: 22 },
    'peer-specialist': { degree: ['high-school', 'high-school', 'associate', 'bachelor'], certifications: ['certified-peer-specialist'], backgroundChecks: REGISTRY_CHECKS,
      trainings: [...CORE, 'peer-specialist-training'], npi: 'never', minAge: 21 },
    psychiatrist: { degree: ['doctoral'], licenses: [[{ name: 'de-physician', prefix: 'C1' }]], licensedShare: 1, certifications: ['board-certified-psychiatrist'], backgroundChecks: CHECKS, trainings: CORE, npi: 'always', minAge: 30 },
    aprn: { degree: ['master', 'doctoral'], licenses: [[{ name: 'aprn', prefix: 'APRN' }, { name: 'registered-nurse', prefix: 'RN' }]], licensedShare: 1, backgroundChecks: CHECKS, trainings: CORE, npi: 'always', minAge: 28 },
    rn: { degree: ['bachelor', 'associate'], licenses: [[{ name: 'registered-nurse', prefix: 'RN' }]], licensedShare: 1, certifications: [], backgroundChecks: CHECKS, trainings: [...CORE, 'cpr-first-aid'], npi: 'often', minAge: 22 },
    lpn: { degree: ['associate', 'high-school'], licenses: [[{ name: 'licensed-practical-nurse', prefix: 'LPN' }]], licensedShare: 1, backgroundChecks: CHECKS, trainings: [...CORE, 'cpr-first-aid'], npi: 'never', minAge: 20 },
    'care-manager': { degree: ['bachelor', 'bachelor', 'master'], backgroundChecks: ['professional'], trainings: [...CORE, 'needs-assessment-training', 'person-centered-planning'], npi: 'never', drives: true, minAge: 21 },
    'employment-specialist': { degree: ['bachelor'], certifications: ['de-service-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: [...CORE, 'ips-training'], npi: 'never', drives: true, minAge: 22 },
    'benefits-counselor': { degree: ['bachelor'], certifications: ['ssa-community-partner-work-incentives-counseling', 'de-direct-care-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: CORE, npi: 'never', minAge: 22 },
    'financial-coach': { degree: ['bachelor'], certifications: ['de-financial-coaching-curriculum', 'de-direct-care-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: CORE, npi: 'never', minAge: 22 },
    'housing-specialist': { degree: ['bachelor', 'associate'], backgroundChecks: CHECKS, trainings: CORE, npi: 'never', drives: true, minAge: 18 },
    'residence-manager': { degree: ['bachelor', 'master'], certifications: ['de-direct-care-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: [...CORE, 'medication-assistance', 'cpr-first-aid'], npi: 'never', minAge: 24 },
    'direct-care': { degree: ['high-school', 'high-school', 'associate'], certifications: ['de-direct-care-certification'], backgroundChecks: REGISTRY_CHECKS, trainings: ['cpr-first-aid'], npi: 'never', minAge: 18 },
    driver: { degree: ['high-school', 'none'], backgroundChecks: ['criminal', 'drug-testing'], trainings: ['passenger-assistance-training'], npi: 'never', drives: true, minAge: 21 },
  },
  // `units` are units of the line's code (15 minutes, per diem, per month, per hour, per mile); the amounts echo
  // the manual's examples (CPST 3 hours a week, PSR 10 hours a week, Benefits Counseling up to 20 hours a year).
  lines: {
    'care-management': { codes: ['T2022'], frequency: 'month', amount: [1, 1], unit: 'units' },
    act: { codes: [], frequency: 'month', amount: [4, 4], unit: 'units' },
    icm: { codes: [], frequency: 'month', amount: [6, 6], unit: 'units' },
    cpst: { codes: ['H0036-U1', 'H0036-U1', 'H0036'], frequency: 'week', amount: [4, 12], unit: 'units' },
    psr: { codes: ['H2017-HN-U1', 'H2017-HN', 'H2017-HN-HQ'], frequency: 'week', amount: [8, 40], unit: 'units' },
    'peer-support': { codes: ['H0038', 'H0038', 'H0038-HQ'], frequency: 'week', amount: [4, 16], unit: 'units' },
    iess: { codes: ['H2023-SE'], frequency: 'week', amount: [4, 16], unit: 'units' },
    stsgse: { codes: ['T2019-UN', 'T2019-UP', 'T2019-UQ'], frequency: 'week', amount: [8, 40], unit: 'units' },
    'benefits-counseling': { codes: ['H2014-SE'], frequency: 'year', amount: [16, 96], unit: 'units' },
    'financial-coaching-plus': { codes: ['T2013-SE'], frequency: 'year', amount: [2, 5], unit: 'units' },
    'community-transition': { codes: ['T2038', 'T2028'], frequency: 'plan', amount: [400, 2400], unit: 'dollars' },
    'personal-care': { codes: ['T1019-U1'], frequency: 'week', amount: [14, 56], unit: 'units' },
    'iadl-chore': { codes: ['S5120'], frequency: 'month', amount: [4, 13], unit: 'units' },
    nursing: { codes: ['S9123', 'S9124'], frequency: 'week', amount: [1, 3], unit: 'units' },
    respite: { codes: ['S5150'], frequency: 'month', amount: [8, 48], unit: 'units' },
    nmt: { codes: ['A0110', 'A0090', 'A0100'], frequency: 'month', amount: [8, 120], unit: 'units' },
    residential: { codes: ['T2033'], frequency: 'day', amount: [1, 1], unit: 'units' },
  },
  careManagementCodes: {
    high: { withoutPeer: 'T2022-TG', withPeer: 'T2022-HT-TG' },
    medium: { withoutPeer: 'T2022-TF', withPeer: 'T2022-HT-TF' },
    low: { withoutPeer: 'T2022', withPeer: 'T2022-HT' },
  },
  residentialCodes: { 'tier-1': 'T2033', 'tier-2-day': 'T2033-TF', 'tier-2-night': 'T2033-TF-UJ', 'tier-3': 'T2033-TG', 'tier-4': 'T2033-HK' },
  membersPerAgency: {
    'care-management': 1500, cpst: 900, psr: 1500, 'peer-support': 2500, residential: 1500, respite: 6000,
    'personal-care': 1500, 'iadl-chore': 3000, nursing: 4000, iess: 2500, stsgse: 8000, 'benefits-counseling': 6000,
    'financial-coaching-plus': 8000, 'community-transition': 8000, nmt: 1_000_000,
  },
};
