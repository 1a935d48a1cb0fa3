import { describe, expect, test } from 'vitest';
import type { OrganizationFacts } from '../engine/types.js';
import { addMonths } from '../engine/dates.js';
import { providerEnrolled } from './provider-enrolled.js';
import { aContext, aLine, aMemberContext, organizations } from './test-world.js';

function withActTeam(over: Partial<OrganizationFacts['enrollments'][number]>) {
  const act = organizations.find((o) => o.id === 'ORG-ACT')!;
  const org = { ...act, enrollments: [{ ...act.enrollments[0]!, ...over }] };
  return aMemberContext({ organizations: new Map([...organizations.map((o) => [o.id, o] as const), ['ORG-ACT', org]]) });
}

// provider-types.yaml act-team: re-verified every 6 months.
describe('billing provider enrolled, certified and re-verified', () => {
  test('an active ACT team certified through the date, verified within 6 months, passes', () => {
    const line = aLine();
    expect(providerEnrolled.check(line, aContext(line))).toEqual([]);
  });
  test('a provisional enrollment pays; a suspended one does not', () => {
    const line = aLine();
    expect(providerEnrolled.check(line, aContext(line, withActTeam({ status: 'provisional' })))).toEqual([]);
    expect(providerEnrolled.check(line, aContext(line, withActTeam({ status: 'suspended' })))).toMatchObject([{ outcome: 'deny', reason: 'provider-not-enrolled' }]);
  });
  test('a provider type that does not deliver the service is not certified for it', () => {
    const line = aLine({ billingOrganizationId: 'ORG-HHA', renderingStaffId: 'S-HHA' });
    expect(providerEnrolled.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'provider-not-certified-for-service' }]);
  });
  test('certified through the date of service pays; the day after it does not', () => {
    expect(providerEnrolled.check(aLine({ serviceDate: '2025-03-03' }), aContext(aLine(), withActTeam({ certifiedThrough: '2025-03-03' })))).toEqual([]);
    const late = aLine({ serviceDate: '2025-03-04' });
    expect(providerEnrolled.check(late, aContext(late, withActTeam({ certifiedThrough: '2025-03-03' })))).toMatchObject([{ reason: 'provider-not-certified-for-service' }]);
  });
  test('re-verification lapses the day after lastVerifiedOn + 6 months', () => {
    const ctx = withActTeam({ lastVerifiedOn: '2024-09-03' });
    const onTime = aLine({ serviceDate: '2025-03-03' });
    expect(providerEnrolled.check(onTime, aContext(onTime, ctx))).toEqual([]);
    const lapsed = aLine({ serviceDate: '2025-03-04' });
    expect(providerEnrolled.check(lapsed, aContext(lapsed, ctx))).toMatchObject([{ outcome: 'deny', reason: 'provider-reverification-lapsed', rule: { id: 'act-team.verification' } }]);
  });
  test('months are calendar months', () => {
    expect([addMonths('2025-08-31', 6), addMonths('2024-09-03', 6)]).toEqual(['2026-02-28', '2025-03-03']);
  });
});
