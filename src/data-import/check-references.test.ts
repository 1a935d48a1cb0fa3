import { describe, expect, test } from 'vitest';
import { checkAgainstPolicy, type KnownIds } from './check-references.js';
import { smallBundle } from './testing/small-bundle.js';

const known: KnownIds = {
  programs: ['test-program'], services: ['act', 'icm'], providerTypes: ['act-provider'], teamPrograms: ['act', 'icm'], fidelityLevels: ['provisional'],
  limits: ['act-per-diems-total-per-month-high'],
};

describe('checking a bundle against the policy catalog', () => {
  test('a bundle using only known ids passes', () => {
    expect(checkAgainstPolicy(smallBundle(), known)).toEqual([]);
  });

  test('each unknown id is named by file, record, ref and field', () => {
    const bundle = smallBundle({ members: 2 });
    bundle.organizations[0]!.enrollments[0] = { ...bundle.organizations[0]!.enrollments[0]!, providerType: 'psychic' };
    bundle.teams[1] = { ...bundle.teams[1]!, program: 'xyz' };
    bundle.teams[0]!.fidelity[0] = { ...bundle.teams[0]!.fidelity[0]!, level: 'gold' };
    bundle.members[1]!.eligibility[0] = { ...bundle.members[1]!.eligibility[0]!, program: 'other-state' };
    bundle.plans[0]!.lines[0] = { ...bundle.plans[0]!.lines[0]!, service: 'massage' };
    bundle.authorizations[0] = { ...bundle.authorizations[0]!, beyondLimit: 'act-per-diems-total-per-month-huge' };
    expect(checkAgainstPolicy(bundle, known).map(({ file, index, ref, path }) => `${file}#${index} ${ref} ${path}`)).toEqual([
      'organizations.json#0 ORG-A enrollments.0.providerType',
      'teams.json#0 TEAM-A fidelity.0.level',
      'teams.json#1 TEAM-B program',
      'members.json#1 M-2 eligibility.0.program',
      'plans.json#0 P-1 lines.0.service',
      'authorizations.json#0 AUTH-1 beyondLimit',
    ]);
    bundle.authorizations[0] = { ...bundle.authorizations[0]!, beyondLimit: 'act-per-diems-total-per-month-high' };
    expect(checkAgainstPolicy(bundle, known).map((e) => e.path)).not.toContain('beyondLimit');
  });

  test('a member may enroll in a team program as well as in the program itself', () => {
    const bundle = smallBundle({ members: 2 });
    expect(bundle.members[0]!.enrollments[0]!.program).toBe('act');
    expect(checkAgainstPolicy(bundle, { ...known, teamPrograms: [] }).map((e) => e.path)).toContain('enrollments.0.program');
    expect(checkAgainstPolicy(bundle, known)).toEqual([]);
  });

  test('short id lists are offered as a hint', () => {
    const bundle = smallBundle({ members: 1 });
    bundle.authorizations[0] = { ...bundle.authorizations[0]!, service: 'nope' };
    expect(checkAgainstPolicy(bundle, known)[0]!.message).toBe('Unknown service "nope" (expected one of: act, icm)');
  });
});
