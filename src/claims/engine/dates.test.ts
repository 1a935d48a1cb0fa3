import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween } from './dates.js';

describe('addMonths', () => {
  test.each([
    ['2025-01-31', 1, '2025-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2025-03-15', 6, '2025-09-15'],
    ['2025-11-30', 3, '2026-02-28'], ['2025-12-01', 12, '2026-12-01'], ['2025-05-31', 0, '2025-05-31'],
  ])('%s plus %i month(s) is %s, the day clamped to the month end', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
    expect(addMonths(date, months)).toBe(expected); // the memoized answer is the same
  });
});

describe('addDays and daysBetween', () => {
  test.each([['2025-02-28', 1, '2025-03-01'], ['2024-02-28', 1, '2024-02-29'], ['2025-01-01', -1, '2024-12-31'], ['2025-03-09', 1, '2025-03-10']])(
    '%s plus %i day(s) is %s, and back', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
      expect(daysBetween(date, expected)).toBe(days);
    });
});
