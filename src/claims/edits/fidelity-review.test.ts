import { describe, expect, test } from 'vitest';
import { fidelityReview } from './fidelity-review.js';
import { aContext, aLine, aMemberContext } from './test-world.js';

const underReview = (closedOn: string | null) => aMemberContext({ team: { reviews: [{ id: 'R1', pendFrom: '2025-03-03', closedOn }] } });

describe('ACT team under an open fidelity review', () => {
  test('a line on the pend date pends', () => {
    const line = aLine({ serviceDate: '2025-03-03' });
    expect(fidelityReview.check(line, aContext(line, underReview(null)))).toMatchObject([{ outcome: 'pend', reason: 'fidelity-review-pend', rule: { id: 'tmact' } }]);
  });
  test('a line the day before the pend date pays', () => {
    const line = aLine({ serviceDate: '2025-03-02' });
    expect(fidelityReview.check(line, aContext(line, underReview(null)))).toEqual([]);
  });
  test('a closed review pends nothing', () => {
    const line = aLine({ serviceDate: '2025-03-05' });
    expect(fidelityReview.check(line, aContext(line, underReview('2025-03-04')))).toEqual([]);
  });
});
