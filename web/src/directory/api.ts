import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DirectoryFilters, DirectoryPage } from '../../../src/directory/types.ts';
import { fetchJson, toQuery } from '../platform/fetch-json.ts';

export type { DirectoryEntry, DirectoryFilters, DirectoryPage } from '../../../src/directory/types.ts';

export interface DirectorySearch { service?: string; county?: string; accepting?: 'true' | 'false'; q?: string; page?: number }

/** `GET /api/v1/directory` (public): certified providers matching the filters. */
export function useDirectory(search: DirectorySearch) {
  return useQuery({
    queryKey: ['directory', search],
    queryFn: () => fetchJson<DirectoryPage>(`/api/v1/directory${toQuery({ ...search, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/v1/directory/filters` (public): the services and counties to filter by. */
export function useDirectoryFilters() {
  return useQuery({ queryKey: ['directory', 'filters'], queryFn: () => fetchJson<DirectoryFilters>('/api/v1/directory/filters'), staleTime: 10 * 60_000 });
}
