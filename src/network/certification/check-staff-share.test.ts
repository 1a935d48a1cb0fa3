import { describe, expect, test } from 'vitest';
import type { Requirement } from '../../catalog/index.js';
import { checkStaffShare } from './check-staff-share.js';
import { aPerson } from './testing/a-person.js';

const clinicians75: Requirement = { id: 'clinicians-75-percent', kind: 'staffing', text: '75% clinicians', source: 'x.txt:L685',
  check: { staffShare: { roles: ['clinician', 'associate-clinician'], min: 0.75 } } };
const staff = (staffId: string, roleId: string, fte: number | null = 1) => aPerson({ staffId, roleId, fte });

describe('group home: at least 75% of staff are clinicians or associate clinicians', () => {
  test.each([
    [[staff('a', 'clinician'), staff('b', 'associate-clinician'), staff('c', 'clinician'), staff('d', 'peer-specialist')], 'met'],
    [[staff('a', 'clinician'), staff('b', 'associate-clinician'), staff('d', 'peer-specialist')], 'not-met'],
  ])('%#: %s', (named, outcome) => {
    expect(checkStaffShare([clinicians75], named).get('clinicians-75-percent')![0]).toMatchObject({ outcome, rule: { id: 'clinicians-75-percent' } });
  });
  test('weighs by FTE when every FTE is given', () => {
    const named = [staff('a', 'clinician', 3), staff('b', 'peer-specialist', 1)];
    expect(checkStaffShare([clinicians75], named).get('clinicians-75-percent')![0]).toMatchObject({ outcome: 'met', saw: { basis: 'fte', share: 0.75 } });
  });
  test('counts heads when an FTE is missing, and a person named twice once', () => {
    const named = [staff('a', 'clinician', null), staff('a', 'residence-manager', null), staff('b', 'peer-specialist', 1)];
    expect(checkStaffShare([clinicians75], named).get('clinicians-75-percent')![0]).toMatchObject({ outcome: 'not-met', saw: { basis: 'heads', total: 2, inRoles: 1 } });
  });
  test('requirements without the check are not judged; no staff is for the reviewer', () => {
    expect(checkStaffShare([{ ...clinicians75, check: undefined }], [staff('a', 'clinician')]).size).toBe(0);
    expect(checkStaffShare([clinicians75], []).get('clinicians-75-percent')![0]!.outcome).toBe('unknown');
  });
});
