import { describe, expect, test } from 'vitest';
import type { StaffRole } from '../../catalog/index.js';
import { checkRoleQualifications } from './check-role-qualifications.js';
import { aPerson } from './testing/a-person.js';

// The CT Community Support Team leader's four paths, as the pack writes them.
const cstTeamLeader: StaffRole = {
  id: 'cst-team-leader', name: 'Community Support Team Leader', required: true, source: 'x.txt:L409',
  qualifiedBy: [
    [{ id: 'licensed', kind: 'license', text: '', check: { anyOf: [{ licensed: 'mental-health-professional' }, { licenseEligible: 'mental-health-professional' }] }, source: 'x' }],
    [{ id: 'masters', kind: 'degree', text: '', check: { degree: 'master' }, source: 'x' }, { id: 'two-years', kind: 'experience', text: '', check: { experienceYears: 2 }, source: 'x' }],
    [{ id: 'masters', kind: 'degree', text: '', check: { degree: 'master' }, source: 'x' }, { id: 'uspra', kind: 'certification', text: '', check: { credential: 'uspra-certified' }, source: 'x' }],
    [{ id: 'masters', kind: 'degree', text: '', check: { degree: 'master' }, source: 'x' }, { id: 'cadc', kind: 'certification', text: '', check: { credential: 'cadc' }, source: 'x' }],
  ],
};
const on = '2025-06-01';
const cadc = { kind: 'certification', name: 'CADC', from: '2020-01-01', to: null };

describe('required roles filled by qualified staff', () => {
  test('an unfilled required role is not met', () => {
    const [finding] = checkRoleQualifications([cstTeamLeader], [], on).get('cst-team-leader')!;
    expect(finding).toMatchObject({ outcome: 'not-met', rule: { id: 'cst-team-leader' }, saw: { named: 0 } });
  });
  test('an optional role may stay empty', () => {
    expect(checkRoleQualifications([{ ...cstTeamLeader, required: false }], [], on).get('cst-team-leader')).toEqual([]);
  });
  test('a licensed leader qualifies by the first path', () => {
    const person = aPerson({ credentials: [{ kind: 'license', name: 'LCSW', from: '2019-01-01', to: null }] });
    expect(checkRoleQualifications([cstTeamLeader], [person], on).get('cst-team-leader')![0]).toMatchObject({ outcome: 'met', saw: { path: 1 } });
  });
  test("a master's with a current CADC qualifies by the fourth path", () => {
    const person = aPerson({ degree: 'master', credentials: [cadc] });
    expect(checkRoleQualifications([cstTeamLeader], [person], on).get('cst-team-leader')![0]).toMatchObject({ outcome: 'met', saw: { path: 4 } });
  });
  test("a master's alone leaves the experience path for the reviewer", () => {
    const finding = checkRoleQualifications([cstTeamLeader], [aPerson({ degree: 'master' })], on).get('cst-team-leader')![0]!;
    expect(finding).toMatchObject({ outcome: 'unknown' });
  });
  test("a bachelor's with a CADC meets no path", () => {
    const person = aPerson({ degree: 'bachelor', credentials: [cadc] });
    // Path 1 is unknown (license-eligible cannot be seen), so the reviewer still decides; a lapsed CADC changes nothing.
    expect(checkRoleQualifications([cstTeamLeader], [person], on).get('cst-team-leader')![0]!.outcome).toBe('unknown');
    const strict: StaffRole = { ...cstTeamLeader, qualifiedBy: cstTeamLeader.qualifiedBy.slice(2) };
    expect(checkRoleQualifications([strict], [person], on).get('cst-team-leader')![0]!.outcome).toBe('not-met');
  });
  test('staff named for another role do not fill this one', () => {
    const person = aPerson({ roleId: 'cst-staff', credentials: [{ kind: 'license', name: 'LCSW', from: '2019-01-01', to: null }] });
    expect(checkRoleQualifications([cstTeamLeader], [person], on).get('cst-team-leader')![0]!.outcome).toBe('not-met');
  });
});
