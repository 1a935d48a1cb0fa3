import { describe, expect, test } from 'vitest';
import { teamOnlyService } from './team-only-service.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

describe('team-only services (CPST, peer, PSR) for ACT/ICM members', () => {
  test('CPST from the member\'s ACT team pays', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], billingOrganizationId: 'ORG-ACT' });
    expect(teamOnlyService.check(line, aContext(line))).toEqual([]);
  });
  test('PSR from another agency for an ACT member is denied', () => {
    const line = aLine({ code: 'H2017', modifiers: ['HN', 'U1'], billingOrganizationId: 'ORG-REHAB' });
    expect(teamOnlyService.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'team-only-service', rule: { id: 'psr-only-through-team' } }]);
  });
  test('peer support from an agency for a member with no team pays', () => {
    const line = aLine({ code: 'H0038', modifiers: [], billingOrganizationId: 'ORG-REHAB' });
    const noTeam = aMemberContext({ member: aMember({ enrollments: [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }] }) });
    expect(teamOnlyService.check(line, aContext(line, noTeam))).toEqual([]);
  });
});
