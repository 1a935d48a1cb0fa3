import { createHash } from 'node:crypto';
import type { Finding, TraceStep } from './engine/types.js';

/**
 * The explanation trace as stored: `<edit set id>:<one 0/1 per step>`. Every line runs the same ordered list of
 * edits, so the list is stored once (claim_edit_sets) and a line keeps only which of them applied — about 40
 * bytes instead of a kilobyte of JSON; the findings are stored beside it and put back on their steps on read.
 */
export interface StoredTrace { setId: string; edits: readonly string[]; text: string }

const setIds = new Map<string, string>();

/** A stable id for an ordered list of edit ids (a hash, so every process names the same list the same way). */
export function editSetId(edits: readonly string[]): string {
  const key = edits.join(',');
  let id = setIds.get(key);
  if (!id) setIds.set(key, (id = createHash('sha256').update(key).digest('hex').slice(0, 12)));
  return id;
}

export function storeTrace(trace: readonly TraceStep[]): StoredTrace {
  const edits = trace.map((s) => s.edit);
  const setId = editSetId(edits);
  let bits = '';
  for (const s of trace) bits += s.applied ? '1' : '0';
  return { setId, edits, text: `${setId}:${bits}` };
}

/**
 * The trace of a stored line: its steps in order with the line's findings on the steps that made them. `edits`
 * is the line's edit set; a trace stored before compaction (a JSON array) is returned as it was.
 */
export function expandTrace(stored: string | null, editSets: ReadonlyMap<string, readonly string[]>, findings: readonly Finding[]): TraceStep[] {
  if (!stored) return [];
  if (stored.startsWith('[')) return JSON.parse(stored) as TraceStep[];
  const [setId, bits = ''] = stored.split(':');
  const edits = editSets.get(setId!);
  if (!edits) return [];
  return edits.map((edit, i) => ({ edit, applied: bits[i] === '1', findings: findings.filter((f) => f.edit === edit) }));
}

/** The edit set ids a page of stored traces refers to (to load their lists in one query). */
export function editSetIdsOf(stored: ReadonlyArray<string | null>): string[] {
  const ids = new Set<string>();
  for (const s of stored) if (s && !s.startsWith('[')) ids.add(s.slice(0, s.indexOf(':')));
  return [...ids];
}
