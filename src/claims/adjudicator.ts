import type { Catalog } from '../catalog/index.js';
import { adjudicateMemberLines } from './engine/adjudicate-member-lines.js';
import type { ClaimLine, LineOutcome, MemberContext } from './engine/types.js';

/** The pure engine's entry point: one member's lines (date order) and context in, one outcome per line out. */
export type Adjudicate = (catalog: Catalog, lines: ClaimLine[], context: MemberContext) => LineOutcome[];

/** The engine's `adjudicateMemberLines` (async so callers need not change if the engine moves to workers). */
export async function loadAdjudicator(): Promise<Adjudicate> {
  return (catalog, lines, context) => adjudicateMemberLines(catalog, lines, context);
}
