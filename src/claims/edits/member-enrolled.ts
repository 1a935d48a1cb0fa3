import type { Edit } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import type { Catalog } from '../../catalog/index.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

const ids = new WeakMap<Catalog, ReadonlySet<string>>();
/** The program ids a member may be enrolled in: the pack itself (the whole program) and its pack.yaml programs. */
function programIds(catalog: Catalog): ReadonlySet<string> {
  let set = ids.get(catalog);
  if (!set) ids.set(catalog, (set = new Set([catalog.program, ...catalog.manifest.programs.map((p) => p.id)])));
  return set;
}

/**
 * The member must be enrolled in the program on the date; a team service (ACT, ICM) needs enrollment with the
 * team of the billing organization.
 */
export const memberEnrolled: Edit = {
  id: 'member-enrolled',
  appliesTo: (_line, { member, resolved }) => member.member !== null && resolved.code !== null,
  check(line, { catalog, member, resolved }) {
    const programs = programIds(catalog);
    const enrolled = member.member!.enrollments.filter((e) => covers(e, line.serviceDate) && programs.has(e.program));
    if (enrolled.length === 0) {
      return [{ outcome: 'deny', reason: 'member-not-enrolled', rule: engineRule('member-enrolled'), saw: { date: line.serviceDate } }];
    }
    if (resolved.teamPrograms.length > 0 && resolved.team === null) {
      return [{
        outcome: 'deny', reason: 'member-not-enrolled-in-team', rule: engineRule(`${resolved.service}-team-enrollment`),
        saw: { teamPrograms: resolved.teamPrograms, billingOrganizationId: line.billingOrganizationId, enrolledIn: enrolled.map((e) => e.program) },
      }];
    }
    return PASS;
  },
};
