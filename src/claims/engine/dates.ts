// Calendar arithmetic on ISO dates (YYYY-MM-DD) for the engine and the claims around it: whole days in UTC, so no
// time zone or daylight-saving shift moves a date.

const DAY = 86_400_000;

/** The date `days` days after an ISO date (before it, for a negative count). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from one date to another (0 when the same, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The date `months` calendar months after an ISO date (day clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  // Memoized: a batch asks for the same few re-verification dates on every line.
  let byDate = monthsLater.get(months);
  if (!byDate) monthsLater.set(months, (byDate = new Map()));
  let later = byDate.get(date);
  if (later === undefined) byDate.set(date, (later = computeAddMonths(date, months)));
  return later;
}
const monthsLater = new Map<number, Map<string, string>>();

function computeAddMonths(date: string, months: number): string {
  const total = Number(date.slice(5, 7)) - 1 + months;
  const year = Number(date.slice(0, 4)) + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
