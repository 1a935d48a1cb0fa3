import { describe, expect, test } from 'vitest';
import { memberEligible } from './member-eligible.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

const span = aMemberContext({ member: aMember({ eligibility: [{ program: 'de-promise', from: '2025-02-01', to: '2025-03-31' }] }) });

describe('member eligible on the date of service', () => {
  test.each(['2025-02-01', '2025-03-31'])('both ends of the span are eligible (%s)', (serviceDate) => {
    const line = aLine({ serviceDate });
    expect(memberEligible.check(line, aContext(line, span))).toEqual([]);
  });
  test('the day after the span ends is not eligible', () => {
    const line = aLine({ serviceDate: '2025-04-01' });
    expect(memberEligible.check(line, aContext(line, span))).toMatchObject([{ outcome: 'deny', reason: 'member-not-eligible' }]);
  });
  test('the day before the span starts is not yet eligible', () => {
    const line = aLine({ serviceDate: '2025-01-31' });
    expect(memberEligible.check(line, aContext(line, span))).toMatchObject([{ outcome: 'deny', reason: 'member-not-yet-eligible' }]);
  });
  test('eligibility for another program does not count', () => {
    const line = aLine();
    const other = aMemberContext({ member: aMember({ eligibility: [{ program: 'ct-mro', from: '2025-01-01', to: null }] }) });
    expect(memberEligible.check(line, aContext(line, other))).toMatchObject([{ reason: 'member-not-eligible' }]);
  });
});
