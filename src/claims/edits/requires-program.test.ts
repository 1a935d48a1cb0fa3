import { describe, expect, test } from 'vitest';
import type { MemberFacts } from '../engine/types.js';
import { requiresProgram } from './requires-program.js';
import { aContext, aLine, aMember, aMemberContext, anAuthorization } from './test-world.js';

const promiseOnly: MemberFacts['enrollments'] = [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }];
const withTeam = (program: string, to: string | null = null): MemberFacts['enrollments'] => [...promiseOnly, { program, organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to }];
const residential = (code: string) => ({ service: 'residential', organizationId: 'ORG-REHAB', code, status: 'active', from: '2025-01-01', to: null });
const member = (enrollments: MemberFacts['enrollments'], ...codes: string[]) =>
  aMemberContext({ member: aMember({ enrollments, planLines: codes.map(residential) }), authorizations: [anAuthorization({ id: 'A-res', service: 'residential', organizationId: 'ORG-REHAB' })] });
const apartmentDay = aLine({ code: 'T2033', modifiers: ['TF'], billingOrganizationId: 'ORG-REHAB', renderingStaffId: null, minutes: null });
const check = (ctx: ReturnType<typeof member>, line = apartmentDay) => requiresProgram.check(line, aContext(line, ctx));

describe('Tier 4 in a Supervised Apartment requires an ACT or ICM team', () => {
  test('covers the Tier 2 apartment codes only, not the Tier 4 Group Home per diem', () => {
    const ctx = member(promiseOnly, 'T2033-HK', 'T2033-TF');
    expect(requiresProgram.appliesTo(apartmentDay, aContext(apartmentDay, ctx))).toBe(true);
    const groupHome = aLine({ code: 'T2033', modifiers: ['HK'], billingOrganizationId: 'ORG-REHAB', renderingStaffId: null, minutes: null });
    expect(requiresProgram.check(groupHome, aContext(groupHome, ctx))).toEqual([]);
    const cpst = aLine({ code: 'H0036', modifiers: [], billingOrganizationId: 'ORG-REHAB' });
    expect(requiresProgram.appliesTo(cpst, aContext(cpst, ctx))).toBe(false);
  });
  test('a Tier 4 apartment member without a team is denied', () => {
    expect(check(member(promiseOnly, 'T2033-HK', 'T2033-TF'))).toMatchObject([{
      outcome: 'deny', reason: 'program-required', rule: { id: 'tier-4-supervised-apartment-requires-act-or-icm', decision: 'D-49' },
      saw: { requires: ['act', 'act-plus', 'icm'], setting: 'residential-tier-4-supervised-apartment' },
    }]);
    const night = aLine({ ...apartmentDay, modifiers: ['TF', 'UJ'] });
    expect(check(member(promiseOnly, 'T2033-HK', 'T2033-TF-UJ'), night)).toMatchObject([{ reason: 'program-required' }]);
  });
  test('on ACT or ICM on the date it pays; a team that ended the day before does not count', () => {
    expect(check(member(withTeam('act'), 'T2033-HK', 'T2033-TF'))).toEqual([]);
    expect(check(member(withTeam('icm'), 'T2033-HK', 'T2033-TF'))).toEqual([]);
    expect(check(member(withTeam('act', '2025-03-02'), 'T2033-HK', 'T2033-TF'))).toMatchObject([{ reason: 'program-required' }]);
  });
  test('Tier 2 and Tier 3 apartment members need no team', () => {
    expect(check(member(promiseOnly, 'T2033-TF'))).toEqual([]);
    expect(check(member(promiseOnly, 'T2033-TG', 'T2033-TF'))).toEqual([]);
  });
});
