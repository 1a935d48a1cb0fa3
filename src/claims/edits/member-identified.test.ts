import { describe, expect, test } from 'vitest';
import { memberIdentified } from './member-identified.js';
import { aContext, aLine, aMemberContext } from './test-world.js';

describe('member identified', () => {
  test('a Medicaid id that matched no member is denied', () => {
    const line = aLine({ memberId: null });
    expect(memberIdentified.check(line, aContext(line, aMemberContext({ member: null })))).toMatchObject([{ outcome: 'deny', reason: 'member-not-found' }]);
  });
  test('a member on file passes', () => {
    const line = aLine();
    expect(memberIdentified.check(line, aContext(line))).toEqual([]);
  });
});
