import type { Catalog } from '../../catalog/index.js';
import { adjudicateMemberLines } from './adjudicate-member-lines.js';
import type { ClaimLine, LineOutcome, MemberContext } from './types.js';

/** The member a line belongs to for grouping: its resolved id, else its Medicaid id (an unmatched member). */
export const memberKey = (line: ClaimLine) => line.memberId ?? `medicaid:${line.medicaidId}`;

/**
 * Adjudicates a batch: groups lines by member and runs each member's lines through `adjudicateMemberLines` with that
 * member's context (`contextOf` gets the key: member id, or `medicaid:<id>` for a line that matched no member).
 * Pure; outcomes come back in the batch's order.
 */
export function adjudicateBatch(catalog: Catalog, lines: readonly ClaimLine[], contextOf: (memberKey: string) => MemberContext): LineOutcome[] {
  // Positions, not line ids, carry outcomes back: no per-line string hashing on the hot path.
  const groups = new Map<string, { lines: ClaimLine[]; at: number[] }>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = memberKey(line);
    const group = groups.get(key);
    if (group) { group.lines.push(line); group.at.push(i); } else groups.set(key, { lines: [line], at: [i] });
  }
  const outcomes = new Array<LineOutcome>(lines.length);
  for (const [key, group] of groups) {
    const decided = adjudicateMemberLines(catalog, group.lines, contextOf(key));
    for (let k = 0; k < decided.length; k++) outcomes[group.at[k]!] = decided[k]!;
  }
  return outcomes;
}
