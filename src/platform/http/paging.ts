import { z } from 'zod';

/** `?q=&page=&pageSize=` on every list endpoint. */
export const PageQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The shape every list endpoint answers with. */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
export interface Paged<T> { items: T[]; total: number; page: number; pageSize: number }

export function offsetOf(q: PageQuery): number {
  return (q.page - 1) * q.pageSize;
}
