import { describe, expect, test } from 'vitest';
import { teamStage } from './team-stage.js';

describe('team stage', () => {
  test.each([
    ['2024-01-01', '2024-01-01', 'new-first-year'],
    ['2024-01-01', '2024-12-31', 'new-first-year'],
    ['2024-01-01', '2025-01-01', 'established'],
    ['2024-02-29', '2025-02-27', 'new-first-year'],
    ['2024-02-29', '2025-02-28', 'established'],
  ])('a team started %s is %s on %s with a 12-month new stage', (start, today, stage) => {
    expect(teamStage(start, today, 12)).toBe(stage);
  });

  test('the months come from the caller (the policy), not the code', () => {
    expect(teamStage('2024-01-01', '2024-08-01', 6)).toBe('established');
  });

  test('without a team-stage rule there is no stage', () => {
    expect(teamStage('2024-01-01', '2030-01-01', undefined)).toBeNull();
  });
});
