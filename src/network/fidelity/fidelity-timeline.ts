import { Temporal } from 'temporal-polyfill';
import type { FidelityInstrument, FidelityLevel } from '../../catalog/schema/index.js';

/** An information request on a team's fidelity (an open review): billing pends from `requestedOn`. */
export interface ReviewFacts {
  id: string;
  requestedOn: string;
  /** The day a re-rated metric was found below the floor: the cure window starts. */
  belowFloorOn?: string | null;
  /** The day the team showed capacity above the floor on every identified metric. */
  curedOn?: string | null;
  closedOn?: string | null;
}

export interface TimelineFacts {
  /** The level the team was certified at and from when (a provisional certification or a full review's outcome). */
  certified: { level: string; on: string };
  /** A later full review's level and date (a provisional team must reach the pack's `mustReach` level in time). */
  reached?: { level: string; on: string } | null;
  /** The state placed a provisional team that did not reach `mustReach` in time on a corrective action plan. */
  correctiveAction?: boolean;
  reviews?: ReviewFacts[];
}

/** What a team's services bill at over a stretch of dates. */
export interface BillingPeriod {
  from: string;
  /** Last day, inclusive; null = open-ended. */
  to: string | null;
  /** The level the team holds. */
  level: string;
  /** The level whose billing applies (a provisional team bills at basic; a failed cure bills at the revert level). */
  billsAs: string;
  rateProgram: string;
  /** Lines in the period pend until the review named closes. */
  pended: boolean;
  reviewId?: string;
  why: 'certified' | 'provisional-year' | 'corrective-action' | 'not-reached-in-time' | 'review-pending' | 'cure-failed';
}

export interface Deadline { kind: 'reach-level' | 'cure'; due: string; level?: string; reviewId?: string; met: boolean | null }

export interface FidelityTimeline {
  periods: BillingPeriod[];
  /** Last day of the certification at the certified level (the pack's certificationMonths). */
  certifiedThrough: string | null;
  deadlines: Deadline[];
}

const date = (d: string) => Temporal.PlainDate.from(d);
const addDays = (d: string, days: number) => date(d).add({ days }).toString();
const addMonths = (d: string, months: number) => date(d).add({ months }).toString();
const before = (a: string, b: string) => Temporal.PlainDate.compare(date(a), date(b)) < 0;

/**
 * The billing consequences of a team's fidelity over time, as of a date: a provisional year billed at the level it
 * must reach (else reversion), information requests that pend billing, and cure windows whose failure reverts all
 * pended and future services to the level the pack names.
 */
export function fidelityTimeline(instrument: FidelityInstrument, facts: TimelineFacts, asOf: string): FidelityTimeline {
  const levels = new Map(instrument.levels.map((l) => [l.id, l]));
  const floor = [...instrument.levels].sort((a, b) => a.rank - b.rank)[0]!;
  const levelOf = (id: string): FidelityLevel => levels.get(id) ?? floor;
  const period = (from: string, to: string | null, level: string, billsAs: string, why: BillingPeriod['why']): BillingPeriod =>
    ({ from, to, level, billsAs, rateProgram: levelOf(billsAs).billing.rateProgram, pended: false, why });

  const held = levelOf(facts.certified.level);
  const start = facts.certified.on;
  const reached = facts.reached && !before(facts.reached.on, start) ? facts.reached : null;
  const deadlines: Deadline[] = [];
  let periods: BillingPeriod[] = [];

  if (held.durationMonths && held.mustReach) {
    const must = levelOf(held.mustReach);
    const windowEnd = addMonths(start, held.durationMonths);
    const reachedInTime = reached && levelOf(reached.level).rank >= must.rank && before(reached.on, windowEnd) ? reached : null;
    deadlines.push({ kind: 'reach-level', level: must.id, due: addDays(windowEnd, -1), met: reachedInTime ? true : before(asOf, windowEnd) ? null : false });
    if (reachedInTime) {
      periods.push(period(start, addDays(reachedInTime.on, -1), held.id, must.id, 'provisional-year'));
      periods.push(period(reachedInTime.on, null, reachedInTime.level, reachedInTime.level, 'certified'));
    } else {
      periods.push(period(start, addDays(windowEnd, -1), held.id, must.id, 'provisional-year'));
      let revertFrom = windowEnd;
      if (facts.correctiveAction && held.correctiveActionDays) {
        revertFrom = addDays(windowEnd, held.correctiveActionDays);
        periods.push(period(windowEnd, addDays(revertFrom, -1), held.id, must.id, 'corrective-action'));
      }
      const revertTo = held.review?.revertTo ?? floor.id;
      const later = reached && before(revertFrom, reached.on) ? reached : null;
      if (!reached || later) periods.push(period(revertFrom, later ? addDays(later.on, -1) : null, revertTo, revertTo, 'not-reached-in-time'));
      if (reached) periods.push(period(later ? reached.on : revertFrom, null, reached.level, reached.level, 'certified'));
    }
  } else {
    periods.push(period(start, reached ? addDays(reached.on, -1) : null, held.id, held.id, 'certified'));
    if (reached) periods.push(period(reached.on, null, reached.level, reached.level, 'certified'));
  }
  periods = periods.filter((p) => p.to === null || !before(p.to, p.from));

  for (const review of [...(facts.reviews ?? [])].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn))) {
    const heldThen = periods.find((p) => contains(p, review.requestedOn));
    if (!heldThen) continue;
    const rule = levelOf(heldThen.level).review;
    if (!rule?.pendOnRequest) continue;
    let failed = false;
    if (review.belowFloorOn && rule.cureDays) {
      const due = addDays(review.belowFloorOn, rule.cureDays);
      const cured = review.curedOn ? !before(due, review.curedOn) : null;
      failed = cured === false || (cured === null && before(due, asOf));
      deadlines.push({ kind: 'cure', due, reviewId: review.id, met: cured ?? (failed ? false : null) });
    }
    if (failed) {
      const revertTo = rule.revertTo ?? floor.id;
      // Reverted for all pended and future services, until a later full review certifies a level again.
      const until = periods.find((p) => p.why === 'certified' && before(review.requestedOn, p.from))?.from;
      periods = paint(periods, review.requestedOn, until ? addDays(until, -1) : null,
        (p) => ({ ...p, level: revertTo, billsAs: revertTo, rateProgram: levelOf(revertTo).billing.rateProgram, pended: false, reviewId: review.id, why: 'cure-failed' }));
    } else {
      const closed = review.closedOn && !before(asOf, review.closedOn) ? review.closedOn : null;
      periods = paint(periods, review.requestedOn, closed ? addDays(closed, -1) : null,
        (p) => ({ ...p, pended: true, reviewId: review.id, why: 'review-pending' }));
    }
  }
  return { periods, certifiedThrough: held.certificationMonths ? addDays(addMonths(start, held.certificationMonths), -1) : null, deadlines };
}

function contains(p: BillingPeriod, day: string): boolean {
  return !before(day, p.from) && (p.to === null || !before(p.to, day));
}

/** Applies `change` to the days from..to (inclusive; null = open), splitting periods at the edges. */
function paint(periods: BillingPeriod[], from: string, to: string | null, change: (p: BillingPeriod) => BillingPeriod): BillingPeriod[] {
  if (to !== null && before(to, from)) return periods;
  const out: BillingPeriod[] = [];
  for (const p of periods) {
    const startsAfter = to !== null && before(to, p.from);
    const endsBefore = p.to !== null && before(p.to, from);
    if (startsAfter || endsBefore) { out.push(p); continue; }
    if (before(p.from, from)) out.push({ ...p, to: addDays(from, -1) });
    const innerFrom = before(p.from, from) ? from : p.from;
    const innerTo = to === null ? p.to : p.to === null || before(to, p.to) ? to : p.to;
    out.push(change({ ...p, from: innerFrom, to: innerTo }));
    if (to !== null && (p.to === null || before(to, p.to))) out.push({ ...p, from: addDays(to, 1) });
  }
  return out;
}
