import type { Source } from '../../catalog/index.js';
import type { Finding } from '../engine/types.js';

/** The `rule` of a finding from a pack entry: its id, manual citation and decision. */
export function ruleRef(entry: { id: string; source?: Source; decision?: string | undefined }): Finding['rule'] {
  return entry.decision ? { id: entry.id, source: entry.source ?? null, decision: entry.decision } : { id: entry.id, source: entry.source ?? null };
}

/** A finding's `rule` where the check is claims law, not a pack rule (eligibility, duplicates): no manual line. */
export const engineRule = (id: string): Finding['rule'] => ({ id, source: null });
