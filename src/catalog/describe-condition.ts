import type { ConditionValue, Dimension } from './schema/index.js';

/** A condition value in words: the dimension's label for it, or a range ("up to 5", "6–8", "9 or more"). */
export function describeValue(dimension: Dimension | undefined, value: ConditionValue): string {
  if (typeof value === 'string') return dimension?.labels?.[value] ?? value;
  const { min, max } = value;
  if (min !== undefined && max !== undefined) return min === max ? String(min) : `${min}–${max}`;
  if (max !== undefined) return `up to ${max}`;
  if (min !== undefined) return `${min} or more`;
  return 'any';
}

/** Conditions in words for fee schedules and messages: `Team size: Small team; Team stage: Established team`. */
export function describeConditions(
  dimensionOf: (id: string) => Dimension | undefined, conditions: Readonly<Record<string, ConditionValue>>,
): string {
  return Object.entries(conditions)
    .map(([id, value]) => `${dimensionOf(id)?.label ?? id}: ${describeValue(dimensionOf(id), value)}`)
    .join('; ');
}
