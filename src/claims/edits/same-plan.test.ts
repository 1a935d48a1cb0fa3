import { describe, expect, test } from 'vitest';
import { samePlan } from './same-plan.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

const plan = (...services: string[]) => aMember({ planLines: services.map((service) => ({ service, organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-01', to: null })) });

describe('services that may not share a Recovery Plan', () => {
  test('NMT with ACT on the plan is denied', () => {
    const line = aLine({ code: 'A0090', modifiers: [] });
    expect(samePlan.check(line, aContext(line, aMemberContext({ member: plan('nmt', 'act') })))).toMatchObject([{ outcome: 'deny', reason: 'same-plan-conflict', rule: { id: 'nmt-not-with-residential-act-icm' } }]);
  });
  test('Nursing with ACT pends unless DHSS approved it through the Nursing prior authorization', () => {
    const line = aLine({ code: 'S9123', modifiers: [], billingOrganizationId: 'ORG-HHA' });
    const withoutAuth = aMemberContext({ member: plan('nursing', 'act'), authorizations: [] });
    expect(samePlan.check(line, aContext(line, withoutAuth))).toMatchObject([{ outcome: 'pend', reason: 'same-plan-conflict', rule: { id: 'nursing-not-with-act-icm' } }]);
    expect(samePlan.check(line, aContext(line, aMemberContext({ member: plan('nursing', 'act') })))).toEqual([]);
  });
  test('NMT alone pays', () => {
    const line = aLine({ code: 'A0090', modifiers: [] });
    expect(samePlan.check(line, aContext(line, aMemberContext({ member: plan('nmt') })))).toEqual([]);
  });
});
