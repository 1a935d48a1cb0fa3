import { describe, expect, test } from 'vitest';
import { quantityLimits } from '../edits/quantity-limits.js';
import { aContext, aLine, aMember, aMemberContext, anAuthorization, aPriorLine, aTeam, catalog } from '../edits/test-world.js';
import { additionalPerDiemsOf, showsAdditionalPerDiem, type AdditionalPerDiemRule } from './additional-per-diem.js';
import type { MemberContext, PriorLine } from './types.js';

const rule = catalog.pack.rules.find((r) => r.id === 'act-icm-vocational-specialist-extra-per-diem') as AdditionalPerDiemRule;
const base = aMemberContext();
const iessOnPlan = { service: 'iess', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-15', to: null };
const teamIess = anAuthorization({ id: 'A-IESS-TEAM', service: 'iess', organizationId: 'ORG-ACT' });
const world = (over: Partial<MemberContext> = {}, planLines = [...base.member!.planLines, iessOnPlan]) =>
  aMemberContext({ member: aMember({ planLines }), authorizations: [...base.authorizations, teamIess], ...over });
const actPerDiem = (modifier: string, day: number, lineId = `P-${modifier}-${day}`): PriorLine =>
  aPriorLine({ lineId, modifiers: [modifier], codeId: `H0040-${modifier}`, serviceDate: `2025-03-${String(day).padStart(2, '0')}` });

describe('what shows the vocational per diem (rules.yaml shownBy, D-84)', () => {
  test('Supported Employment on the plan and the team\'s approved IESS authorization on the date', () => {
    expect(showsAdditionalPerDiem(rule, '2025-03-10', 'ORG-ACT', world())).toBe(true);
  });
  test('an IESS authorization of another provider, none in force, or IESS not on the plan does not', () => {
    expect(showsAdditionalPerDiem(rule, '2025-03-10', 'ORG-ACT', world({ authorizations: base.authorizations }))).toBe(false);
    expect(showsAdditionalPerDiem(rule, '2026-01-10', 'ORG-ACT', world())).toBe(false);
    expect(showsAdditionalPerDiem(rule, '2025-03-10', 'ORG-ACT', world({}, base.member!.planLines))).toBe(false);
    expect(showsAdditionalPerDiem({ ...rule, shownBy: undefined }, '2025-03-10', 'ORG-ACT', world())).toBe(false);
  });
});

describe('replaying a month of paid per diems', () => {
  test('the first HN per diem past a cap is the extra one; a later one past the cap is not', () => {
    const history = [actPerDiem('AM', 1), actPerDiem('HO', 2), actPerDiem('HN', 3), actPerDiem('HM', 4), actPerDiem('HN', 5), actPerDiem('HN', 6)];
    expect([...additionalPerDiemsOf(catalog, [rule], '2025-03', 'basic', world({ history }))]).toEqual(['P-HN-5']);
    expect([...additionalPerDiemsOf(catalog, [rule], '2025-04', 'basic', world({ history }))]).toEqual([]);
  });
  test('without what shows it, no line is the extra one', () => {
    const history = [actPerDiem('HN', 1), actPerDiem('HN', 2), actPerDiem('HN', 3)];
    expect(additionalPerDiemsOf(catalog, [rule], '2025-03', 'basic', aMemberContext({ history })).size).toBe(0);
  });
});

describe('an ICM team bills the extra bachelor\'s per diem too', () => {
  test('past the category 3 cap of five, one more H0037 HN pays as the vocational per diem', () => {
    const icm = aMember({
      enrollments: [{ program: 'icm', organizationId: 'ORG-ACT', teamId: 'T-ICM', from: '2025-01-01', to: null }],
      planLines: [...base.member!.planLines, iessOnPlan],
    });
    const hn = (day: number): PriorLine => aPriorLine({ code: 'H0037', modifiers: ['HN'], codeId: 'H0037-HN', service: 'icm', serviceDate: `2025-03-0${day}`, lineId: `I${day}` });
    const ctx = (history: PriorLine[]) => aMemberContext({
      member: icm, history, authorizations: [...base.authorizations, teamIess],
      teams: new Map([['T-ICM', aTeam({ id: 'T-ICM', program: 'icm', fidelity: [] })]]),
    });
    const line = aLine({ code: 'H0037', modifiers: ['HN'], renderingStaffId: 'S-HN', serviceDate: '2025-03-10' });
    const five = [1, 2, 3, 4, 5].map(hn);
    expect(quantityLimits.check(line, aContext(line, ctx(five)))).toEqual([]);
    expect(quantityLimits.check(line, aContext(line, ctx([...five, hn(6)])))).toMatchObject([{ outcome: 'deny', reason: 'per-diem-category-cap', rule: { id: 'icm-per-diems-category-3-per-month' } }]);
  });
});
