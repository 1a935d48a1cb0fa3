import { describe, expect, test } from 'vitest';
import { reverificationSchedule } from './reverification-schedule.js';

const sixMonthly = { lastVerifiedOn: '2025-01-31', certifiedThrough: null, everyMonths: 6 };

describe('re-verification schedule', () => {
  test('bi-annually (6 months) from 2025-01-31 is due 2025-07-31', () => {
    expect(reverificationSchedule(sixMonthly, '2025-01-31')).toEqual({ state: 'current', dueOn: '2025-07-31', daysLeft: 181 });
  });
  test.each([
    ['2025-05-31', 'current'],
    ['2025-06-01', 'due-in-60-days'],
    ['2025-06-30', 'due-in-60-days'],
    ['2025-07-01', 'due-in-30-days'],
    ['2025-07-02', 'due-in-30-days'],
    ['2025-07-31', 'due-in-30-days'],
    ['2025-08-01', 'overdue'],
  ])('as of %s: %s', (asOf, state) => {
    expect(reverificationSchedule(sixMonthly, asOf).state).toBe(state);
  });
  test('a month end clamps: 2024-08-31 + 6 months is 2025-02-28', () => {
    expect(reverificationSchedule({ ...sixMonthly, lastVerifiedOn: '2024-08-31' }, '2025-01-01').dueOn).toBe('2025-02-28');
  });
  test('the end of certification comes first when earlier', () => {
    expect(reverificationSchedule({ ...sixMonthly, certifiedThrough: '2025-03-31' }, '2025-03-01')).toMatchObject({ dueOn: '2025-03-31', state: 'due-in-30-days' });
  });
  test('no cadence and no end date: nothing to schedule', () => {
    expect(reverificationSchedule({ lastVerifiedOn: '2025-01-01', certifiedThrough: null, everyMonths: undefined }, '2030-01-01').state).toBe('not-scheduled');
  });
});
