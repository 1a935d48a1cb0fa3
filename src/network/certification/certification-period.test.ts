import { describe, expect, test } from 'vitest';
import { certificationPeriod } from './decide-application.js';

describe('the certification period of a decision', () => {
  test('approved without dates: a year, or the re-verification cadence when longer', () => {
    expect(certificationPeriod({ outcome: 'approved' }, 6, '2025-03-01')).toEqual({ from: '2025-03-01', through: '2026-02-28' });
    expect(certificationPeriod({ outcome: 'approved' }, 24, '2025-03-01')).toEqual({ from: '2025-03-01', through: '2027-02-28' });
  });
  test('provisional without dates: six months at most', () => {
    expect(certificationPeriod({ outcome: 'provisional' }, 12, '2025-01-31')).toEqual({ from: '2025-01-31', through: '2025-07-30' });
  });
  test("the reviewer's dates win", () => {
    expect(certificationPeriod({ outcome: 'approved', certifiedFrom: '2025-04-01', certifiedThrough: '2025-12-31' }, 6, '2025-03-01'))
      .toEqual({ from: '2025-04-01', through: '2025-12-31' });
  });
});
