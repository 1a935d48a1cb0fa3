import { describe, expect, test } from 'vitest';
import { nearDuplicate } from './near-duplicate.js';
import { aContext, aLine, aMemberContext, aPriorLine } from './test-world.js';

const cpst = { code: 'H0036', modifiers: ['U1'] as string[], codeId: 'H0036-U1', service: 'cpst', serviceDate: '2025-03-03' };

describe('near duplicates', () => {
  test('same date and code with different units pends', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], units: 3, minutes: 45 });
    const ctx = aContext(line, aMemberContext({ history: [aPriorLine({ ...cpst, units: 2 })] }));
    expect(nearDuplicate.check(line, ctx)).toMatchObject([{ outcome: 'pend', reason: 'near-duplicate', rule: { id: 'near-duplicate' } }]);
  });
  test('same date and code from another provider pends', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], units: 2, minutes: 30 });
    const ctx = aContext(line, aMemberContext({ history: [aPriorLine({ ...cpst, units: 2, billingOrganizationId: 'ORG-REHAB' })] }));
    expect(nearDuplicate.check(line, ctx)).toMatchObject([{ reason: 'near-duplicate' }]);
  });
  test('ICM per diems of two practitioner modifiers the same day are not near duplicates', () => {
    const line = aLine({ code: 'H0037', modifiers: ['HN'] });
    const ctx = aContext(line, aMemberContext({ history: [aPriorLine({ code: 'H0037', modifiers: ['HO'], codeId: 'H0037-HO', service: 'icm', serviceDate: '2025-03-03' })] }));
    expect(nearDuplicate.check(line, ctx)).toEqual([]);
  });
});
