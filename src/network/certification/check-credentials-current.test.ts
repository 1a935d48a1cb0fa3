import { describe, expect, test } from 'vitest';
import type { Requirement } from '../../catalog/index.js';
import { checkCredentialsCurrent } from './check-credentials-current.js';
import { aPerson } from './testing/a-person.js';

const background: Requirement = { id: 'staff-registry-screening', kind: 'background-check', text: 'Screened', source: 'x.txt:L48' };
const training: Requirement = { id: 'dhss-training', kind: 'training', text: 'Trained', source: 'x.txt:L44' };
const insurance: Requirement = { id: 'insurance', kind: 'insurance', text: 'Insured', source: 'x.txt:L1' };
const checked = aPerson({ staffId: 'a', credentials: [{ kind: 'background-check', name: 'Criminal', from: '2024-01-01', to: '2025-06-30' }] });

describe('background checks and trainings current on the date', () => {
  test.each([['2025-06-30', 'met'], ['2025-07-01', 'not-met']])('a check valid through 2025-06-30, judged %s: %s', (on, outcome) => {
    expect(checkCredentialsCurrent([background], [checked], on).get('staff-registry-screening')![0]).toMatchObject({ outcome, rule: { id: 'staff-registry-screening' } });
  });
  test('an expired check is named as expired', () => {
    expect(checkCredentialsCurrent([background], [checked], '2025-07-01').get('staff-registry-screening')![0]!.saw).toMatchObject({ lacking: ['a'], expired: ['a'] });
  });
  test('every named person needs the training', () => {
    const trained = aPerson({ staffId: 'b', credentials: [{ kind: 'training', name: 'DHSS orientation', from: '2025-01-01', to: null }] });
    expect(checkCredentialsCurrent([training], [trained, checked], '2025-03-01').get('dhss-training')![0]).toMatchObject({ outcome: 'not-met', saw: { lacking: ['a'] } });
  });
  test('other kinds are not judged here; no staff is for the reviewer', () => {
    expect(checkCredentialsCurrent([insurance], [checked], '2025-03-01').size).toBe(0);
    expect(checkCredentialsCurrent([training], [], '2025-03-01').get('dhss-training')![0]!.outcome).toBe('unknown');
  });
});
