// Authorizations, mirroring AuthorizationView in src/members/types.ts (a local copy: importing it type-checks the
// whole server through module index files). Status: requested, pended, approved, partially-approved, denied, expired, cancelled.
import { usePagedList, type ListParams } from '../platform/paged-list.ts';
import { useRecord } from '../platform/use-record.ts';

export interface Authorization {
  id: string;
  ref?: string;
  program?: string;
  decidedOn?: string | null;
  memberId?: string; memberName?: string;
  organizationId?: string; organizationName?: string;
  service?: string; serviceName?: string; code?: string;
  units?: number; unitsUsed?: number;
  from?: string; to?: string | null;
  status?: string;
  /** registration or prior-authorization */
  mode?: string;
  [k: string]: unknown;
}

export const useAuthorizationList = (params: ListParams) => usePagedList<Authorization>('/api/v1/authorizations', params);
export const useAuthorization = (id: string | undefined) => useRecord<Authorization>('authorizations', id);
