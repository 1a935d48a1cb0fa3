import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { FidelityInstrument } from '../../catalog/index.js';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import { computeFidelityLevel } from './compute-fidelity-level.js';
import { levelOn, openReviewOf, reviewView, setLevelFrom, visibleTeam } from './store.js';
import { fidelityReviews } from './tables.js';
import type { FidelityReviewInput, FidelityReviewView } from './types.js';

const addDays = (d: string, days: number) => Temporal.PlainDate.from(d).add({ days }).toString();
const addMonths = (d: string, months: number) => Temporal.PlainDate.from(d).add({ months }).toString();

/**
 * Records a team's fidelity review. A full review places the team at the level its scores reach and writes that level
 * from the review date for the level's certification period; an information request opens a review (billing pends).
 */
export async function recordFidelityReview(db: Db, caller: Caller, teamId: string, input: FidelityReviewInput,
  instrumentOf: (teamProgram: string) => FidelityInstrument | undefined): Promise<Result<FidelityReviewView>> {
  return db.transaction(async (tx) => {
    const team = await visibleTeam(tx, caller, teamId);
    if (!team) return fail(problems.notFound('Team', teamId));
    const instrument = instrumentOf(team.program);
    if (!instrument) return fail(problems.unprocessable('No fidelity instrument', `The policy rates no ${team.program} teams for fidelity.`));
    const id = randomUUID();

    if (input.kind === 'information-request') {
      const held = await levelOn(tx, team.id, input.requestedOn);
      const level = instrument.levels.find((l) => l.id === held?.level);
      if (!level?.review?.pendOnRequest) {
        return fail(problems.unprocessable('Nothing to review', `On ${input.requestedOn} the team holds no fidelity level that a review pends.`));
      }
      if (await openReviewOf(tx, team.id)) return fail(problems.conflict('The team already has an open fidelity review; close it first.'));
      const [row] = await tx.insert(fidelityReviews).values({
        id, teamId: team.id, organizationId: team.organizationId, instrument: instrument.id, kind: 'information-request',
        requestedOn: input.requestedOn, heldLevel: level.id, scores: {}, note: input.note ?? null, createdBy: caller.userId,
      }).returning();
      await recordAudit(tx, caller, { action: 'create', entity: 'fidelity-review', entityId: id, detail: { teamId, kind: input.kind } });
      return ok(reviewView(row!));
    }

    const known = new Set(instrument.subscales.map((s) => s.id));
    const errors = [
      ...Object.keys(input.scores).filter((k) => !known.has(k)).map((k) => ({ path: `scores.${k}`, message: `Not a metric of ${instrument.id}` })),
      ...[...known].filter((k) => input.scores[k] === undefined).map((k) => ({ path: `scores.${k}`, message: 'Required' })),
    ];
    if (errors.length) return fail(problems.validation(errors));
    const provisional = instrument.levels.find((l) => l.onlyForNewTeams);
    const isNewTeam = !!provisional?.durationMonths && input.reviewedOn < addMonths(team.startDate, provisional.durationMonths);
    const { level } = computeFidelityLevel(instrument, { overall: input.overall, subscales: input.scores }, { isNewTeam });
    const held = await levelOn(tx, team.id, input.reviewedOn);
    const [row] = await tx.insert(fidelityReviews).values({
      id, teamId: team.id, organizationId: team.organizationId, instrument: instrument.id, kind: 'full',
      requestedOn: input.reviewedOn, closedOn: input.reviewedOn, heldLevel: held?.level ?? null, outcomeLevel: level.id,
      overallScore: input.overall, scores: input.scores, note: input.note ?? null, createdBy: caller.userId, closedBy: caller.userId,
    }).returning();
    // A provisional level bills for its whole first year; other levels run their certification period.
    const months = level.durationMonths ?? level.certificationMonths;
    await setLevelFrom(tx, {
      id: randomUUID(), teamId: team.id, organizationId: team.organizationId, level: level.id, fromDate: input.reviewedOn,
      toDate: months ? addDays(addMonths(input.reviewedOn, months), -1) : null, overallScore: input.overall,
    }, addDays(input.reviewedOn, -1));
    await recordAudit(tx, caller, { action: 'create', entity: 'fidelity-review', entityId: id, detail: { teamId, kind: input.kind, level: level.id } });
    return ok(reviewView(row!));
  });
}
