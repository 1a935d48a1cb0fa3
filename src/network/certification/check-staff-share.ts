import type { Requirement } from '../../catalog/index.js';
import type { CheckFinding, StaffProfile } from './staff-profile.js';

/**
 * Requirements with a `staffShare: { roles, min }` check (DE group home: at least 75% of staff are Clinicians or
 * Associate Clinicians): the share of the named staff's FTE in those roles, or of heads when any FTE is missing.
 * A person named for several roles counts once, with the largest FTE given.
 */
export function checkStaffShare(requirements: readonly Requirement[], named: readonly StaffProfile[]): Map<string, CheckFinding[]> {
  const out = new Map<string, CheckFinding[]>();
  for (const req of requirements) {
    const share = req.check?.staffShare as { roles?: string[]; min?: number } | undefined;
    if (!share?.roles || share.min === undefined) continue;
    const rule = { id: req.id, source: req.source };
    const people = new Map<string, { fte: number | null; inRoles: boolean }>();
    for (const p of named) {
      const seen = people.get(p.staffId);
      const fte = seen && seen.fte !== null && p.fte !== null ? Math.max(seen.fte, p.fte) : seen ? null : p.fte;
      people.set(p.staffId, { fte, inRoles: (seen?.inRoles ?? false) || share.roles.includes(p.roleId) });
    }
    if (people.size === 0) {
      out.set(req.id, [{ check: 'staff-share', outcome: 'unknown', rule, saw: { named: 0 }, message: 'No staff are named yet.' }]);
      continue;
    }
    const all = [...people.values()];
    const byFte = all.every((p) => p.fte !== null);
    const weight = (p: { fte: number | null }) => (byFte ? p.fte! : 1);
    const total = all.reduce((s, p) => s + weight(p), 0);
    const inRoles = all.filter((p) => p.inRoles).reduce((s, p) => s + weight(p), 0);
    const actual = total === 0 ? 0 : Math.round((inRoles / total) * 1000) / 1000;
    const met = actual >= share.min;
    out.set(req.id, [{
      check: 'staff-share', outcome: met ? 'met' : 'not-met', rule,
      saw: { roles: share.roles, min: share.min, share: actual, basis: byFte ? 'fte' : 'heads', inRoles, total },
      message: `${Math.round(actual * 100)}% of named staff (${byFte ? 'by FTE' : 'by head count'}) are in ${share.roles.join(' or ')}; at least ${Math.round(share.min * 100)}% required.`,
    }]);
  }
  return out;
}
