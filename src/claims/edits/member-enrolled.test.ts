import { describe, expect, test } from 'vitest';
import { memberEnrolled } from './member-enrolled.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

describe('member enrolled in the program', () => {
  test('an ACT per diem from the member\'s ACT team passes', () => {
    const line = aLine();
    expect(memberEnrolled.check(line, aContext(line))).toEqual([]);
  });
  test('an ACT per diem for a member with no ACT enrollment is denied', () => {
    const line = aLine();
    const ctx = aMemberContext({ member: aMember({ enrollments: [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }] }) });
    expect(memberEnrolled.check(line, aContext(line, ctx))).toMatchObject([{ outcome: 'deny', reason: 'member-not-enrolled-in-team' }]);
  });
  test('an ACT per diem billed by an organization that is not the member\'s team is denied', () => {
    const line = aLine({ billingOrganizationId: 'ORG-REHAB' });
    expect(memberEnrolled.check(line, aContext(line))).toMatchObject([{ reason: 'member-not-enrolled-in-team' }]);
  });
  test('the day after the enrollment ends the member is not enrolled', () => {
    const line = aLine({ code: 'T2022', modifiers: [], billingOrganizationId: 'ORG-CM', serviceDate: '2025-04-01' });
    const ctx = aMemberContext({ member: aMember({ enrollments: [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: '2025-03-31' }] }) });
    expect(memberEnrolled.check(line, aContext(line, ctx))).toMatchObject([{ outcome: 'deny', reason: 'member-not-enrolled' }]);
  });
  test('an enrollment in the whole program (the pack id) counts as enrolled, as the import format allows', () => {
    const line = aLine({ code: 'T2022', modifiers: [], billingOrganizationId: 'ORG-CM', serviceDate: '2025-04-01' });
    const ctx = aMemberContext({ member: aMember({ enrollments: [{ program: line.program, organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }] }) });
    expect(memberEnrolled.check(line, aContext(line, ctx))).toEqual([]);
  });
});
