import { fileURLToPath } from 'node:url';
import { buildCatalog, loadPack, formatPackIssue, type Catalog } from '../../catalog/index.js';
import type { EditContext } from '../engine/edit.js';
import { resolveLine } from '../engine/resolve-line.js';
import { RunningTotals } from '../engine/running-totals.js';
import type { AuthorizationFacts, ClaimLine, MemberContext, MemberFacts, OrganizationFacts, PriorLine, StaffFacts, TeamFacts } from '../engine/types.js';

// Test builders for edits and the engine: the real Delaware PROMISE pack and a small world around one member —
// an ACT team (small, started 2024-01-01, basic fidelity) at ORG-ACT with one practitioner per level, a
// rehabilitation agency ORG-REHAB, a home health agency ORG-HHA, and a Recovery Plan listing the services.

const loaded = await loadPack(fileURLToPath(new URL('../../../policy/de-promise', import.meta.url)));
if (!loaded.ok) throw new Error(loaded.problem.issues.map(formatPackIssue).join('\n'));
export const catalog: Catalog = buildCatalog(loaded.value);

export function aLine(over: Partial<ClaimLine> = {}): ClaimLine {
  return {
    claimId: 'C1', lineId: over.lineId ?? `L${Math.random().toString(36).slice(2, 8)}`, lineNumber: 1, program: 'de-promise',
    memberId: 'M1', medicaidId: '1000000001', billingOrganizationId: 'ORG-ACT', billingNpi: '1111111111',
    renderingStaffId: 'S-HO', renderingNpi: null, serviceDate: '2025-03-03', serviceDateTo: null,
    code: 'H0040', modifiers: ['HO'], units: 1, minutes: 30, placeOfService: '12', chargeAmount: '9999.00',
    groupSize: null, residents: null, receivedOn: '2025-03-10', frequency: '1', ...over,
  };
}

const PLAN = ['act', 'icm', 'cpst', 'psr', 'peer-support', 'iadl-chore', 'personal-care', 'respite', 'nursing', 'stsgse', 'community-transition', 'benefits-counseling', 'financial-coaching-plus'];

export function aMember(over: Partial<MemberFacts> = {}): MemberFacts {
  return {
    id: 'M1', birthDate: '1980-05-01',
    eligibility: [{ program: 'de-promise', from: '2025-01-01', to: null }],
    enrollments: [
      { program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null },
      { program: 'act', organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to: null },
    ],
    planLines: PLAN.map((service) => ({ service, organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-15', to: null })),
    ...over,
  };
}

const enrollment = (providerType: string, over: Partial<OrganizationFacts['enrollments'][number]> = {}) => ({
  program: 'de-promise', providerType, status: 'active', certifiedThrough: '2027-12-31', lastVerifiedOn: '2025-01-01', from: '2024-01-01', to: null, ...over,
});

export const organizations: OrganizationFacts[] = [
  { id: 'ORG-ACT', npi: '1111111111', enrollments: [enrollment('act-team')] },
  { id: 'ORG-REHAB', npi: '2222222222', enrollments: [enrollment('promise-rehabilitation-agency')] },
  { id: 'ORG-HHA', npi: '3333333333', enrollments: [enrollment('home-health-agency')] },
  { id: 'ORG-CM', npi: '4444444444', enrollments: [enrollment('care-management-agency')] },
];

const person = (id: string, role: string, degree: string | null, license: string | null, organizationId = 'ORG-ACT'): StaffFacts => ({
  id, npi: null, organizationId, teamId: organizationId === 'ORG-ACT' ? 'T-ACT' : null, role, degree,
  credentials: license ? [{ kind: 'license', name: license, from: '2015-01-01', to: null }] : [],
});

export const staff: StaffFacts[] = [
  person('S-HO', 'team-leader', 'master', 'LCSW'), person('S-HN', 'clinician', 'bachelor', null),
  person('S-HM', 'peer-specialist', 'high-school', null), person('S-AM', 'psychiatric-prescriber', 'doctoral', 'MD'),
  person('S-HP', 'psychiatric-prescriber', 'master', 'APRN'), person('S-TD', 'nurse', 'associate', 'RN'),
  person('S-REHAB', 'psr-specialist', 'bachelor', null, 'ORG-REHAB'), person('S-HHA', 'direct-care-worker', null, null, 'ORG-HHA'),
];

export function aTeam(over: Partial<TeamFacts> = {}): TeamFacts {
  return {
    id: 'T-ACT', organizationId: 'ORG-ACT', program: 'act', sizeBand: 'small', startDate: '2024-01-01',
    fidelity: [{ level: 'basic', from: '2024-01-01', to: null }], reviews: [], ...over,
  };
}

export function anAuthorization(over: Partial<AuthorizationFacts> = {}): AuthorizationFacts {
  return { id: 'A-ACT', memberId: 'M1', organizationId: 'ORG-ACT', service: 'act', code: null, status: 'approved', from: '2025-01-01', to: '2025-12-31', units: 100, unitsUsed: 0, ...over };
}

export function aPriorLine(over: Partial<PriorLine> = {}): PriorLine {
  return {
    lineId: `P${Math.random().toString(36).slice(2, 8)}`, claimId: 'C0', memberId: 'M1', billingOrganizationId: 'ORG-ACT', renderingStaffId: 'S-HO',
    serviceDate: '2025-03-01', code: 'H0040', modifiers: ['HO'], units: 1, minutes: 30, paidUnits: 1, paidAmount: '100.00',
    status: 'paid', codeId: 'H0040-HO', service: 'act', placeOfService: '12', ...over,
  };
}

export function aMemberContext(over: Partial<MemberContext> & { team?: Partial<TeamFacts> } = {}): MemberContext {
  const { team, ...rest } = over;
  const authorizations = ['act', 'icm', 'cpst', 'psr', 'nursing', 'stsgse', 'residential', 'iess'].map((service) =>
    anAuthorization({ id: `A-${service}`, service, organizationId: service === 'act' || service === 'icm' ? 'ORG-ACT' : service === 'nursing' ? 'ORG-HHA' : 'ORG-REHAB' }));
  return {
    member: aMember(), organizations: new Map(organizations.map((o) => [o.id, o])), staff: new Map(staff.map((s) => [s.id, s])),
    teams: new Map([['T-ACT', aTeam(team)]]), authorizations, history: [], ...rest,
  };
}

/** An edit's context for one line, as the pipeline builds it (no earlier lines in the batch unless given). */
export function aContext(line: ClaimLine, member: MemberContext = aMemberContext(), batch: readonly ClaimLine[] = [line]): EditContext {
  return {
    catalog, member, resolved: resolveLine(catalog, line, member), payableUnits: line.units, sameBatch: [],
    running: new RunningTotals(catalog, member, batch), proposal: { authorizationId: null, limits: [], beyond: [] },
  };
}
