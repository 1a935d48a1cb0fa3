import { beforeAll, describe, expect, test } from 'vitest';
import type { ItemScale } from '../../catalog/schema/index.js';
import { scoreItemScale } from './score-item-scale.js';
import { realPack } from './test-pack.js';

let scale: ItemScale;
beforeAll(async () => { ({ seScale: scale } = await realPack()); });

/** Whole 1–5 ratings of every item adding up to `total` (25–125). */
function ratingsTotaling(total: number): Record<string, number> {
  let extra = total - scale.items.length;
  return Object.fromEntries(scale.items.map((item) => {
    const r = 1 + Math.min(4, extra);
    extra -= r - 1;
    return [item.id, r];
  }));
}

describe('Supported Employment fidelity scale', () => {
  test('has 25 items rated on 1–5 anchors', () => {
    expect(scale.items).toHaveLength(25);
    expect(scale.items.every((i) => Object.keys(i.anchors).sort().join() === '1,2,3,4,5')).toBe(true);
  });

  test.each([
    [25, 'not-supported-employment'], [73, 'not-supported-employment'], [74, 'fair'], [99, 'fair'], [100, 'good'],
    [114, 'good'], [115, 'exemplary'], [125, 'exemplary'],
  ])('total %i → %s', (total, band) => {
    expect(scoreItemScale(scale, ratingsTotaling(total))).toMatchObject({ ok: true, total, band: { id: band }, rated: 25 });
  });

  test('an unrated item is named', () => {
    const ratings = ratingsTotaling(100);
    delete ratings['services-14'];
    const result = scoreItemScale(scale, ratings);
    expect(result).toMatchObject({ ok: false, errors: [{ item: 'services-14' }] });
  });

  test.each([0, 6, 2.5])('a rating of %d is not an anchor', (r) => {
    const result = scoreItemScale(scale, { ...ratingsTotaling(100), 'staffing-1': r });
    expect(result).toMatchObject({ ok: false, errors: [{ item: 'staffing-1' }] });
  });

  test('an item not on the scale is refused', () => {
    const result = scoreItemScale(scale, { ...ratingsTotaling(100), 'staffing-9': 3 });
    expect(result).toMatchObject({ ok: false, errors: [{ item: 'staffing-9' }] });
  });
});
