// Certification, mirroring src/network/certification/types.ts (a local copy: importing it type-checks the whole
// server through module index files).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchJson, toQuery } from '../../platform/fetch-json.ts';
import type { Paged } from '../../platform/paged-list.ts';

export type ApplicationStatus = 'draft' | 'submitted' | 'needs-info' | 'approved' | 'provisional' | 'denied';
export type ItemStatus = 'pending' | 'met' | 'not-met' | 'needs-info' | 'waived';

export interface Finding {
  check: string; outcome: 'met' | 'not-met' | 'unknown';
  rule: { id: string; source: string | string[] }; saw: Record<string, unknown>; message: string;
}
export interface ApplicationItem {
  id: string; itemKind: 'requirement' | 'role'; requirementId: string; kind: string; text: string;
  status: ItemStatus; providerNote: string | null; reviewerNote: string | null; findings: Finding[];
}
export interface NamedStaff { roleId: string; staffId: string; fte?: number | null; hoursPerWeek?: number | null; name?: string }
export interface ApplicationSummary {
  id: string; organizationId: string; organizationName: string; program: string; providerType: string;
  status: ApplicationStatus; createdAt: string; submittedAt: string | null; decidedAt: string | null; ageDays: number;
}
export interface Application extends ApplicationSummary {
  providerTypeName: string; applicationKinds: string[]; projectedClients: number | null; decidedBy: string | null;
  decisionReasons: string[]; decisionConditions: string[]; certifiedFrom: string | null; certifiedThrough: string | null;
  hasLetter: boolean; roles: { id: string; name: string; required: boolean }[]; items: ApplicationItem[]; staff: NamedStaff[];
  documents: { id: string; itemId: string | null; name: string; contentType: string; size: number; sha256: string; uploadedAt: string }[];
  events: { at: string; actorName: string; action: string; note: string | null }[];
}
export interface ProviderTypeOption {
  program: string; programName: string; id: string; name: string; applicationKinds: string[];
  requirements: number; roles: number; verificationEveryMonths: number | null;
}
export interface ReverificationRow {
  enrollmentId: string; organizationId: string; organizationName: string; program: string; providerType: string; status: string;
  lastVerifiedOn: string | null; certifiedThrough: string | null; everyMonths: number | null; dueOn: string | null; daysLeft: number | null;
  state: 'current' | 'due-in-60-days' | 'due-in-30-days' | 'overdue' | 'not-scheduled';
  notices: { kind: string; dueOn: string; recordedOn: string }[];
}

const base = '/api/v1/certification';
const key = ['certification'] as const;

export const useProviderTypes = () =>
  useQuery({ queryKey: [...key, 'provider-types'], queryFn: () => fetchJson<ProviderTypeOption[]>(`${base}/provider-types`) });

export const useApplications = (params: { status?: string; page?: number }) =>
  useQuery({ queryKey: [...key, 'applications', params], queryFn: () => fetchJson<Paged<ApplicationSummary>>(`${base}/applications${toQuery({ ...params, pageSize: 100 })}`) });

export const useApplication = (id: string | undefined) =>
  useQuery({ queryKey: [...key, 'application', id], enabled: !!id, queryFn: () => fetchJson<Application>(`${base}/applications/${id}`) });

export const useReverifications = (params: { state?: string }) =>
  useQuery({ queryKey: [...key, 'reverifications', params], queryFn: () => fetchJson<ReverificationRow[]>(`${base}/reverifications${toQuery(params)}`) });

export interface StaffOption { id: string; firstName: string; lastName: string; role: string }
export const useOwnStaff = (organizationId: string | undefined) =>
  useQuery({ queryKey: ['staff', 'of', organizationId], enabled: !!organizationId,
    queryFn: () => fetchJson<Paged<StaffOption>>(`/api/v1/staff${toQuery({ organizationId, pageSize: 500 })}`) });

/** A mutation on one application that refreshes it (and the lists) afterwards. */
export function useApplicationAction<TBody>(id: string, path: (body: TBody) => { method: string; url: string; body?: unknown }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => { const r = path(body); return fetchJson<Application>(r.url, { method: r.method, body: r.body }); },
    onSuccess: (app) => { client.setQueryData([...key, 'application', id], app); void client.invalidateQueries({ queryKey: [...key, 'applications'] }); },
  });
}

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { program: string; providerType: string; applicationKinds: string[]; projectedClients?: number | null }) =>
      fetchJson<Application>(`${base}/applications`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'applications'] }),
  });
}

export function useReverify() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ enrollmentId, ...body }: { enrollmentId: string; certifiedThrough?: string }) =>
      fetchJson<ReverificationRow>(`${base}/reverifications/${enrollmentId}`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'reverifications'] }),
  });
}

export const applicationPath = (id: string) => `${base}/applications/${id}`;

/** Reads a browser File as base64 (the API takes JSON uploads; multipart is not installed). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Cannot read the file'));
    reader.readAsDataURL(file);
  });
}

/** Uploads a document (JSON with base64 content) and refreshes the application. */
export function useUploadDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; contentType: string; contentBase64: string; itemId?: string | null }) =>
      fetchJson<{ id: string }>(`${base}/applications/${id}/documents`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'application', id] }),
  });
}
