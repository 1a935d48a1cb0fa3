import { describe, expect, test } from 'vitest';
import { groupSize } from './group-size.js';
import { aContext, aLine } from './test-world.js';

const check = (code: string, modifiers: string[], size: number) => {
  const line = aLine({ code, modifiers, groupSize: size, billingOrganizationId: 'ORG-REHAB' });
  return groupSize.check(line, aContext(line));
};

describe('group size', () => {
  test('group PSR of 8 pays; of 9 is denied (1:8)', () => {
    expect(check('H2017', ['HN', 'HQ'], 8)).toEqual([]);
    expect(check('H2017', ['HN', 'HQ'], 9)).toMatchObject([{ outcome: 'deny', reason: 'group-size-exceeded', rule: { id: 'psr-group-at-most-8' } }]);
  });
  test('group peer support of 9 is denied', () => {
    expect(check('H0038', ['HQ'], 9)).toMatchObject([{ rule: { id: 'peer-support-group-at-most-8' } }]);
  });
  test('STSGSE groups are 2 to 4 members', () => {
    expect(check('T2019', ['UQ'], 4)).toEqual([]);
    expect(check('T2019', ['UQ'], 5)).toMatchObject([{ rule: { id: 'stsgse-group-2-to-4' } }]);
    expect(check('T2019', ['UN'], 1)).toMatchObject([{ reason: 'group-size-exceeded' }]);
  });
});
