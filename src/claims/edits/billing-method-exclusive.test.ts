import { describe, expect, test } from 'vitest';
import { billingMethodExclusive } from './billing-method-exclusive.js';
import { aContext, aLine, aMemberContext, aPriorLine } from './test-world.js';

const fifteenMinutes = (serviceDate: string) => aPriorLine({ code: 'H0039', modifiers: ['HO'], codeId: 'H0039-HO', service: 'act', units: 2, paidUnits: 2, serviceDate });

// rules.yaml act-per-diem-or-15-minute-units-per-month (decision D-46).
describe('one ACT billing method per member per month', () => {
  test('an ACT per diem in a month the team billed 15-minute units is denied', () => {
    const line = aLine({ serviceDate: '2025-03-20' });
    expect(billingMethodExclusive.check(line, aContext(line, aMemberContext({ history: [fifteenMinutes('2025-03-01')] })))).toMatchObject([{
      outcome: 'deny', reason: 'billing-method-exclusive', rule: { id: 'act-per-diem-or-15-minute-units-per-month', decision: 'D-46' },
    }]);
  });
  test('15-minute units in the previous month do not count', () => {
    const line = aLine({ serviceDate: '2025-03-01' });
    expect(billingMethodExclusive.check(line, aContext(line, aMemberContext({ history: [fifteenMinutes('2025-02-28')] })))).toEqual([]);
  });
});
