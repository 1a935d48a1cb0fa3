import { useQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json.ts';

/** One record with its nested children: `GET /api/v1/<entity>/:id`; a 404 means missing or out of scope. */
export function useRecord<T>(entity: string, id: string | undefined) {
  return useQuery({
    queryKey: [entity, id],
    queryFn: () => fetchJson<T>(`/api/v1/${entity}/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}
