import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { fidelityReviews } from './tables.js';

/** What the claims engine needs per team: every information request as `{ id, pendFrom, closedOn }`, in one query. */
export async function reviewFactsForTeams(db: Db, teamIds: string[]): Promise<Map<string, Array<{ id: string; pendFrom: string; closedOn: string | null }>>> {
  const out = new Map<string, Array<{ id: string; pendFrom: string; closedOn: string | null }>>();
  if (!teamIds.length) return out;
  const rows = await db.select({ id: fidelityReviews.id, teamId: fidelityReviews.teamId, kind: fidelityReviews.kind, pendFrom: fidelityReviews.requestedOn, closedOn: fidelityReviews.closedOn })
    .from(fidelityReviews).where(inArray(fidelityReviews.teamId, teamIds)).orderBy(asc(fidelityReviews.requestedOn));
  // Full reviews are recorded closed on their own date: they never pend, so only information requests are facts.
  for (const r of rows) if (r.kind === 'information-request') out.set(r.teamId, [...(out.get(r.teamId) ?? []), { id: r.id, pendFrom: r.pendFrom, closedOn: r.closedOn }]);
  return out;
}
