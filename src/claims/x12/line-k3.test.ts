import { describe, expect, test } from 'vitest';
import { lineK3Values, readLineK3 } from './line-k3.js';

describe('the 2400 K3 convention for group size, residents and contact minutes', () => {
  test.each([['GRP01', 'groupSize', 1], ['GRP99', 'groupSize', 99], ['RES05', 'residents', 5], ['RES10', 'residents', 10], ['MIN008', 'minutes', 8], ['MIN240', 'minutes', 240]] as const)('%s reads as %s %i', (k301, field, value) => {
    expect(readLineK3(k301)).toEqual({ field, value });
  });
  test.each(['GRP6', 'GRP100', 'GRP00', 'RESX1', 'GRP', 'GRP-1', 'MIN45', 'MIN0045', 'MIN000'])('%s is ours but malformed', (k301) => {
    expect(readLineK3(k301)).toMatchObject({ problem: expect.stringMatching(/^K301 (GRP|RES|MIN) must/) });
  });
  test.each(['STATE DATA', '', 'GRX06', 'grp06'])('%j is someone else\'s K3: not ours', (k301) => {
    expect(readLineK3(k301)).toBeNull();
  });
  test('writes GRP before RES, two digits, and nothing for a line that reports neither', () => {
    expect(lineK3Values({ groupSize: 6, residents: 10 })).toEqual(['GRP06', 'RES10']);
    expect(lineK3Values({ residents: 1 })).toEqual(['RES01']);
    expect(lineK3Values({})).toEqual([]);
  });
  test('writes contact minutes for a line billed in units, not for one billed in minutes (SV104 says them)', () => {
    expect(lineK3Values({ minutes: 45, quantityBasis: 'UN' })).toEqual(['MIN045']);
    expect(lineK3Values({ minutes: 45, quantityBasis: 'MJ' })).toEqual([]);
    expect(lineK3Values({ minutes: 0, quantityBasis: 'UN' })).toEqual([]);
    expect(() => lineK3Values({ minutes: 1000, quantityBasis: 'UN' })).toThrow(RangeError);
  });
  test.each([0, 100, 1.5])('refuses %s: it has no two-digit form', (residents) => {
    expect(() => lineK3Values({ residents })).toThrow(RangeError);
  });
});
