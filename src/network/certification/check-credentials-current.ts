import type { Requirement } from '../../catalog/index.js';
import { isCurrentOn } from './meets-check.js';
import type { CheckFinding, StaffProfile } from './staff-profile.js';

/**
 * Background checks and required trainings are current on the date for every named staff member: a requirement of
 * kind `background-check` or `training` is met when each person holds a credential of that kind in force that day.
 */
export function checkCredentialsCurrent(requirements: readonly Requirement[], named: readonly StaffProfile[], on: string): Map<string, CheckFinding[]> {
  const out = new Map<string, CheckFinding[]>();
  for (const req of requirements) {
    if (req.kind !== 'background-check' && req.kind !== 'training') continue;
    const rule = { id: req.id, source: req.source };
    if (named.length === 0) {
      out.set(req.id, [{ check: 'credentials-current', outcome: 'unknown', rule, saw: { named: 0 }, message: 'No staff are named yet.' }]);
      continue;
    }
    const lacking = named.filter((p) => !p.credentials.some((c) => c.kind === req.kind && isCurrentOn(c, on)));
    const expired = lacking.filter((p) => p.credentials.some((c) => c.kind === req.kind && c.to !== null && c.to < on));
    out.set(req.id, [{
      check: 'credentials-current', outcome: lacking.length === 0 ? 'met' : 'not-met', rule,
      saw: { named: named.length, lacking: lacking.map((p) => p.staffId), expired: expired.map((p) => p.staffId), on },
      message: lacking.length === 0 ? `All ${named.length} named staff have a current ${req.kind} on ${on}.`
        : `${lacking.map((p) => p.name).join(', ')} lack a current ${req.kind} on ${on}${expired.length ? ` (${expired.length} expired)` : ''}.`,
    }]);
  }
  return out;
}
