import {
  AuthorizationRecord, MemberRecord, OrganizationRecord, PlanRecord, SiteRecord, StaffRecord, TeamRecord, type ImportBundle,
} from '../bundle-schema.js';

/**
 * A small, valid bundle for integration tests: organizations ORG-A and ORG-B, a site, team (TEAM-A, TEAM-B) and
 * staff member each, and `members` members M-1 … M-n — odd ones enrolled with ORG-A, even ones with ORG-B. M-1 has
 * a plan (P-1) with a line at ORG-A and an authorization (AUTH-1) with ORG-A; M-2 an authorization with ORG-B.
 */
export function smallBundle({ members = 6 }: { members?: number } = {}): ImportBundle {
  const address = (city: string) => ({ line1: '1 Main St', city, state: 'DE', zip: '19901' });
  return {
    organizations: [
      OrganizationRecord.parse({ ref: 'ORG-A', name: 'Alpha Recovery Services', npi: '1000000004', taxId: '12-3456789',
        enrollments: [{ program: 'test-program', providerType: 'act-provider', from: '2024-01-01', status: 'active', certifiedThrough: '2026-12-31' }] }),
      OrganizationRecord.parse({ ref: 'ORG-B', name: 'Beacon Health', npi: '1000000012', acceptingNewClients: false }),
    ],
    sites: [
      SiteRecord.parse({ ref: 'SITE-A1', organization: 'ORG-A', name: 'Alpha Dover', county: 'Kent', address: address('Dover'), placeOfService: '11' }),
      SiteRecord.parse({ ref: 'SITE-B1', organization: 'ORG-B', name: 'Beacon Georgetown', county: 'Sussex', address: address('Georgetown') }),
    ],
    teams: [
      TeamRecord.parse({ ref: 'TEAM-A', organization: 'ORG-A', site: 'SITE-A1', program: 'act', name: 'Alpha ACT 1', sizeBand: 'small',
        startDate: '2024-01-01', caseloadCap: 70, fidelity: [{ level: 'provisional', from: '2024-01-01', to: '2024-12-31', overallScore: 3.2 }] }),
      TeamRecord.parse({ ref: 'TEAM-B', organization: 'ORG-B', program: 'icm', name: 'Beacon ICM', sizeBand: 'large', startDate: '2020-06-01' }),
    ],
    staff: [
      StaffRecord.parse({ ref: 'STAFF-A1', organization: 'ORG-A', team: 'TEAM-A', firstName: 'Casey', lastName: 'Lead', role: 'team-lead',
        degree: 'master', credentials: [{ kind: 'license', name: 'LCSW', number: 'C-1', from: '2019-01-01' }] }),
      StaffRecord.parse({ ref: 'STAFF-B1', organization: 'ORG-B', team: 'TEAM-B', firstName: 'Dana', lastName: 'Peer', role: 'peer-specialist' }),
    ],
    members: Array.from({ length: members }, (_, i) => {
      const n = i + 1;
      const own = n % 2 === 1 ? 'A' : 'B';
      return MemberRecord.parse({
        ref: `M-${n}`, medicaidId: `DE${String(n).padStart(8, '0')}`, firstName: `Given${n}`, lastName: `Family${n}`,
        birthDate: '1980-05-17', sex: n % 2 ? 'F' : 'M', county: own === 'A' ? 'Kent' : 'Sussex',
        eligibility: [{ program: 'test-program', from: '2024-01-01' }],
        enrollments: [{ program: own === 'A' ? 'act' : 'icm', organization: `ORG-${own}`, team: `TEAM-${own}`, from: '2024-02-01' }],
        careManager: n === 1 ? 'STAFF-A1' : undefined,
      });
    }),
    plans: [PlanRecord.parse({ ref: 'P-1', member: 'M-1', program: 'test-program', from: '2024-02-01', to: '2025-01-31', status: 'active',
      lines: [{ service: 'act', organization: 'ORG-A', code: 'H0039', from: '2024-02-01', frequency: 'month', amount: 40, unit: 'units' }] })],
    authorizations: [
      AuthorizationRecord.parse({ ref: 'AUTH-1', member: 'M-1', organization: 'ORG-A', program: 'test-program', service: 'act', code: 'H0039',
        mode: 'prior-authorization', units: 480, from: '2024-02-01', to: '2025-01-31', status: 'approved', decidedOn: '2024-01-25' }),
      ...(members >= 2 ? [AuthorizationRecord.parse({ ref: 'AUTH-2', member: 'M-2', organization: 'ORG-B', program: 'test-program', service: 'icm',
        mode: 'registration', units: 12.5, from: '2024-02-01', status: 'requested' })] : []),
    ],
  };
}
