import { describe, expect, test } from 'vitest';
import { addMonths, epochDay, isoDate } from './epoch-day.js';

describe('epoch days', () => {
  test('1970-01-01 is day 0 and days round-trip through ISO dates for two centuries', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    for (let day = epochDay('1900-01-01'); day < epochDay('2100-12-31'); day += 17) {
      const iso = isoDate(day);
      expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      expect(epochDay(iso)).toBe(day);
    }
  });
  test.each([
    ['2025-01-31', 1, '2025-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2025-06-30', 6, '2025-12-30'],
    ['2025-11-15', 3, '2026-02-15'], ['2025-03-31', -1, '2025-02-28'],
  ])('%s plus %i month(s) is %s', (from, months, to) => expect(isoDate(addMonths(epochDay(from), months))).toBe(to));
});
