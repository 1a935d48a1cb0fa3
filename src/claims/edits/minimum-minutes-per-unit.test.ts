import { describe, expect, test } from 'vitest';
import { minimumMinutesPerUnit } from './minimum-minutes-per-unit.js';
import { aContext, aLine } from './test-world.js';

const cpst = (minutes: number | null, units: number) => aLine({ code: 'H0036', modifiers: ['U1'], billingOrganizationId: 'ORG-ACT', minutes, units });

// units.yaml units.per-15-minutes: minimumToBill 8, counting cms-8-minute.
describe('minimum minutes per timed unit (the 8-minute rule)', () => {
  test('7 minutes pay no 15-minute unit', () => {
    const line = cpst(7, 1);
    expect(minimumMinutesPerUnit.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'units-exceed-minutes', rule: { id: 'units.per-15-minutes' } }]);
  });
  test.each([[8, 1], [22, 1], [23, 2]])('%i minutes pay %i unit(s)', (minutes, units) => {
    const line = cpst(minutes, units);
    expect(minimumMinutesPerUnit.check(line, aContext(line))).toEqual([]);
  });
  test('22 minutes billed as 2 units are reduced to 1', () => {
    const line = cpst(22, 2);
    expect(minimumMinutesPerUnit.check(line, aContext(line))).toMatchObject([{ outcome: 'reduce', reason: 'units-exceed-minutes', payableUnits: 1 }]);
  });
  test('a timed line without minutes is denied for missing information', () => {
    const line = cpst(null, 1);
    expect(minimumMinutesPerUnit.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'missing-information' }]);
  });
  test('a per diem is not timed', () => {
    const line = aLine({ minutes: 3 });
    expect(minimumMinutesPerUnit.appliesTo(line, aContext(line))).toBe(false);
  });
});
