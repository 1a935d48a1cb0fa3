import { beforeAll, describe, expect, test } from 'vitest';
import type { FidelityInstrument } from '../../catalog/schema/index.js';
import { computeFidelityLevel, type ReviewScores } from './compute-fidelity-level.js';
import { realPack } from './test-pack.js';

let tmact: FidelityInstrument;
beforeAll(async () => { ({ tmact } = await realPack()); });

/** Every metric at 5 (a high-fidelity team), with the overrides. */
function scores(overall: number, overrides: Record<string, number> = {}): ReviewScores {
  const all = Object.fromEntries(['OS1', 'OS5', 'OS6', 'OS9', 'OS10', 'CT', 'CP1', 'PP', 'ST', 'EBP'].map((s) => [s, 5]));
  return { overall, subscales: { ...all, ...overrides } };
}
const levelOf = (s: ReviewScores, isNewTeam = false) => computeFidelityLevel(tmact, s, { isNewTeam }).level.id;

describe('TMACT fidelity level from the program pack', () => {
  test.each([
    [5, 'high'], [4.2, 'high'], [4.19, 'moderately-high'], [3.5, 'moderately-high'], [3.49, 'basic'],
    [3.0, 'basic'], [2.99, 'non-fidelity'],
  ])('overall %d with every subscale at 5 → %s', (overall, level) => {
    expect(levelOf(scores(overall))).toBe(level);
  });

  describe('OS6, priority service population: 5 for high, at least 4 for moderately high', () => {
    test.each([[5, 'high'], [4.99, 'moderately-high'], [4, 'moderately-high'], [3.99, 'basic']])('OS6 %d → %s', (os6, level) => {
      expect(levelOf(scores(5, { OS6: os6 }))).toBe(level);
    });
  });

  test.each([
    // high: average of OS5, OS6, OS9, OS10 at least 4
    [{ OS5: 3, OS9: 4, OS10: 4 }, 'high'], [{ OS5: 2.96, OS9: 4, OS10: 4 }, 'moderately-high'],
    // moderately high: that average at least 3.5 (OS6 = 4 keeps it out of high)
    [{ OS6: 4, OS5: 3, OS9: 3, OS10: 4 }, 'moderately-high'], [{ OS6: 4, OS5: 3, OS9: 2.96, OS10: 4 }, 'basic'],
  ])('operations and structure averages %o → %s', (overrides, level) => {
    expect(levelOf(scores(5, overrides))).toBe(level);
  });

  test.each([
    [{ CT: 4 }, 'high'], [{ CT: 3.99 }, 'basic'], [{ CT: 3 }, 'basic'], [{ CT: 2.99 }, 'non-fidelity'],
    [{ CP1: 4 }, 'high'], [{ CP1: 3.99 }, 'basic'], [{ CP1: 3 }, 'basic'], [{ CP1: 2.99 }, 'non-fidelity'],
    [{ PP: 3.7 }, 'high'], [{ PP: 3.69 }, 'moderately-high'], [{ PP: 3 }, 'moderately-high'], [{ PP: 2.99 }, 'basic'],
    [{ ST: 3.7 }, 'high'], [{ ST: 3.69 }, 'moderately-high'],
    [{ EBP: 3.7 }, 'high'], [{ EBP: 3.69 }, 'moderately-high'],
  ])('subscale %o → %s', (overrides, level) => {
    expect(levelOf(scores(5, overrides))).toBe(level);
  });

  describe('basic: average of OS1, OS5, OS6 and OS10 at least 3.0', () => {
    test.each([
      [{ OS1: 3, OS5: 3, OS6: 3, OS10: 3 }, 'basic'],
      [{ OS1: 3.25, OS5: 2.75, OS6: 3, OS10: 3 }, 'basic'], // averages exactly 3.0 despite binary fractions
      [{ OS1: 2.96, OS5: 3, OS6: 3, OS10: 3 }, 'non-fidelity'],
    ])('%o → %s', (overrides, level) => {
      expect(levelOf(scores(5, overrides))).toBe(level);
    });
  });

  describe('provisional: a new team only, overall at least 2.0 with the basic subscale minimums', () => {
    test.each([[2.99, true, 'provisional'], [2.0, true, 'provisional'], [1.99, true, 'non-fidelity'], [2.5, false, 'non-fidelity'],
      [3.0, true, 'basic']])('overall %d, new team %s → %s', (overall, isNew, level) => {
      expect(levelOf(scores(overall, { CT: 3, CP1: 3 }), isNew)).toBe(level);
    });
    test('a new team below the CT minimum is not provisional', () => {
      expect(levelOf(scores(2.5, { CT: 2.99 }), true)).toBe('non-fidelity');
    });
  });

  test('a missing metric meets no threshold that names it and is shown as not seen', () => {
    const { subscales } = scores(5);
    delete subscales.EBP;
    const outcome = computeFidelityLevel(tmact, { overall: 5, subscales });
    expect(outcome.level.id).toBe('moderately-high');
    expect(outcome.checks).toContainEqual(expect.objectContaining({ level: 'high', rule: 'EBP', saw: null, met: false }));
  });

  test('the checks list every threshold of every level above the floor, with what the review showed', () => {
    const outcome = computeFidelityLevel(tmact, scores(3.2, { OS6: 4 }));
    expect(outcome.level.id).toBe('basic');
    expect(outcome.checks.filter((c) => c.level === 'high')).toHaveLength(8);
    expect(outcome.checks).toContainEqual(expect.objectContaining({ level: 'high', rule: 'OS6', needed: 5, saw: 4, met: false }));
    expect(outcome.checks).toContainEqual(expect.objectContaining({ level: 'moderately-high', rule: 'overall', needed: 3.5, saw: 3.2, met: false }));
    expect(outcome.checks.some((c) => c.level === 'provisional')).toBe(false);
  });
});
