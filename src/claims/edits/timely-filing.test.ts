import { describe, expect, test } from 'vitest';
import { timelyFiling } from './timely-filing.js';
import { aContext, aLine } from './test-world.js';

// rules.yaml timely-filing-365-days (decision D-69): received within 365 days of the date of service.
describe('timely filing', () => {
  test('received on day 365 is timely', () => {
    const line = aLine({ serviceDate: '2025-03-03', receivedOn: '2026-03-03' });
    expect(timelyFiling.check(line, aContext(line))).toEqual([]);
  });
  test('received on day 366 is late', () => {
    const line = aLine({ serviceDate: '2025-03-03', receivedOn: '2026-03-04' });
    expect(timelyFiling.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'timely-filing', rule: { id: 'timely-filing-365-days', decision: 'D-69' } }]);
  });
});
