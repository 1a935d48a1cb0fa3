import type { StaffRole } from '../../catalog/index.js';
import { meetsCheck, type Verdict } from './meets-check.js';
import type { CheckFinding, StaffProfile } from './staff-profile.js';

/**
 * Each required role of the provider type is filled by a named staff member who meets every requirement of one
 * of the role's qualification paths (e.g. CST team leader: licensed, OR master's + 2 years, OR master's + USPRA …).
 * A requirement without a machine check is `unknown`: the reviewer judges it from the documents.
 */
export function checkRoleQualifications(roles: readonly StaffRole[], named: readonly StaffProfile[], on: string): Map<string, CheckFinding[]> {
  const out = new Map<string, CheckFinding[]>();
  for (const role of roles) {
    const rule = { id: role.id, source: role.source };
    const people = named.filter((p) => p.roleId === role.id);
    if (people.length === 0) {
      out.set(role.id, role.required
        ? [{ check: 'role-qualification', outcome: 'not-met', rule, saw: { named: 0 }, message: `No staff member is named for ${role.name}.` }]
        : []);
      continue;
    }
    out.set(role.id, people.map((person) => judgePerson(role, person, on)));
  }
  return out;
}

function judgePerson(role: StaffRole, person: StaffProfile, on: string): CheckFinding {
  const paths = role.qualifiedBy.map((path) => {
    const verdicts = path.map((req) => ({ id: req.id, ...(req.check ? meetsCheck(req.check, person, on) : { outcome: 'unknown', why: 'no machine check' } as Verdict) }));
    const outcome = verdicts.some((v) => v.outcome === 'not-met') ? 'not-met' : verdicts.some((v) => v.outcome === 'unknown') ? 'unknown' : 'met';
    return { outcome, verdicts };
  });
  const best = paths.findIndex((p) => p.outcome === 'met');
  const open = paths.findIndex((p) => p.outcome === 'unknown');
  const outcome = best >= 0 ? 'met' : open >= 0 ? 'unknown' : 'not-met';
  const chosen = best >= 0 ? best : open;
  const saw = {
    staffId: person.staffId, path: chosen >= 0 ? chosen + 1 : null,
    requirements: (chosen >= 0 ? paths[chosen]! : paths[0]!).verdicts.map((v) => ({ id: v.id, outcome: v.outcome, why: v.why })),
  };
  const message = outcome === 'met' ? `${person.name} qualifies for ${role.name} (path ${chosen + 1}).`
    : outcome === 'unknown' ? `${person.name} may qualify for ${role.name} by path ${chosen + 1}; the records cannot show every requirement.`
      : `${person.name} meets none of the ${paths.length} qualification path(s) for ${role.name}.`;
  return { check: 'role-qualification', outcome, rule: { id: role.id, source: role.source }, saw, message };
}
