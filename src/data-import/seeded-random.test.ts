import { describe, expect, test } from 'vitest';
import { seededRandom } from './seeded-random.js';

const draw = (seed: number, n = 50) => { const r = seededRandom(seed); return Array.from({ length: n }, () => r.next()); };

describe('seeded random', () => {
  test('the same seed gives the same sequence', () => expect(draw(42)).toEqual(draw(42)));
  test('different seeds give different sequences', () => expect(draw(42)).not.toEqual(draw(43)));
  test('floats stay in [0, 1) and whole numbers in their inclusive bounds', () => {
    const r = seededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const f = r.next();
      expect(f >= 0 && f < 1).toBe(true);
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });
  test('weighted picks follow their weights', () => {
    const r = seededRandom(9);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (r.weighted({ heavy: 9, light: 1 }) === 'heavy') heavy++;
    expect(heavy).toBeGreaterThan(8_700);
    expect(heavy).toBeLessThan(9_300);
  });
});
