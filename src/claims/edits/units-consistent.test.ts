import { describe, expect, test } from 'vitest';
import { RunningTotals } from '../engine/running-totals.js';
import { unitsConsistent } from './units-consistent.js';
import { aContext, aLine, aMemberContext, aPriorLine, catalog } from './test-world.js';

describe('units consistent with the unit definition', () => {
  test('one per diem for one day pays; two are reduced to one', () => {
    expect(unitsConsistent.check(aLine({ units: 1 }), aContext(aLine()))).toEqual([]);
    const two = aLine({ units: 2 });
    expect(unitsConsistent.check(two, aContext(two))).toMatchObject([{ outcome: 'reduce', reason: 'units-inconsistent', rule: { id: 'units.per-diem' }, payableUnits: 1 }]);
  });
  test('per diems over a date range: one per day', () => {
    const three = aLine({ units: 3, serviceDateTo: '2025-03-05' });
    expect(unitsConsistent.check(three, aContext(three))).toEqual([]);
  });
  test('fractional or zero units are denied', () => {
    for (const units of [0, 1.5]) {
      const line = aLine({ code: 'H0036', modifiers: ['U1'], units });
      expect(unitsConsistent.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'units-inconsistent' }]);
    }
  });
  test('a second monthly Care Management unit in the same month is denied', () => {
    const line = aLine({ code: 'T2022', modifiers: [], billingOrganizationId: 'ORG-CM', serviceDate: '2025-03-20' });
    const member = aMemberContext({ history: [aPriorLine({ code: 'T2022', modifiers: [], codeId: 'T2022', service: 'care-management', serviceDate: '2025-03-01', billingOrganizationId: 'ORG-CM' })] });
    const ctx = { ...aContext(line, member), running: new RunningTotals(catalog, member, [line]) };
    expect(unitsConsistent.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'units-inconsistent', rule: { id: 'units.per-month' } }]);
    const april = aLine({ code: 'T2022', modifiers: [], billingOrganizationId: 'ORG-CM', serviceDate: '2025-04-01' });
    expect(unitsConsistent.check(april, aContext(april, member))).toEqual([]);
  });
});
