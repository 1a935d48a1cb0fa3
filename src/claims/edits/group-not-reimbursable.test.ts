import { describe, expect, test } from 'vitest';
import { groupNotReimbursable } from './group-not-reimbursable.js';
import { aContext, aLine } from './test-world.js';

describe('group ACT/ICM contacts are not reimbursable', () => {
  test('an ACT contact with 2 members served together is denied', () => {
    const line = aLine({ code: 'H0039', modifiers: ['HO'], groupSize: 2, minutes: 30, units: 2 });
    const ctx = aContext(line);
    expect(groupNotReimbursable.appliesTo(line, ctx)).toBe(true);
    expect(groupNotReimbursable.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'group-not-reimbursable', rule: { id: 'act-group-contacts-not-reimbursable' } }]);
  });
  test('an individual contact (group size 1) is not a group', () => {
    const line = aLine({ groupSize: 1 });
    expect(groupNotReimbursable.appliesTo(line, aContext(line))).toBe(false);
  });
});
