import { describe, expect, test } from 'vitest';
import { aLine, aMember, aMemberContext, catalog, organizations } from '../edits/test-world.js';
import type { MemberContext } from './types.js';
import { resolveLine } from './resolve-line.js';

// T2033 (no modifier) is both Residential Tier 1 and Respite in a Group Home (codes.yaml): the claim cannot say which.
describe('a code two services share', () => {
  const plan = (...lines: Array<[string, string]>) => lines.map(([service, organizationId]) => ({ service, organizationId, code: null, status: 'active', from: '2025-01-01', to: null }));
  const world = (planLines: ReturnType<typeof plan>): MemberContext => {
    const ctx = aMemberContext({ member: aMember({ planLines }) });
    const enrollment = (providerType: string) => ({ program: 'de-promise', providerType, status: 'active', certifiedThrough: '2027-12-31', lastVerifiedOn: '2025-01-01', from: '2024-01-01', to: null });
    return { ...ctx, organizations: new Map([...organizations.map((o) => [o.id, o] as const),
      ['ORG-GH', { id: 'ORG-GH', npi: '6666666666', enrollments: [enrollment('group-home-mental-illness')] }],
      ['ORG-HHA2', { id: 'ORG-HHA2', npi: '6666666667', enrollments: [enrollment('home-health-agency')] }]]) };
  };
  const serviceOf = (ctx: MemberContext, billingOrganizationId: string) => {
    const r = resolveLine(catalog, aLine({ code: 'T2033', modifiers: [], billingOrganizationId, units: 1, minutes: null }), ctx);
    return r.service ?? r.problem?.reason;
  };

  test('is the service on the member\'s plan on the date', () => {
    expect(serviceOf(world(plan(['respite', 'ORG-GH'])), 'ORG-GH')).toBe('respite');
    expect(serviceOf(world(plan(['residential', 'ORG-GH'])), 'ORG-GH')).toBe('residential');
  });
  test('with both on the plan, the one planned with the billing provider', () => {
    expect(serviceOf(world(plan(['residential', 'ORG-GH'], ['respite', 'ORG-HHA2'])), 'ORG-HHA2')).toBe('respite');
    expect(serviceOf(world(plan(['residential', 'ORG-GH'], ['respite', 'ORG-HHA2'])), 'ORG-GH')).toBe('residential');
  });
  test('with both planned with the billing provider, the one its enrolled type delivers; otherwise it is missing information', () => {
    expect(serviceOf(world(plan(['residential', 'ORG-HHA2'], ['respite', 'ORG-HHA2'])), 'ORG-HHA2')).toBe('respite');
    expect(serviceOf(world(plan(['residential', 'ORG-GH'], ['respite', 'ORG-GH'])), 'ORG-GH')).toBe('missing-information');
  });
});
