import { describe, expect, test } from 'vitest';
import { adjudicateMemberLines } from '../engine/adjudicate-member-lines.js';
import type { MemberFacts } from '../engine/types.js';
import { touchLevelSupported } from './touch-level-supported.js';
import { aContext, aLine, aMember, aMemberContext, anAuthorization, catalog } from './test-world.js';

const careManagement = (...modifiers: string[]) => aLine({ code: 'T2022', modifiers, billingOrganizationId: 'ORG-CM', renderingStaffId: null, minutes: null });
const promiseOnly: MemberFacts['enrollments'] = [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }];
const residential = (code: string | null, to: string | null = null) => ({ service: 'residential', organizationId: 'ORG-REHAB', code, status: 'active', from: '2025-01-01', to });
/** A member with the given enrollments and residential plan lines, and no residential authorization. */
const memberWith = (enrollments: MemberFacts['enrollments'], planLines: MemberFacts['planLines'] = []) =>
  aMemberContext({ member: aMember({ enrollments, planLines }), authorizations: [anAuthorization({ id: 'A-act' })] });
const check = (modifiers: string[], ctx = aMemberContext()) => { const line = careManagement(...modifiers); return touchLevelSupported.check(line, aContext(line, ctx)); };

describe('Care Management touch level vs the member setting', () => {
  test('applies to the six T2022 codes only', () => {
    const line = careManagement('HT', 'TF');
    expect(touchLevelSupported.appliesTo(line, aContext(line))).toBe(true);
    expect(touchLevelSupported.appliesTo(aLine(), aContext(aLine()))).toBe(false);
  });
  test('an ACT member is Low touch: T2022 and T2022 HT pay, T2022 TF (one level higher) is denied', () => {
    expect(check([])).toEqual([]);
    expect(check(['HT'])).toEqual([]);
    expect(check(['TF'])).toMatchObject([{ outcome: 'deny', reason: 'level-not-supported', rule: { id: 'low', decision: 'D-82' }, saw: { billed: 'medium', allowed: 'low', settings: ['act'] } }]);
    expect(check(['HT', 'TG'])).toMatchObject([{ reason: 'level-not-supported', saw: { billed: 'high', allowed: 'low' } }]);
  });
  test('an ICM member is Low touch; an ACT Plus member is High touch', () => {
    const icm = memberWith([...promiseOnly, { program: 'icm', organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to: null }]);
    expect(check(['TF'], icm)).toMatchObject([{ saw: { allowed: 'low', settings: ['icm'] } }]);
    const actPlus = memberWith([...promiseOnly, { program: 'act-plus', organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to: null }]);
    expect(check(['TG'], actPlus)).toEqual([]);
  });
  test('a team enrollment that ended before the date does not count', () => {
    const ended = memberWith([...promiseOnly, { program: 'act', organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to: '2025-03-02' }]);
    expect(check(['TG'], ended)).toEqual([]);
  });
  test('Tier 4 on the Recovery Plan is Medium touch: T2022 TF pays, T2022 TG is denied', () => {
    const tier4 = memberWith(promiseOnly, [residential('T2033-HK')]);
    expect(check(['TF'], tier4)).toEqual([]);
    expect(check(['HT', 'TF'], tier4)).toEqual([]);
    expect(check(['TG'], tier4)).toMatchObject([{ reason: 'level-not-supported', saw: { billed: 'high', allowed: 'medium', settings: ['residential-tier-4'] } }]);
  });
  test('Tier 3 approved by an authorization is Medium touch', () => {
    const tier3 = aMemberContext({ member: aMember({ enrollments: promiseOnly, planLines: [] }), authorizations: [anAuthorization({ id: 'A-res', service: 'residential', code: 'T2033-TG' })] });
    expect(check(['TG'], tier3)).toMatchObject([{ saw: { allowed: 'medium', settings: ['residential-tier-3'] } }]);
  });
  test('Tiers 1 and 2 are High touch; a Tier 2 plan line that ended does not count', () => {
    expect(check(['TG'], memberWith(promiseOnly, [residential('T2033-TF')]))).toEqual([]);
    expect(check(['TG'], memberWith(promiseOnly, [residential('T2033')]))).toEqual([]);
    expect(check(['TG'], memberWith(promiseOnly, [residential('T2033-HK'), residential('T2033-TF', '2025-02-28')]))).toMatchObject([{ saw: { allowed: 'medium' } }]);
  });
  test('the team comes before the residential tier: an ACT member in a Tier 2 apartment is Low touch', () => {
    const both = memberWith(aMember().enrollments, [residential('T2033-TF')]);
    expect(check(['TG'], both)).toMatchObject([{ saw: { allowed: 'low' } }]);
  });
  test('no team and no residential tier: Outpatient, High touch, pays every level', () => {
    for (const modifiers of [['TG'], ['HT', 'TG'], ['TF'], []]) expect(check(modifiers, memberWith(promiseOnly))).toEqual([]);
  });
  test('residential with no tier code on file leaves the setting unknown: the line passes (D-82)', () => {
    expect(check(['TG'], memberWith(promiseOnly, [residential(null)]))).toEqual([]);
    const approvedWithoutCode = aMemberContext({ member: aMember({ enrollments: promiseOnly, planLines: [] }), authorizations: [anAuthorization({ id: 'A-res', service: 'residential', code: null })] });
    expect(check(['TG'], approvedWithoutCode)).toEqual([]);
  });
  test('a tier on file decides even beside a residential record without one', () => {
    const both = aMemberContext({ member: aMember({ enrollments: promiseOnly, planLines: [residential('T2033-HK')] }), authorizations: [anAuthorization({ id: 'A-res', service: 'residential', code: null })] });
    expect(check(['TG'], both)).toMatchObject([{ saw: { allowed: 'medium' } }]);
  });
});

describe('through the engine', () => {
  test("an ACT member's Low touch month pays; a Medium touch month is denied level-not-supported", () => {
    const m = aMember();
    const cmOnPlan = { service: 'care-management', organizationId: 'ORG-CM', code: null, status: 'active', from: '2025-01-15', to: null };
    const ctx = aMemberContext({ member: { ...m, planLines: [...m.planLines, cmOnPlan] } });
    const march = careManagement();
    const april = { ...careManagement('TF'), lineId: 'APR', serviceDate: '2025-04-02', receivedOn: '2025-04-10' };
    const [paid, denied] = adjudicateMemberLines(catalog, [march, april], ctx);
    expect(paid).toMatchObject({ status: 'paid', paidAmount: '162.13' });
    expect(denied).toMatchObject({ status: 'denied', findings: [{ edit: 'touch-level-supported', reason: 'level-not-supported' }] });
  });
});
