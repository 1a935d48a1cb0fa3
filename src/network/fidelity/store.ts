import { and, asc, desc, eq, gte, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { seesAllOrganizations, type Caller } from '../../platform/auth/caller.js';
import { teamFidelity, teams } from '../index.js';
import { fidelityReviews, scaleReviews } from './tables.js';
import type { FidelityReviewView, ScaleReviewView } from './types.js';

export type TeamRow = typeof teams.$inferSelect;
export type ReviewRow = typeof fidelityReviews.$inferSelect;
export type LevelRow = typeof teamFidelity.$inferSelect;

/** The team if the caller may see it (provider staff: their own organization's); otherwise null. */
export async function visibleTeam(db: Db, caller: Caller, id: string): Promise<TeamRow | null> {
  const [team] = await db.select().from(teams).where(eq(teams.id, id));
  if (!team) return null;
  return seesAllOrganizations(caller) || team.organizationId === caller.organizationId ? team : null;
}

export async function teamLevels(db: Db, teamId: string): Promise<LevelRow[]> {
  return db.select().from(teamFidelity).where(eq(teamFidelity.teamId, teamId)).orderBy(asc(teamFidelity.fromDate));
}

/** The level a team held on a day (null: none recorded). */
export async function levelOn(db: Db, teamId: string, day: string): Promise<LevelRow | null> {
  const [row] = await db.select().from(teamFidelity)
    .where(and(eq(teamFidelity.teamId, teamId), lte(teamFidelity.fromDate, day), or(isNull(teamFidelity.toDate), gte(teamFidelity.toDate, day))))
    .orderBy(desc(teamFidelity.fromDate)).limit(1);
  return row ?? null;
}

/** Writes a level from a day on: earlier levels end the day before, levels that started on or after it are replaced. */
export async function setLevelFrom(db: Db, row: typeof teamFidelity.$inferInsert, dayBefore: string): Promise<void> {
  await db.delete(teamFidelity).where(and(eq(teamFidelity.teamId, row.teamId), gte(teamFidelity.fromDate, row.fromDate)));
  await db.update(teamFidelity).set({ toDate: dayBefore })
    .where(and(eq(teamFidelity.teamId, row.teamId), lt(teamFidelity.fromDate, row.fromDate), or(isNull(teamFidelity.toDate), gte(teamFidelity.toDate, row.fromDate))));
  await db.insert(teamFidelity).values(row);
}

export async function teamReviews(db: Db, teamId: string): Promise<ReviewRow[]> {
  return db.select().from(fidelityReviews).where(eq(fidelityReviews.teamId, teamId)).orderBy(desc(fidelityReviews.requestedOn), desc(fidelityReviews.createdAt));
}

export async function loadReviewRow(db: Db, id: string): Promise<ReviewRow | null> {
  const [row] = await db.select().from(fidelityReviews).where(eq(fidelityReviews.id, id));
  return row ?? null;
}

export async function openReviewOf(db: Db, teamId: string): Promise<ReviewRow | null> {
  const [row] = await db.select().from(fidelityReviews).where(and(eq(fidelityReviews.teamId, teamId), isNull(fidelityReviews.closedOn)));
  return row ?? null;
}

export function reviewView(r: ReviewRow, cureDueOn: string | null = null): FidelityReviewView {
  return {
    id: r.id, teamId: r.teamId, organizationId: r.organizationId, instrument: r.instrument, kind: r.kind, requestedOn: r.requestedOn,
    closedOn: r.closedOn, heldLevel: r.heldLevel, outcomeLevel: r.outcomeLevel, overallScore: r.overallScore, scores: r.scores ?? {},
    belowFloorOn: r.belowFloorOn, curedOn: r.curedOn, cureDueOn, note: r.note, createdAt: new Date(r.createdAt).toISOString(),
  };
}

export async function organizationScaleReviews(db: Db, organizationId: string, filter: { program?: string; scale?: string }): Promise<(typeof scaleReviews.$inferSelect)[]> {
  return db.select().from(scaleReviews).where(and(eq(scaleReviews.organizationId, organizationId),
    filter.program ? eq(scaleReviews.program, filter.program) : undefined, filter.scale ? eq(scaleReviews.scale, filter.scale) : undefined))
    .orderBy(asc(scaleReviews.reviewedOn), asc(scaleReviews.createdAt));
}

export function scaleReviewView(r: typeof scaleReviews.$inferSelect, bandName: string | null): ScaleReviewView {
  return { id: r.id, organizationId: r.organizationId, program: r.program, scale: r.scale, reviewedOn: r.reviewedOn, ratings: r.ratings,
    total: r.total, band: r.band, bandName, note: r.note, createdAt: new Date(r.createdAt).toISOString() };
}
