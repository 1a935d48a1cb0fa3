import { describe, expect, test } from 'vitest';
import { checkAuthorizationIds } from './check-authorization-ids.js';

const known = { programs: ['de-promise'], services: ['act', 'cpst'], limits: ['act-per-diems-total-per-month-high'] };

describe('the policy ids of an authorization request', () => {
  test('known ids pass; each unknown one is named by its field', () => {
    expect(checkAuthorizationIds({ program: 'de-promise', service: 'act', beyondLimit: 'act-per-diems-total-per-month-high' }, known)).toEqual([]);
    expect(checkAuthorizationIds({ program: 'de-promise', service: 'act', beyondLimit: null }, known)).toEqual([]);
    expect(checkAuthorizationIds({ program: 'xx', service: 'massage', beyondLimit: 'act-huge' }, known)).toEqual([
      { path: 'program', message: 'Unknown program "xx"' },
      { path: 'service', message: 'Unknown service "massage"' },
      { path: 'beyondLimit', message: 'Unknown limit "act-huge"' },
    ]);
  });
});
