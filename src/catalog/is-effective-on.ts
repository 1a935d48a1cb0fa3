import type { Effective } from './schema/index.js';

/** Whether an entry is in force on a service date; both ends are inclusive, an open `to` means "until replaced". */
export function isEffectiveOn(entry: { effective: Effective }, date: string): boolean {
  // ISO calendar dates compare correctly as strings.
  return entry.effective.from <= date && (entry.effective.to === undefined || date <= entry.effective.to);
}

/** Whether two effective spans share at least one day. */
export function effectiveOverlaps(a: Effective, b: Effective): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

/** The entries in force on a date, in file order; without a date, all of them. */
export function inForceOn<T extends { effective: Effective }>(entries: readonly T[], date?: string): readonly T[] {
  return date === undefined ? entries : entries.filter((e) => isEffectiveOn(e, date));
}
