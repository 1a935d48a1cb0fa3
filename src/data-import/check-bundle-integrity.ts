import type { ImportBundle } from './bundle-schema.js';
import type { BundleError } from './format-bundle-error.js';

type Span = { from: string; to?: string };

/**
 * Errors a bundle carries on its own, before any database lookup: a ref used twice in one file, a Medicaid id
 * given to two members, a period ending before it starts. readBundle finds these too (same words) for folders;
 * this keeps importBundle safe for bundles built in code or sent over HTTP.
 */
export function checkBundleIntegrity(bundle: ImportBundle): BundleError[] {
  const errors: BundleError[] = [];
  const files: [string, { ref: string }[]][] = [
    ['organizations.json', bundle.organizations], ['sites.json', bundle.sites], ['teams.json', bundle.teams],
    ['staff.json', bundle.staff], ['members.json', bundle.members], ['plans.json', bundle.plans], ['authorizations.json', bundle.authorizations],
  ];
  for (const [file, records] of files) {
    const seen = new Map<string, number>();
    records.forEach((r, i) => {
      const first = seen.get(r.ref);
      if (first === undefined) seen.set(r.ref, i);
      else errors.push({ file, index: i, ref: r.ref, path: 'ref', message: `Duplicate ref "${r.ref}": record ${first} has it too` });
    });
  }
  const medicaidIds = new Map<string, number>();
  bundle.members.forEach((m, i) => {
    const first = medicaidIds.get(m.medicaidId);
    if (first === undefined) medicaidIds.set(m.medicaidId, i);
    else errors.push({ file: 'members.json', index: i, ref: m.ref, path: 'medicaidId', message: `Medicaid id ${m.medicaidId} is also on record ${first}` });
  });

  const span = (file: string, index: number, ref: string, path: string, s: Span) => {
    if (s.to && s.to < s.from) errors.push({ file, index, ref, path: `${path}to`, message: 'Ends before it starts ("to" is earlier than "from")' });
  };
  bundle.organizations.forEach((o, i) => o.enrollments.forEach((e, j) => span('organizations.json', i, o.ref, `enrollments.${j}.`, e)));
  bundle.teams.forEach((t, i) => t.fidelity.forEach((f, j) => span('teams.json', i, t.ref, `fidelity.${j}.`, f)));
  bundle.staff.forEach((s, i) => s.credentials.forEach((c, j) => span('staff.json', i, s.ref, `credentials.${j}.`, c)));
  bundle.members.forEach((m, i) => {
    m.eligibility.forEach((e, j) => span('members.json', i, m.ref, `eligibility.${j}.`, e));
    m.enrollments.forEach((e, j) => span('members.json', i, m.ref, `enrollments.${j}.`, e));
  });
  bundle.plans.forEach((p, i) => {
    span('plans.json', i, p.ref, '', p);
    p.lines.forEach((l, j) => span('plans.json', i, p.ref, `lines.${j}.`, l));
  });
  bundle.authorizations.forEach((a, i) => span('authorizations.json', i, a.ref, '', a));
  return errors;
}
