import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { FidelityInstrument } from '../../catalog/index.js';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import { fidelityTimeline } from './fidelity-timeline.js';
import { loadReviewRow, reviewView, setLevelFrom, visibleTeam } from './store.js';
import { fidelityReviews } from './tables.js';
import type { CloseFidelityReview, FidelityReviewView } from './types.js';

/**
 * What else happens when a review closes, inside the same transaction (claims wires its re-adjudication of the
 * team's pended lines here, so network need not import claims). A throw rolls the close back.
 */
export type OnReviewClosed = (tx: Db, caller: Caller, teamId: string) => Promise<void>;

/**
 * Closes an information request. Metrics cured within the cure window (or never below the floor): the team keeps its
 * level and pended lines are released. Not cured by the last day: the level reverts, from the request date, for all
 * pended and future services, and the reverted level is written to the team's fidelity history. Then `onClosed`
 * runs in the same transaction, so pended lines are re-adjudicated at the resulting level or the close is undone.
 */
export async function closeFidelityReview(db: Db, caller: Caller, reviewId: string, input: CloseFidelityReview,
  instrumentById: (id: string) => FidelityInstrument | undefined, onClosed?: OnReviewClosed): Promise<Result<FidelityReviewView>> {
  return db.transaction(async (tx) => {
    const review = await loadReviewRow(tx, reviewId);
    if (!review || !(await visibleTeam(tx, caller, review.teamId))) return fail(problems.notFound('Fidelity review', reviewId));
    if (review.closedOn) return fail(problems.conflict(`The review closed on ${review.closedOn}.`));
    const instrument = instrumentById(review.instrument);
    if (!instrument) return fail(problems.unprocessable('No fidelity instrument', `The policy has no instrument ${review.instrument}.`));
    const errors = [
      input.closedOn < review.requestedOn ? { path: 'closedOn', message: `Must not be before the request (${review.requestedOn})` } : null,
      input.belowFloorOn && input.belowFloorOn < review.requestedOn ? { path: 'belowFloorOn', message: 'Must not be before the request' } : null,
      input.belowFloorOn && input.belowFloorOn > input.closedOn ? { path: 'belowFloorOn', message: 'Must not be after the closing date' } : null,
      input.curedOn && !input.belowFloorOn ? { path: 'curedOn', message: 'A cure needs the date a metric fell below the floor' } : null,
      input.curedOn && input.belowFloorOn && input.curedOn < input.belowFloorOn ? { path: 'curedOn', message: 'Must not be before belowFloorOn' } : null,
      input.curedOn && input.curedOn > input.closedOn ? { path: 'curedOn', message: 'Must not be after the closing date' } : null,
      ...Object.keys(input.scores ?? {}).filter((k) => !instrument.subscales.some((s) => s.id === k))
        .map((k) => ({ path: `scores.${k}`, message: `Not a metric of ${instrument.id}` })),
    ].filter((e): e is { path: string; message: string } => e !== null);
    if (errors.length) return fail(problems.validation(errors));

    const held = review.heldLevel ?? instrument.levels[0]!.id;
    const facts = { id: review.id, requestedOn: review.requestedOn, belowFloorOn: input.belowFloorOn, curedOn: input.curedOn, closedOn: input.closedOn };
    const timeline = fidelityTimeline(instrument, { certified: { level: held, on: review.requestedOn }, reviews: [facts] }, input.closedOn);
    const cure = timeline.deadlines.find((d) => d.kind === 'cure');
    if (cure && cure.met === null) {
      return fail(problems.unprocessable('Cure window still open', `The team has until ${cure.due} to cure; close the review with the cure date or after that day.`, { cureDueOn: cure.due }));
    }
    const outcome = cure?.met === false ? timeline.periods.at(-1)!.billsAs : held;
    const [row] = await tx.update(fidelityReviews).set({
      closedOn: input.closedOn, belowFloorOn: input.belowFloorOn ?? null, curedOn: input.curedOn ?? null, outcomeLevel: outcome,
      scores: { ...review.scores, ...(input.scores ?? {}) }, note: input.note ?? review.note, closedBy: caller.userId,
    }).where(eq(fidelityReviews.id, review.id)).returning();
    if (cure?.met === false) {
      await setLevelFrom(tx, { id: randomUUID(), teamId: review.teamId, organizationId: review.organizationId, level: outcome,
        fromDate: review.requestedOn, toDate: null, overallScore: null },
      Temporal.PlainDate.from(review.requestedOn).subtract({ days: 1 }).toString());
    }
    if (onClosed) await onClosed(tx, caller, review.teamId);
    await recordAudit(tx, caller, { action: 'update', entity: 'fidelity-review', entityId: review.id, detail: { closedOn: input.closedOn, outcome, reverted: cure?.met === false } });
    return ok(reviewView(row!));
  });
}
