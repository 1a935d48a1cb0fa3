import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, loadPacks } from '../../catalog/index.js';
import { runAutomaticChecks } from './run-automatic-checks.js';
import { aPerson } from './testing/a-person.js';

const policyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../policy');
const loaded = await loadPacks(policyDir);
if (!loaded.ok) throw new Error('packs do not load');
const ct = buildCatalogs(loaded.value).get('ct-mro')!;
const core = ct.providerType('core-provider')!;
const on = '2007-01-15';

describe('automatic checks of a CT Core Provider application', () => {
  const licensed = { kind: 'license', name: 'LCSW', from: '2000-01-01', to: null };
  const team = [
    aPerson({ staffId: 'lead', roleId: 'act-team-leader', fte: 1, credentials: [licensed] }),
    aPerson({ staffId: 'rn', roleId: 'act-nurse', fte: 1, credentials: [{ kind: 'license', name: 'Nurse RN', from: '2000-01-01', to: null }] }),
    aPerson({ staffId: 'clin', roleId: 'act-masters-clinician', fte: 2, degree: 'master' }),
    aPerson({ staffId: 'clerk', roleId: 'act-administrative-support', fte: 1 }),
    aPerson({ staffId: 'md', roleId: 'act-psychiatrist', fte: 0.2, hoursPerWeek: 8, credentials: [{ kind: 'license', name: 'Psychiatrist', from: '2000-01-01', to: null }] }),
  ];
  test('ACT 1:10 counts team staff but not the clerk and the MD', () => {
    const findings = runAutomaticChecks({ catalog: ct, type: core, named: team, projectedClients: 40, on }).get('role:act-team-leader')!;
    expect(findings.find((f) => f.rule.id === 'act-staff-ratio-1-to-10')).toMatchObject({ outcome: 'met', saw: { fte: 4 } });
  });
  test('8 psychiatrist hours do not cover 26 clients', () => {
    const findings = runAutomaticChecks({ catalog: ct, type: core, named: team, projectedClients: 26, on }).get('role:act-team-leader')!;
    expect(findings.find((f) => f.rule.id === 'act-psychiatrist-8-hours-per-25-clients')).toMatchObject({ outcome: 'not-met', saw: { needed: 16 } });
  });
  test('an unfilled required role is a not-met finding on its item', () => {
    const findings = runAutomaticChecks({ catalog: ct, type: core, named: team, projectedClients: 10, on });
    expect(findings.get('role:medical-director')![0]).toMatchObject({ outcome: 'not-met', check: 'role-qualification' });
    expect(findings.get('role:act-team-leader')!.find((f) => f.check === 'role-qualification')).toMatchObject({ outcome: 'met' });
  });
});

describe('automatic checks of a DE group home application', () => {
  const de = buildCatalogs(loaded.ok ? loaded.value : []).get('de-promise')!;
  const groupHome = de.providerType('group-home-mental-illness')!;
  test('the 75% clinician share is judged on its requirement item', () => {
    const named = [aPerson({ staffId: 'a', roleId: 'clinician' }), aPerson({ staffId: 'b', roleId: 'peer-specialist' })];
    const findings = runAutomaticChecks({ catalog: de, type: groupHome, named, projectedClients: 6, on: '2025-06-01' });
    expect(findings.get('requirement:clinicians-75-percent')![0]).toMatchObject({ check: 'staff-share', outcome: 'not-met', saw: { share: 0.5 } });
  });
});
