import { describe, expect, test } from 'vitest';
import { excludedSetting } from './excluded-setting.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

// T2033 bills Residential and Respite; a member with Residential (not Respite) on the plan reads it as Residential.
const residential = aMemberContext({ member: aMember({ planLines: [{ service: 'residential', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-01', to: null }] }) });

describe('excluded settings', () => {
  test('CPST in an IMD (POS 56, psychiatric residential) is denied', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], placeOfService: '56' });
    expect(excludedSetting.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'excluded-setting', rule: { id: 'cpst-not-in-imd' } }]);
  });
  test('CPST at home (POS 12) pays', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], placeOfService: '12' });
    expect(excludedSetting.check(line, aContext(line))).toEqual([]);
  });
  test('Residential Tier 2 in a group home (POS 14) is denied by the tiers 1–2 rule', () => {
    const line = aLine({ code: 'T2033', modifiers: ['TF'], placeOfService: '14' });
    expect(excludedSetting.check(line, aContext(line, residential))).toMatchObject([{ rule: { id: 'residential-tiers-1-2-not-in-group-home' } }]);
  });
  test('the group-home exclusion names tiers 1–2 only: Tier 3 in a group home pays', () => {
    const line = aLine({ code: 'T2033', modifiers: ['TG'], placeOfService: '14' });
    expect(excludedSetting.check(line, aContext(line, residential))).toEqual([]);
  });
});
