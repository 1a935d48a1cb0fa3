import type { FidelityInstrument } from '../../catalog/index.js';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { fidelityTimeline } from './fidelity-timeline.js';
import { reviewView, teamLevels, teamReviews, visibleTeam } from './store.js';
import type { TeamFidelityView } from './types.js';

/**
 * A team's fidelity levels over time, its reviews, and what it bills at from its current level on as of today
 * (pended while an information request is open; reverted when a cure failed). Null: no such team for the caller.
 */
export async function teamFidelityHistory(db: Db, caller: Caller, teamId: string, today: string,
  instrumentOf: (teamProgram: string) => FidelityInstrument | undefined): Promise<TeamFidelityView | null> {
  const team = await visibleTeam(db, caller, teamId);
  if (!team) return null;
  const instrument = instrumentOf(team.program);
  const [levels, reviews] = await Promise.all([teamLevels(db, team.id), teamReviews(db, team.id)]);
  const current = [...levels].reverse().find((l) => l.fromDate <= today) ?? null;
  const requests = reviews.filter((r) => r.kind === 'information-request' && (!current || r.requestedOn >= current.fromDate));
  const timeline = instrument && current
    ? fidelityTimeline(instrument, {
      certified: { level: current.level, on: current.fromDate },
      reviews: requests.map((r) => ({ id: r.id, requestedOn: r.requestedOn, belowFloorOn: r.belowFloorOn, curedOn: r.curedOn, closedOn: r.closedOn })),
    }, today)
    : null;
  const cureDue = new Map((timeline?.deadlines ?? []).filter((d) => d.kind === 'cure').map((d) => [d.reviewId, d.due]));
  return {
    teamId: team.id, teamName: team.name, organizationId: team.organizationId, program: team.program,
    instrument: instrument ? {
      id: instrument.id, name: instrument.name, subscales: instrument.subscales.map((s) => ({ id: s.id, name: s.name })),
      levels: instrument.levels.map((l) => ({ id: l.id, name: l.name, rank: l.rank })),
    } : null,
    levels: levels.map((l) => ({ level: l.level, from: l.fromDate, to: l.toDate, overallScore: l.overallScore })),
    reviews: reviews.map((r) => reviewView(r, cureDue.get(r.id) ?? null)),
    billing: timeline?.periods ?? [],
    deadlines: timeline?.deadlines ?? [],
  };
}
