import type { ConditionValue } from './schema/index.js';

/** Whether a caller's value satisfies a rate condition: the same enumerated value, or a whole number in range. */
export function conditionMatches(condition: ConditionValue, value: string | number): boolean {
  if (typeof condition === 'string') return String(value) === condition;
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && (condition.min === undefined || n >= condition.min) && (condition.max === undefined || n <= condition.max);
}

/** Whether two conditions on one dimension can both hold for some value (used to find overlapping rates). */
export function conditionsOverlap(a: ConditionValue, b: ConditionValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === 'string' && typeof b === 'string' ? a === b : false;
  const low = Math.max(a.min ?? -Infinity, b.min ?? -Infinity);
  const high = Math.min(a.max ?? Infinity, b.max ?? Infinity);
  return low <= high;
}
