import { describe, expect, test } from 'vitest';
import { notWithProgram } from './not-with-program.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

const residentialPlan = [{ service: 'residential', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-01', to: null }];

describe('tiers not available to ACT/ICM members', () => {
  test('Residential Tier 1 for an ACT member is denied', () => {
    const line = aLine({ code: 'T2033', modifiers: [] });
    const ctx = aContext(line, aMemberContext({ member: aMember({ planLines: residentialPlan }) }));
    expect(notWithProgram.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'not-covered', rule: { id: 'residential-tier-1-not-for-act-icm' } }]);
  });
  test('Residential Tier 2 night is not excluded', () => {
    const line = aLine({ code: 'T2033', modifiers: ['TF', 'UJ'] });
    const ctx = aContext(line, aMemberContext({ member: aMember({ planLines: residentialPlan }) }));
    expect(notWithProgram.check(line, ctx)).toEqual([]);
  });
});
