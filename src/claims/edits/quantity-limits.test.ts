import { describe, expect, test } from 'vitest';
import type { PriorLine } from '../engine/types.js';
import { quantityLimits } from './quantity-limits.js';
import { aContext, aLine, aMemberContext, anAuthorization, aPriorLine, organizations } from './test-world.js';

const fcOrg = { id: 'ORG-FC', npi: '5555555555', enrollments: [{ ...organizations[0]!.enrollments[0]!, providerType: 'financial-coaching-plus-agency' }] };
const coaching = (hours: number, serviceDate = '2025-06-02') => aLine({ code: 'T2013', modifiers: ['SE'], billingOrganizationId: 'ORG-FC', renderingStaffId: null, units: hours, minutes: null, serviceDate });
const paidCoaching = (hours: number, serviceDate = '2025-03-03'): PriorLine => aPriorLine({ code: 'T2013', modifiers: ['SE'], codeId: 'T2013-SE', service: 'financial-coaching-plus', billingOrganizationId: 'ORG-FC', units: hours, paidUnits: hours, serviceDate });
const withHistory = (...history: PriorLine[]) => aMemberContext({ history, organizations: new Map([...organizations.map((o) => [o.id, o] as const), ['ORG-FC', fcOrg]]) });
const actPerDiem = (modifier: string, day: number): PriorLine => aPriorLine({ modifiers: [modifier], codeId: `H0040-${modifier}`, serviceDate: `2025-03-0${day}` });

describe('quantity limits', () => {
  // limits.yaml financial-coaching-plus-5-hours-per-year: 5 hours per calendar year, beyond: deny.
  test('the 5th hour of Financial Coaching Plus in a calendar year pays', () => {
    const line = coaching(1);
    expect(quantityLimits.check(line, aContext(line, withHistory(paidCoaching(4))))).toEqual([]);
  });
  test('the hour that crosses the annual limit is reduced to what remains', () => {
    const line = coaching(2);
    expect(quantityLimits.check(line, aContext(line, withHistory(paidCoaching(4))))).toMatchObject([{
      outcome: 'reduce', reason: 'limit-exceeded-calendar-year', rule: { id: 'financial-coaching-plus-5-hours-per-year' }, payableUnits: 1,
    }]);
  });
  test('the 6th hour is denied; a new calendar year starts again', () => {
    const line = coaching(1);
    expect(quantityLimits.check(line, aContext(line, withHistory(paidCoaching(5))))).toMatchObject([{ outcome: 'deny', payableUnits: 0 }]);
    expect(quantityLimits.check(coaching(1, '2026-01-02'), aContext(coaching(1, '2026-01-02'), withHistory(paidCoaching(5))))).toEqual([]);
  });
  test('peer support 4 hours a day: 16 fifteen-minute units pay, the 17th does not', () => {
    const peer = (units: number) => aLine({ code: 'H0038', modifiers: [], billingOrganizationId: 'ORG-ACT', units, minutes: units * 15 });
    const earlier = aPriorLine({ code: 'H0038', modifiers: [], codeId: 'H0038', service: 'peer-support', serviceDate: '2025-03-03', units: 12, paidUnits: 12 });
    expect(quantityLimits.check(peer(4), aContext(peer(4), aMemberContext({ history: [earlier] })))).toEqual([]);
    expect(quantityLimits.check(peer(5), aContext(peer(5), aMemberContext({ history: [earlier] })))).toMatchObject([{ outcome: 'reduce', reason: 'limit-exceeded-day', rule: { id: 'peer-support-4-hours-per-day' }, payableUnits: 4 }]);
  });
  // limits.yaml act-per-diems-*-basic: 4 per month in total; category 1: 1, category 2: 1, category 3: 2.
  test('the 4th ACT per diem in a month pays', () => {
    const line = aLine({ modifiers: ['HM'], renderingStaffId: 'S-HM', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ history: [actPerDiem('AM', 1), actPerDiem('HO', 2), actPerDiem('HN', 3)] }));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.limits.map((u) => u.key)).toEqual(['act-per-diems-total-per-month-basic:2025-03', 'act-per-diems-category-3-per-month-basic:2025-03']);
  });
  test('the 5th ACT per diem in a month is denied at the monthly cap', () => {
    const line = aLine({ modifiers: ['TD'], renderingStaffId: 'S-TD', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ history: [actPerDiem('AM', 1), actPerDiem('HO', 2), actPerDiem('HN', 3), actPerDiem('HM', 4)] }));
    expect(quantityLimits.check(line, ctx)).toEqual(expect.arrayContaining([
      expect.objectContaining({ outcome: 'deny', reason: 'per-diem-monthly-cap', rule: expect.objectContaining({ id: 'act-per-diems-total-per-month-basic' }) }),
    ]));
  });
  test('a second category 2 per diem in a month is denied at the category cap', () => {
    const line = aLine({ modifiers: ['TD'], renderingStaffId: 'S-TD', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ history: [actPerDiem('HO', 2)] }));
    expect(quantityLimits.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'per-diem-category-cap', rule: { id: 'act-per-diems-category-2-per-month-basic', decision: 'D-04' } }]);
  });
  test('the caps of the team\'s fidelity level apply (high: beyond needs prior authorization)', () => {
    const line = aLine({ modifiers: ['TD'], renderingStaffId: 'S-TD', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ team: { fidelity: [{ level: 'high', from: '2024-01-01', to: null }] }, history: [actPerDiem('HO', 2)] }));
    expect(quantityLimits.check(line, ctx)).toMatchObject([{ rule: { id: 'act-per-diems-category-2-per-month-high' }, saw: { beyond: 'prior-authorization' } }]);
  });
});

describe('units beyond a limit with prior authorization', () => {
  const high = { fidelity: [{ level: 'high', from: '2024-01-01', to: null }] };
  const beyond = anAuthorization({ id: 'A-EXTRA', beyondLimit: 'act-per-diems-category-2-per-month-high', units: 1 });
  test('a high-fidelity team with an approved additional per diem is paid past the category cap', () => {
    const line = aLine({ modifiers: ['TD'], renderingStaffId: 'S-TD', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ team: high, history: [actPerDiem('HO', 2)], authorizations: [anAuthorization(), beyond] }));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.beyond).toEqual([{ authorizationId: 'A-EXTRA', limitRemaining: 0, units: 1 }]);
  });
  test('a basic-fidelity team cannot go past its caps (beyond: deny)', () => {
    const line = aLine({ modifiers: ['TD'], renderingStaffId: 'S-TD', serviceDate: '2025-03-10' });
    const ctx = aContext(line, aMemberContext({ history: [actPerDiem('HO', 2)], authorizations: [anAuthorization(), { ...beyond, beyondLimit: 'act-per-diems-category-2-per-month-basic' }] }));
    expect(quantityLimits.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'per-diem-category-cap' }]);
  });
});
