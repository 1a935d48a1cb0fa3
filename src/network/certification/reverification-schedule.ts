import { Temporal } from 'temporal-polyfill';

export type ReverificationState = 'current' | 'due-in-60-days' | 'due-in-30-days' | 'overdue' | 'not-scheduled';

export interface ReverificationStatus {
  state: ReverificationState;
  /** The date re-verification is due: the earlier of last verification + everyMonths and the end of certification. */
  dueOn: string | null;
  /** Calendar days from `asOf` to `dueOn` (negative when overdue). */
  daysLeft: number | null;
}

export interface EnrollmentDates {
  lastVerifiedOn: string | null;
  certifiedThrough: string | null;
  /** The provider type's `verification.everyMonths`; undefined when the pack sets no cadence. */
  everyMonths: number | undefined;
}

/**
 * When an enrollment's re-verification is due and how close: warnings at 60 and 30 days, overdue the day after the
 * due date (the claims engine denies then too). Months add as calendar months, clamped to the month's end.
 */
export function reverificationSchedule(dates: EnrollmentDates, asOf: string): ReverificationStatus {
  const candidates: string[] = [];
  if (dates.everyMonths !== undefined && dates.lastVerifiedOn) {
    candidates.push(Temporal.PlainDate.from(dates.lastVerifiedOn).add({ months: dates.everyMonths }).toString());
  }
  if (dates.certifiedThrough) candidates.push(dates.certifiedThrough);
  if (candidates.length === 0) return { state: 'not-scheduled', dueOn: null, daysLeft: null };
  const dueOn = candidates.sort()[0]!;
  const daysLeft = Temporal.PlainDate.from(asOf).until(Temporal.PlainDate.from(dueOn), { largestUnit: 'days' }).days;
  const state: ReverificationState = daysLeft < 0 ? 'overdue' : daysLeft <= 30 ? 'due-in-30-days' : daysLeft <= 60 ? 'due-in-60-days' : 'current';
  return { state, dueOn, daysLeft };
}
