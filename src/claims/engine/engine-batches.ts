import { memberKey } from './adjudicate-batch.js';
import type { ClaimLine } from './types.js';

/** Lines per engine call in the measures: the size of a pipeline batch (2,000 claims), not the whole input at once. */
export const BATCH_LINES = 10_000;

/**
 * The lines in batches of about `size`, members kept whole, in first-seen order — how the pipeline hands the engine a
 * batch at a time and lets its outcomes go once persisted. (One call over a million lines would measure the garbage
 * collector holding a million outcomes, not the engine.)
 */
export function batchesOf(lines: readonly ClaimLine[], size = BATCH_LINES): ClaimLine[][] {
  const byMember = new Map<string, ClaimLine[]>();
  for (const line of lines) {
    const key = memberKey(line);
    const list = byMember.get(key);
    if (list) list.push(line); else byMember.set(key, [line]);
  }
  const batches: ClaimLine[][] = [];
  let batch: ClaimLine[] = [];
  for (const member of byMember.values()) {
    batch.push(...member);
    if (batch.length >= size) { batches.push(batch); batch = []; }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Adjudicates batch by batch and keeps only the count of each status. */
export function adjudicateCounting(batches: readonly ClaimLine[][], run: (batch: ClaimLine[]) => readonly { status: string }[]): Record<string, number> {
  const byStatus: Record<string, number> = {};
  for (const batch of batches) for (const o of run(batch)) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  return byStatus;
}
