import { describe, expect, test } from 'vitest';
import { planRequired } from './plan-required.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

const planned = (from: string, to: string | null, status = 'active') =>
  aMemberContext({ member: aMember({ planLines: [{ service: 'act', organizationId: 'ORG-ACT', code: null, status, from, to }] }) });

describe('service on the member\'s active Recovery Plan', () => {
  test('ACT on the active plan on the date pays', () => {
    const line = aLine({ serviceDate: '2025-03-31' });
    expect(planRequired.check(line, aContext(line, planned('2025-01-01', '2025-03-31')))).toEqual([]);
  });
  test('the day after the plan line ends is denied', () => {
    const line = aLine({ serviceDate: '2025-04-01' });
    expect(planRequired.check(line, aContext(line, planned('2025-01-01', '2025-03-31')))).toMatchObject([{ outcome: 'deny', reason: 'not-on-recovery-plan', rule: { id: 'act-on-recovery-plan' } }]);
  });
  test('a draft plan line does not count', () => {
    const line = aLine();
    expect(planRequired.check(line, aContext(line, planned('2025-01-01', null, 'draft')))).toMatchObject([{ reason: 'not-on-recovery-plan' }]);
  });
});
