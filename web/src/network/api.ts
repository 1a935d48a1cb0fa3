// Network records (organizations, sites, teams, staff), mirroring the view schemas in src/network/types.ts.
// They are local copies because importing that file type-checks the whole server (it reaches routes through
// module index files); switch to `import type` once the schemas can be imported alone. Render defensively.
import { usePagedList, type ListParams } from '../platform/paged-list.ts';
import { useRecord } from '../platform/use-record.ts';

import type { PostalAddress as Address } from '../platform/address.ts';

export interface OrganizationSummary {
  id: string; ref?: string; name: string; slug?: string; npi?: string; acceptingNewClients?: boolean; [k: string]: unknown;
}
export interface ProviderEnrollment {
  program?: string; providerType: string; from: string; to?: string | null; status?: string;
  certifiedThrough?: string | null; lastVerifiedOn?: string | null;
}
export interface Site { id: string; name: string; county?: string; address?: string | Address | null; organizationId?: string }
export interface Organization extends OrganizationSummary {
  taxId?: string | null; phone?: string | null; email?: string | null; website?: string | null;
  enrollments?: ProviderEnrollment[];
  sites?: Site[];
  teams?: TeamSummary[];
  staffCount?: number;
}

export interface FidelitySpan { level: string; from: string; to?: string | null; overallScore?: number | null }
export interface TeamSummary {
  id: string; ref?: string; name: string; organizationId?: string; organizationName?: string; siteId?: string | null;
  program?: string; sizeBand?: string; stage?: string | null; startDate?: string; caseload?: number; caseloadCap?: number | null;
  [k: string]: unknown;
}
export interface Team extends TeamSummary { fidelity?: FidelitySpan[] }

export interface Credential { kind: string; name: string; number?: string | null; issuer?: string | null; from?: string; to?: string | null }
export interface StaffSummary {
  id: string; ref?: string; organizationId?: string; organizationName?: string; teamId?: string | null; teamName?: string | null;
  firstName?: string; lastName?: string; npi?: string | null; role?: string; degree?: string | null; [k: string]: unknown;
}
export interface Staff extends StaffSummary { credentials?: Credential[] }

export const useOrganizationList = (params: ListParams) => usePagedList<OrganizationSummary>('/api/v1/organizations', params);
export const useOrganization = (id: string | undefined) => useRecord<Organization>('organizations', id);
export const useSiteList = (params: ListParams) => usePagedList<Site>('/api/v1/sites', params);
export const useTeamList = (params: ListParams, options?: { enabled?: boolean }) => usePagedList<TeamSummary>('/api/v1/teams', params, options);
export const useTeam = (id: string | undefined) => useRecord<Team>('teams', id);
export const useStaffList = (params: ListParams) => usePagedList<StaffSummary>('/api/v1/staff', params);
export const useStaff = (id: string | undefined) => useRecord<Staff>('staff', id);

export { addressText } from '../platform/address.ts';
