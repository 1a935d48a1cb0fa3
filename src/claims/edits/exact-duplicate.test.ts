import { describe, expect, test } from 'vitest';
import { exactDuplicate } from './exact-duplicate.js';
import { aContext, aLine, aMemberContext, aPriorLine } from './test-world.js';

const history = aMemberContext({ history: [aPriorLine({ serviceDate: '2025-03-03', modifiers: ['HO'], units: 1 })] });

describe('exact duplicates', () => {
  test('same member, provider, date, code, modifiers and units as a paid line is denied', () => {
    const line = aLine();
    expect(exactDuplicate.check(line, aContext(line, history))).toMatchObject([{ outcome: 'deny', reason: 'duplicate', rule: { id: 'exact-duplicate' } }]);
  });
  test('a denied line may be billed again', () => {
    const line = aLine();
    const denied = aMemberContext({ history: [aPriorLine({ serviceDate: '2025-03-03', status: 'denied', paidUnits: 0 })] });
    expect(exactDuplicate.appliesTo(line, aContext(line, denied))).toBe(false);
  });
  test('another day is not a duplicate', () => {
    const line = aLine({ serviceDate: '2025-03-04' });
    expect(exactDuplicate.appliesTo(line, aContext(line, history))).toBe(false);
  });
});
