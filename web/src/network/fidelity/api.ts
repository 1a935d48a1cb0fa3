import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  FidelityPreview as FidelityPreviewSchema, FidelityReviewInput, FidelityReviewView, ScalePreview as ScalePreviewSchema,
  ScaleReviewInput, ScaleReviewView, TeamFidelityView,
} from '../../../../src/network/fidelity/types.ts';
import type { ItemScale } from '../../../../src/catalog/schema/index.ts';
import { fetchJson } from '../../platform/fetch-json.ts';

export type { FidelityReviewView, ScaleReviewView, TeamFidelityView };
export type FidelityPreview = z.infer<typeof FidelityPreviewSchema>;
export type ScalePreview = z.infer<typeof ScalePreviewSchema>;
export type ProgramScale = ItemScale & { program: string };

/** `GET /teams/:id/fidelity`: levels over time, reviews and what the team bills at today. */
export const useTeamFidelity = (teamId: string | undefined) => useQuery({
  queryKey: ['fidelity', 'team', teamId],
  queryFn: () => fetchJson<TeamFidelityView>(`/api/v1/teams/${encodeURIComponent(teamId!)}/fidelity`),
  enabled: !!teamId,
});

/** `POST /fidelity/preview`: the level the scores reach and every threshold check, recomputed as the reviewer types. */
export const useFidelityPreview = (teamId: string | undefined, overall: number | null, scores: Record<string, number>) => useQuery({
  queryKey: ['fidelity', 'preview', teamId, overall, scores],
  queryFn: () => fetchJson<FidelityPreview>('/api/v1/fidelity/preview', { method: 'POST', body: { teamId, overall: overall ?? 0, scores } }),
  enabled: !!teamId && overall !== null,
  placeholderData: keepPreviousData,
});

/** `POST /teams/:id/fidelity-reviews`. */
export function useRecordFidelityReview(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FidelityReviewInput) => fetchJson<FidelityReviewView>(`/api/v1/teams/${encodeURIComponent(teamId)}/fidelity-reviews`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fidelity', 'team', teamId] }),
  });
}

/** `POST /fidelity-reviews/:id/close`: cured (or never below the floor) keeps the level; not cured in time reverts it. */
export function useCloseFidelityReview(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; closedOn: string; belowFloorOn?: string | null; curedOn?: string | null }) =>
      fetchJson<FidelityReviewView>(`/api/v1/fidelity-reviews/${encodeURIComponent(id)}/close`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fidelity', 'team', teamId] }),
  });
}

/** `GET /fidelity/scales`: item scales with anchors and bands. */
export const useScales = () => useQuery({
  queryKey: ['fidelity', 'scales'], staleTime: 10 * 60_000,
  queryFn: async () => (await fetchJson<{ items: ProgramScale[] }>('/api/v1/fidelity/scales')).items,
});

export const useScaleReviews = (organizationId: string | undefined) => useQuery({
  queryKey: ['fidelity', 'scale-reviews', organizationId],
  queryFn: async () => (await fetchJson<{ items: ScaleReviewView[] }>(`/api/v1/organizations/${encodeURIComponent(organizationId!)}/scale-reviews`)).items,
  enabled: !!organizationId,
});

export const useScalePreview = (scale: string | undefined, ratings: Record<string, number>) => useQuery({
  queryKey: ['fidelity', 'scale-preview', scale, ratings],
  queryFn: () => fetchJson<ScalePreview>('/api/v1/fidelity/scale-preview', { method: 'POST', body: { scale, ratings } }),
  enabled: !!scale,
  placeholderData: keepPreviousData,
});

export function useRecordScaleReview(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ScaleReviewInput) => fetchJson<ScaleReviewView>(`/api/v1/organizations/${encodeURIComponent(organizationId)}/scale-reviews`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fidelity', 'scale-reviews', organizationId] }),
  });
}
