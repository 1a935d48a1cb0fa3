// Claims and remittances, mirroring the view schemas in src/claims/types.ts (local copies: importing that file
// type-checks the whole server). Render defensively: fields may be absent.
import { usePagedList, type ListParams } from '../platform/paged-list.ts';
import { useRecord } from '../platform/use-record.ts';

export interface ClaimSummary {
  id: string; program?: string; patientControlNumber?: string; submissionKey?: string; frequency?: string; memberId?: string | null;
  medicaidId?: string; billingOrganizationId?: string | null; billingNpi?: string; receivedOn?: string; firstServiceDate?: string | null;
  totalCharge?: string; totalAllowed?: string; totalPaid?: string; status?: string; lineCount?: number;
}
export interface Reason {
  edit: string; outcome: string; reason: string; carc?: { group: string; code: string } | null; rarc?: string | null; text?: string | null;
  rule: { id: string; source?: string | string[] | null; decision?: string }; saw?: Record<string, unknown>;
}
export interface TraceStep { edit: string; applied: boolean; findings?: Array<{ reason?: string; outcome?: string }> }
export interface ClaimLine {
  id: string; lineNumber: number; serviceDate: string; serviceDateTo?: string | null; code: string; modifiers?: string[]; units?: number;
  minutes?: number | null; groupSize?: number | null; residents?: number | null; placeOfService?: string; status: string; chargeAmount?: string; allowedAmount?: string; paidAmount?: string;
  paidUnits?: number; codeId?: string | null; service?: string | null; rateId?: string | null; reasons?: Reason[]; trace?: TraceStep[] | unknown;
  remittanceId?: string | null;
}
export interface Claim extends ClaimSummary { originalClaimId?: string | null; organizationName?: string | null; lines?: ClaimLine[] }

export interface RemittanceSummary {
  id: string; paymentCycleId?: string; organizationId?: string; organizationName?: string | null; payeeNpi?: string; claimCount?: number;
  lineCount?: number; totalBilled?: string; totalPaid?: string; totalRecouped?: string; netPayment?: string; createdAt?: string; runOn?: string;
}
export interface RemittedLine { lineId: string; lineNumber: number; serviceDate: string; code: string; modifiers?: string[]; paidUnits?: number; status: string; charge: string; paid: string; adjustments?: Array<{ group: string; code: string; amount: string }>; remarks?: string[] }
export interface Remittance extends RemittanceSummary {
  has835?: boolean;
  document?: { claims?: Array<{ claimId: string; patientControlNumber: string; medicaidId?: string; charge: string; paid: string; lines?: RemittedLine[] }>; recoupments?: Array<{ claimId: string; amount: string }> };
}

export const useClaimList = (params: ListParams) => usePagedList<ClaimSummary>('/api/v1/claims', params);
export const useMemberClaims = (memberId: string | undefined, params: ListParams) =>
  usePagedList<ClaimSummary>(`/api/v1/members/${encodeURIComponent(memberId ?? '')}/claims`, params, { enabled: !!memberId });
export const useClaim = (id: string | undefined) => useRecord<Claim>('claims', id);
export const useRemittanceList = (params: ListParams) => usePagedList<RemittanceSummary>('/api/v1/remittances', params);
export const useRemittance = (id: string | undefined) => useRecord<Remittance>('remittances', id);
