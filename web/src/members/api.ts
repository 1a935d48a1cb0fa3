// Member records, mirroring the view schemas in src/members/types.ts (local copies: importing that file
// type-checks the whole server through module index files). Render defensively: fields may be absent.
import { usePagedList, type ListParams } from '../platform/paged-list.ts';
import { useRecord } from '../platform/use-record.ts';

export interface Address { line1?: string; line2?: string | null; city?: string; state?: string; zip?: string }
export interface EligibilitySpan { program?: string; category?: string | null; from: string; to?: string | null }
export interface ProgramEnrollment {
  program: string; organizationId?: string; organizationName?: string; teamId?: string | null; teamName?: string | null;
  from: string; to?: string | null;
}
export interface PlanLine {
  id?: string; planId?: string; service: string; organizationId?: string; organizationName?: string; code?: string | null;
  from?: string; to?: string | null; frequency?: string; amount?: number | string; unit?: string; status?: string;
}
export interface MemberAuthorization {
  id: string; ref?: string; program?: string; service?: string; code?: string | null; mode?: string;
  units?: number; unitsUsed?: number; from?: string; to?: string | null; status?: string; organizationId?: string; organizationName?: string;
  decidedOn?: string | null;
}
export interface MemberSummary {
  id: string; ref?: string; medicaidId?: string; firstName?: string; lastName?: string; birthDate?: string; sex?: string; county?: string;
  [k: string]: unknown;
}
export interface Member extends MemberSummary {
  address?: Address | null;
  phone?: string | null;
  eligibility?: EligibilitySpan[];
  enrollments?: ProgramEnrollment[];
  careManager?: { id: string; name: string } | null;
  planLines?: PlanLine[];
  authorizations?: MemberAuthorization[];
}

export const useMemberList = (params: ListParams) => usePagedList<MemberSummary>('/api/v1/members', params);
export const useMember = (id: string | undefined) => useRecord<Member>('members', id);
