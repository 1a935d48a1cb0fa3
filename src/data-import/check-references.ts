import type { ImportBundle } from './bundle-schema.js';
import type { BundleError } from './format-bundle-error.js';

/** The policy ids an import may use, from the policy catalog. */
export interface KnownIds {
  /** Program (pack) ids, e.g. the pack id of each loaded program. */
  programs: string[];
  services: string[];
  providerTypes: string[];
  /** Team program ids (act, icm …): also valid as a member enrollment's program. */
  teamPrograms: string[];
  fidelityLevels: string[];
  /** limits.yaml ids (an authorization may lift one: `beyondLimit`). */
  limits: string[];
}

/** Errors for every program, service, provider type, team program or fidelity level id the policy does not define. */
export function checkAgainstPolicy(bundle: ImportBundle, known: KnownIds): BundleError[] {
  const programs = new Set(known.programs);
  const services = new Set(known.services);
  const providerTypes = new Set(known.providerTypes);
  const teamPrograms = new Set(known.teamPrograms);
  const fidelityLevels = new Set(known.fidelityLevels);
  const limits = new Set(known.limits);
  const enrollmentPrograms = new Set([...programs, ...teamPrograms]);
  const errors: BundleError[] = [];
  const check = (file: string, index: number, ref: string, path: string, value: string, ids: Set<string>, what: string) => {
    if (!ids.has(value)) errors.push({ file, index, ref, path, message: `Unknown ${what} "${value}"${hint(ids)}` });
  };

  bundle.organizations.forEach((o, i) => o.enrollments.forEach((e, j) => {
    check('organizations.json', i, o.ref, `enrollments.${j}.program`, e.program, programs, 'program');
    check('organizations.json', i, o.ref, `enrollments.${j}.providerType`, e.providerType, providerTypes, 'provider type');
  }));
  bundle.teams.forEach((t, i) => {
    check('teams.json', i, t.ref, 'program', t.program, teamPrograms, 'team program');
    t.fidelity.forEach((f, j) => check('teams.json', i, t.ref, `fidelity.${j}.level`, f.level, fidelityLevels, 'fidelity level'));
  });
  bundle.members.forEach((m, i) => {
    m.eligibility.forEach((e, j) => check('members.json', i, m.ref, `eligibility.${j}.program`, e.program, programs, 'program'));
    m.enrollments.forEach((e, j) => check('members.json', i, m.ref, `enrollments.${j}.program`, e.program, enrollmentPrograms, 'program'));
  });
  bundle.plans.forEach((p, i) => {
    check('plans.json', i, p.ref, 'program', p.program, programs, 'program');
    p.lines.forEach((l, j) => check('plans.json', i, p.ref, `lines.${j}.service`, l.service, services, 'service'));
  });
  bundle.authorizations.forEach((a, i) => {
    check('authorizations.json', i, a.ref, 'program', a.program, programs, 'program');
    check('authorizations.json', i, a.ref, 'service', a.service, services, 'service');
    if (a.beyondLimit) check('authorizations.json', i, a.ref, 'beyondLimit', a.beyondLimit, limits, 'limit');
  });
  return errors;
}

/** Lists the valid ids when there are few enough to read. */
function hint(ids: Set<string>): string {
  if (ids.size === 0) return ' (the policy defines none)';
  return ids.size <= 12 ? ` (expected one of: ${[...ids].sort().join(', ')})` : '';
}
