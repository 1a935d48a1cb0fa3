import type { Limit } from '../../catalog/index.js';
import type { MemberFacts } from './types.js';

/**
 * The accumulator period a service date falls in for a limit: day (the date), week (the Monday it starts),
 * month (YYYY-MM), calendar year (YYYY), plan year (from the anniversary of the member's Recovery Plan start),
 * lifetime; a stay, episode or transition keys by the start of the continuous span that contains the date (see
 * service-span.ts), null when no span does. An authorization period returns null (not kept from lines).
 */
export function periodKey(period: Limit['period'], date: string, member: MemberFacts | null, span: { from: string } | null = null): string | null {
  switch (period) {
    case 'day': return date;
    case 'week': return `week-of-${mondayOf(date)}`;
    case 'month': return date.slice(0, 7);
    case 'calendar-year': return date.slice(0, 4);
    case 'plan-year': return planYearKey(date, member);
    case 'lifetime': return 'lifetime';
    case 'stay': case 'episode': case 'transition': return span ? `${period}-${span.from}` : null;
    default: return null;
  }
}

/** Plan year: the year starting on the anniversary of the earliest Recovery Plan line in force on the date. */
function planYearKey(date: string, member: MemberFacts | null): string {
  let start: string | null = null;
  for (const p of member?.planLines ?? []) {
    if (p.from <= date && (p.to === null || date <= p.to) && (start === null || p.from < start)) start = p.from;
  }
  // Without a plan there is no plan year; the calendar year keeps the limit enforceable (plan-required denies anyway).
  if (start === null) return `plan-year-none-${date.slice(0, 4)}`;
  const monthDay = start.slice(4);
  let year = Number(date.slice(0, 4));
  if (`${year}${monthDay}` > date) year -= 1;
  return `plan-year-${year}${monthDay}`;
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
