import { useQueries } from '@tanstack/react-query';
import { fetchJson } from '../platform/fetch-json.ts';
import { humanize } from '../platform/format.ts';
import { usePrograms, type CatalogPack } from './api.ts';

/**
 * Service ids → the manual's service names, from every loaded pack (cached with the catalog pages' queries), so
 * records show "Assertive Community Treatment (ACT)" rather than "act". Falls back to a readable id.
 */
export function useServiceNames(): (id: string | null | undefined) => string {
  const programs = usePrograms();
  const packs = useQueries({
    queries: (programs.data ?? []).map((p) => ({
      queryKey: ['catalog', 'services-of', p.id],
      queryFn: async () => (await fetchJson<Partial<CatalogPack>>(`/api/v1/catalog/${encodeURIComponent(p.id)}`)).services ?? [],
      staleTime: 10 * 60_000,
    })),
  });
  const names = new Map<string, string>();
  for (const pack of packs) for (const s of pack.data ?? []) if (!names.has(s.id)) names.set(s.id, s.name);
  return (id) => (id ? names.get(id) ?? humanize(id) : '');
}
