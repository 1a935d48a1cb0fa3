import type { Catalog } from '../../catalog/index.js';
import { adjudicateMemberLines } from './adjudicate-member-lines.js';
import type { ClaimLine, LineOutcome, MemberContext } from './types.js';

/** The member a line belongs to for grouping: its resolved id, else its Medicaid id (an unmatched member). */
const memberKey = (line: ClaimLine) => line.memberId ?? `medicaid:${line.medicaidId}`;

/**
 * Adjudicates a batch: groups lines by member and runs each member's lines through `adjudicateMemberLines` with that
 * member's context (`contextOf` gets the key: member id, or `medicaid:<id>` for a line that matched no member).
 * Pure; outcomes come back in the batch's order.
 */
export function adjudicateBatch(catalog: Catalog, lines: readonly ClaimLine[], contextOf: (memberKey: string) => MemberContext): LineOutcome[] {
  const groups = new Map<string, ClaimLine[]>();
  for (const line of lines) {
    const key = memberKey(line);
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const outcomes = new Map<string, LineOutcome>();
  for (const [key, group] of groups) {
    for (const outcome of adjudicateMemberLines(catalog, group, contextOf(key))) outcomes.set(outcome.lineId, outcome);
  }
  return lines.map((l) => outcomes.get(l.lineId)!);
}
