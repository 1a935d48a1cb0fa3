import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aLine, aMemberContext, catalog } from '../edits/test-world.js';
import { adjudicateMemberLines } from './adjudicate-member-lines.js';

const levels = [['AM', 'S-AM'], ['HP', 'S-HP'], ['HO', 'S-HO'], ['TD', 'S-TD'], ['HN', 'S-HN'], ['HM', 'S-HM']] as const;

// Any batch of ACT per diems, in any order: what the engine pays never passes a cap, and what it proposes to consume
// is exactly what it paid.
describe('ACT per diems, any batch', () => {
  test('paid per diems keep to one a day and the monthly caps; consumption matches what was paid', () => {
    const perDiem = fc.record({ day: fc.integer({ min: 1, max: 28 }), level: fc.integer({ min: 0, max: 5 }), minutes: fc.integer({ min: 0, max: 60 }) });
    fc.assert(fc.property(fc.array(perDiem, { maxLength: 25 }), (drawn) => {
      const lines = drawn.map((d, i) => aLine({
        lineId: `L${i}`, lineNumber: i, serviceDate: `2025-03-${String(d.day).padStart(2, '0')}`, modifiers: [levels[d.level]![0]],
        renderingStaffId: levels[d.level]![1], minutes: d.minutes,
      }));
      const outcomes = adjudicateMemberLines(catalog, lines, aMemberContext());
      const paid = outcomes.filter((o) => o.status === 'paid' || o.status === 'reduced');
      const days = paid.map((o) => lines.find((l) => l.lineId === o.lineId)!.serviceDate);
      expect(new Set(days).size).toBe(days.length);
      expect(paid.length).toBeLessThanOrEqual(4);
      const byCategory = new Map<string, number>();
      for (const o of paid) {
        const category = catalog.code(o.codeId!)!.practitionerCategory!;
        byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      }
      expect(byCategory.get('category-1') ?? 0).toBeLessThanOrEqual(1);
      expect(byCategory.get('category-2') ?? 0).toBeLessThanOrEqual(1);
      expect(byCategory.get('category-3') ?? 0).toBeLessThanOrEqual(2);
      for (const o of outcomes) {
        const total = o.consumption.find((c) => c.limitId === 'act-per-diems-total-per-month-basic');
        expect(total?.amount ?? 0).toBe(o.paidUnits);
        if (o.status === 'denied' || o.status === 'pended') expect(o.paidAmount).toBe('0.00');
      }
    }), { numRuns: 200 });
  });
});
