import { describe, expect, test } from 'vitest';
import type { PriorLine } from '../engine/types.js';
import { quantityLimits } from './quantity-limits.js';
import { aContext, aLine, aMember, aMemberContext, anAuthorization, aPriorLine, organizations } from './test-world.js';

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

describe('a dollar cap per transition (community-transition-1800-dollars-per-transition, D-54, D-85)', () => {
  const item = (charge: string, serviceDate = '2025-06-10') => aLine({ code: 'T2028', modifiers: [], billingOrganizationId: 'ORG-REHAB', renderingStaffId: null, units: 1, minutes: null, chargeAmount: charge, serviceDate });
  const paidItem = (paid: string, serviceDate = '2025-06-02'): PriorLine => aPriorLine({ code: 'T2028', modifiers: [], codeId: 'T2028', service: 'community-transition', billingOrganizationId: 'ORG-REHAB', paidAmount: paid, serviceDate });
  test('an item that brings the transition to $1,800.00 exactly pays', () => {
    const line = item('800.00');
    const ctx = aContext(line, aMemberContext({ history: [paidItem('1000.00')] }));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    // The transition is the run of the service on the Recovery Plan (no community-transition authorization on file).
    expect(ctx.proposal.limits.map((u) => [u.key, u.basis, u.max])).toEqual([['community-transition-1800-dollars-per-transition:transition-2025-01-15', 'money', 180000]]);
  });
  test('$1,800.01 is reduced by one cent, to the dollars remaining', () => {
    const line = item('800.01');
    expect(quantityLimits.check(line, aContext(line, aMemberContext({ history: [paidItem('1000.00')] })))).toMatchObject([{
      outcome: 'reduce', reason: 'limit-exceeded-transition', rule: { id: 'community-transition-1800-dollars-per-transition', decision: 'D-54' },
      payableUnits: 1, payableAmount: '800.00', saw: { used: '1000.00', payable: '800.00', beyond: 'prior-authorization' },
    }]);
  });
  test('with the $1,800 used, the next item is denied', () => {
    const line = item('0.01');
    expect(quantityLimits.check(line, aContext(line, aMemberContext({ history: [paidItem('1799.99'), paidItem('0.01')] })))).toMatchObject([{ outcome: 'deny', payableUnits: 0, payableAmount: '0.00' }]);
  });
  test('a second transition (a later community-transition authorization) gets a fresh $1,800', () => {
    const transitions = [anAuthorization({ id: 'A-CT1', service: 'community-transition', organizationId: 'ORG-REHAB', from: '2025-02-01', to: '2025-03-31' }),
      anAuthorization({ id: 'A-CT2', service: 'community-transition', organizationId: 'ORG-REHAB', from: '2025-06-01', to: '2025-07-31' })];
    const ctx = (line: ReturnType<typeof item>) => aContext(line, aMemberContext({ authorizations: transitions, history: [paidItem('1800.00', '2025-03-05')] }));
    const june = item('1800.00', '2025-06-10');
    expect(quantityLimits.check(june, ctx(june))).toEqual([]);
    const march = item('5.00', '2025-03-20');
    expect(quantityLimits.check(march, ctx(march))).toMatchObject([{ outcome: 'deny', saw: { period: 'transition-2025-02-01' } }]);
  });
  test('an authorization beyond the cap pays the excess up to its dollars', () => {
    const line = item('500.00');
    const beyond = anAuthorization({ id: 'A-CT-MORE', service: 'community-transition', organizationId: 'ORG-REHAB', beyondLimit: 'community-transition-1800-dollars-per-transition', units: 300 });
    const ctx = aContext(line, aMemberContext({ authorizations: [beyond], history: [paidItem('1600.00')] }));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.beyond).toEqual([{ authorizationId: 'A-CT-MORE', limitRemaining: 20000, units: 30000, measure: 'dollars' }]);
    const more = item('600.00');
    expect(quantityLimits.check(more, aContext(more, aMemberContext({ authorizations: [beyond], history: [paidItem('1600.00')] })))).toMatchObject([{ outcome: 'reduce', payableAmount: '500.00' }]);
  });
});

describe('months of a stay (residential-tier-1-18-months, D-71, D-85)', () => {
  // Residential only on the plan, so T2033 reads as residential (not respite).
  const plan = aMember({ planLines: [{ service: 'residential', organizationId: 'ORG-REHAB', code: null, status: 'active', from: '2025-02-01', to: null }] });
  const stay = [anAuthorization({ id: 'A-R1', service: 'residential', organizationId: 'ORG-REHAB', from: '2025-02-01', to: '2025-12-31' }),
    anAuthorization({ id: 'A-R2', service: 'residential', organizationId: 'ORG-REHAB', from: '2026-01-01', to: '2026-12-31' })];
  const night = (serviceDate: string) => aLine({ code: 'T2033', modifiers: [], billingOrganizationId: 'ORG-REHAB', renderingStaffId: null, units: 1, minutes: null, serviceDate });
  const check = (line: ReturnType<typeof night>, authorizations = stay) => quantityLimits.check(line, aContext(line, aMemberContext({ member: plan, authorizations })));
  test('the last day of month 18 pays; the first day past 18 months is denied and names the approver', () => {
    expect(check(night('2026-07-31'))).toEqual([]);
    expect(check(night('2026-08-01'))).toMatchObject([{
      outcome: 'deny', reason: 'limit-exceeded-stay', rule: { id: 'residential-tier-1-18-months', decision: 'D-71' },
      saw: { since: '2025-02-01', months: 18, until: '2026-08-01', beyond: 'state-approval', approver: 'DHSS (tier re-assessment)' },
    }]);
  });
  test('a line of nights that runs past 18 months pays the nights before it', () => {
    const line = { ...night('2026-07-29'), serviceDateTo: '2026-08-02', units: 5 };
    expect(check(line)).toMatchObject([{ outcome: 'reduce', payableUnits: 3 }]);
  });
  test('an approved authorization beyond the limit pays past 18 months', () => {
    const more = anAuthorization({ id: 'A-R-MORE', service: 'residential', organizationId: 'ORG-REHAB', beyondLimit: 'residential-tier-1-18-months', from: '2026-08-01', to: '2026-10-31', units: 92 });
    const line = night('2026-08-01');
    const ctx = aContext(line, aMemberContext({ member: plan, authorizations: [...stay, more] }));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.beyond).toEqual([{ authorizationId: 'A-R-MORE', limitRemaining: 0, units: 1 }]);
  });
});

describe('continuous months of an episode (stsgse-12-continuous-months, D-85)', () => {
  const hour = (serviceDate: string) => aLine({ code: 'T2019', modifiers: ['UN'], billingOrganizationId: 'ORG-REHAB', renderingStaffId: null, units: 4, minutes: 60, groupSize: 2, serviceDate });
  const auth = (id: string, from: string, to: string) => anAuthorization({ id, service: 'stsgse', organizationId: 'ORG-REHAB', from, to });
  const check = (line: ReturnType<typeof hour>, authorizations: ReturnType<typeof auth>[]) => quantityLimits.check(line, aContext(line, aMemberContext({ authorizations })));
  const reauthorized = [auth('A-S1', '2025-02-01', '2025-07-31'), auth('A-S2', '2025-08-01', '2026-01-31'), auth('A-S3', '2026-02-01', '2026-07-31')];
  test('12 continuous months pay; the 13th month needs an authorization beyond the limit', () => {
    expect(check(hour('2026-01-31'), reauthorized)).toEqual([]);
    expect(check(hour('2026-02-01'), reauthorized)).toMatchObject([{ outcome: 'deny', reason: 'limit-exceeded-episode', rule: { id: 'stsgse-12-continuous-months' }, saw: { since: '2025-02-01', beyond: 'prior-authorization' } }]);
  });
  test('a one-day gap between authorizations keeps the episode; a longer gap starts a new one', () => {
    const oneDay = [auth('A-S1', '2025-02-01', '2025-07-31'), auth('A-S2', '2025-08-02', '2026-07-31')];
    expect(check(hour('2026-02-15'), oneDay)).toMatchObject([{ outcome: 'deny', saw: { since: '2025-02-01' } }]);
    const twoDays = [auth('A-S1', '2025-02-01', '2025-07-31'), auth('A-S2', '2025-08-03', '2026-07-31')];
    expect(check(hour('2026-02-15'), twoDays)).toEqual([]);
  });
});

describe('the ACT/ICM Vocational Specialist extra per diem (act-icm-vocational-specialist-extra-per-diem, D-06, D-84)', () => {
  const hn = (day: number) => aLine({ modifiers: ['HN'], renderingStaffId: 'S-HN', serviceDate: `2025-03-${String(day).padStart(2, '0')}` });
  // Supported Employment on the Recovery Plan and an approved IESS authorization held by the ACT team.
  const vocational = (history: PriorLine[]) => {
    const base = aMemberContext();
    const member = aMember({ planLines: [...base.member!.planLines, { service: 'iess', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-15', to: null }] });
    return aMemberContext({ member, history, authorizations: [...base.authorizations, anAuthorization({ id: 'A-IESS-TEAM', service: 'iess', organizationId: 'ORG-ACT' })] });
  };
  const fullMonth = [actPerDiem('AM', 1), actPerDiem('HO', 2), actPerDiem('HN', 3), actPerDiem('HM', 4)];
  test('the 5th ACT per diem in a month pays as the vocational per diem and counts toward no cap', () => {
    const line = hn(10);
    const ctx = aContext(line, vocational(fullMonth));
    expect(quantityLimits.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.limits.map((u) => u.key)).toEqual(['act-icm-vocational-specialist-extra-per-diem:2025-03']);
  });
  test('the 6th is denied at the monthly cap, the allowance used', () => {
    const line = hn(12);
    const ctx = aContext(line, vocational([...fullMonth, actPerDiem('HN', 5)]));
    expect(quantityLimits.check(line, ctx)).toEqual(expect.arrayContaining([expect.objectContaining({
      outcome: 'deny', reason: 'per-diem-monthly-cap', saw: expect.objectContaining({ additionalPerDiem: { rule: 'act-icm-vocational-specialist-extra-per-diem', shown: true, used: 1, perMonth: 1 } }),
    })]));
  });
  test('without Supported Employment on the plan and the team\'s IESS authorization the 5th is denied', () => {
    const line = hn(10);
    expect(quantityLimits.check(line, aContext(line, aMemberContext({ history: fullMonth })))).toEqual(expect.arrayContaining([
      expect.objectContaining({ outcome: 'deny', reason: 'per-diem-monthly-cap', saw: expect.objectContaining({ additionalPerDiem: expect.objectContaining({ shown: false }) }) }),
    ]));
  });
  test('a vocational per diem past the category cap leaves the total cap to the other practitioners', () => {
    // HN, HN fill category 3; the 3rd HN is the vocational one, so two more per diems still fit the total of 4.
    const history = [actPerDiem('HN', 1), actPerDiem('HN', 2), actPerDiem('HN', 3), actPerDiem('TD', 4)];
    const line = aLine({ modifiers: ['AM'], renderingStaffId: 'S-AM', serviceDate: '2025-03-10' });
    expect(quantityLimits.check(line, aContext(line, vocational(history)))).toEqual([]);
    const fifth = aLine({ modifiers: ['HO'], renderingStaffId: 'S-HO', serviceDate: '2025-03-11' });
    expect(quantityLimits.check(fifth, aContext(fifth, vocational([...history, actPerDiem('AM', 5)])))).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'per-diem-monthly-cap' })]));
  });
  test('other practitioners\' per diems are never the vocational one', () => {
    const line = aLine({ modifiers: ['HO'], renderingStaffId: 'S-HO', serviceDate: '2025-03-10' });
    expect(quantityLimits.check(line, aContext(line, vocational(fullMonth)))).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'deny' })]));
  });
});
