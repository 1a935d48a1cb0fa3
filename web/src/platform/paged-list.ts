import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { fetchJson, toQuery } from './fetch-json.ts';

/** One page of a list endpoint: `{ items, total, page, pageSize }`. */
export interface Paged<T> { items: T[]; total: number; page: number; pageSize: number }

export interface ListParams {
  q?: string;
  page?: number;
  pageSize?: number;
  [filter: string]: string | number | undefined;
}

export const defaultPageSize = 25;

/** A page of `path` (`/api/v1/members`) for a search text and page number; keeps the last page while the next loads. */
export function usePagedList<T>(path: string, params: ListParams, options: { enabled?: boolean } = {}) {
  const query = { ...params, page: params.page ?? 1, pageSize: params.pageSize ?? defaultPageSize };
  return useQuery({
    queryKey: ['list', path, query],
    queryFn: async () => normalizePage<T>(await fetchJson<unknown>(`${path}${toQuery(query)}`), query.page, query.pageSize),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

/** Accepts `{ items, total }` and, defensively, a bare array. */
function normalizePage<T>(body: unknown, page: number, pageSize: number): Paged<T> {
  if (Array.isArray(body)) return { items: body as T[], total: body.length, page, pageSize };
  const b = (body ?? {}) as Partial<Paged<T>>;
  const items = Array.isArray(b.items) ? b.items : [];
  return { items, total: typeof b.total === 'number' ? b.total : items.length, page: b.page ?? page, pageSize: b.pageSize ?? pageSize };
}

/** A list page's search text and page number, kept in the URL (`?q=smith&page=2`) so lists are deep-linkable. */
export function useListSearch() {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const q = typeof search.q === 'string' ? search.q : search.q === undefined ? '' : String(search.q);
  const pageNumber = Number(search.page);
  const page = Number.isInteger(pageNumber) && pageNumber > 0 ? pageNumber : 1;
  const update = useCallback((next: { q?: string; page?: number }) => {
    void navigate({
      to: '.',
      replace: true,
      search: ((prev: Record<string, unknown>) => {
        const merged: Record<string, unknown> = { ...prev, ...next };
        if (!merged.q) delete merged.q;
        if (!merged.page || merged.page === 1) delete merged.page;
        return merged;
      }) as never,
    });
  }, [navigate]);
  return {
    q,
    page,
    setQ: useCallback((value: string) => update({ q: value, page: 1 }), [update]),
    setPage: useCallback((value: number) => update({ page: value }), [update]),
  };
}
