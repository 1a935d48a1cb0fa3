import { describe, expect, test } from 'vitest';
import { sameDaySameTime } from './same-day-same-time.js';
import { aContext, aLine, aMemberContext, aPriorLine } from './test-world.js';

const personalCare = aPriorLine({ code: 'T1019', modifiers: [], codeId: 'T1019', service: 'personal-care', billingOrganizationId: 'ORG-HHA', serviceDate: '2025-03-03', startTime: '09:00', endTime: '10:00' });
const chore = (startTime: string | null, endTime: string | null) => aLine({ code: 'S5120', modifiers: [], billingOrganizationId: 'ORG-HHA', units: 2, minutes: 30, startTime, endTime });

describe('services that may not be delivered at the same time', () => {
  test('IADL/Chore overlapping Personal Care is denied', () => {
    const line = chore('09:30', '10:00');
    expect(sameDaySameTime.check(line, aContext(line, aMemberContext({ history: [personalCare] })))).toMatchObject([{ outcome: 'deny', reason: 'same-day-same-time', rule: { id: 'iadl-chore-personal-care-respite-not-at-same-time' } }]);
  });
  test('IADL/Chore starting when Personal Care ends pays', () => {
    const line = chore('10:00', '10:30');
    expect(sameDaySameTime.check(line, aContext(line, aMemberContext({ history: [personalCare] })))).toEqual([]);
  });
  test('lines without clock times are not judged (decision D-15)', () => {
    const line = chore(null, null);
    expect(sameDaySameTime.appliesTo(line, aContext(line, aMemberContext({ history: [personalCare] })))).toBe(false);
  });
});
