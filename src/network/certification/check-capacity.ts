import type { Requirement } from '../../catalog/index.js';
import type { CheckFinding } from './staff-profile.js';

/** Requirements with a `maxMembers` check (DE ACT team: no more than 125) against the clients the applicant projects. */
export function checkCapacity(requirements: readonly Requirement[], projectedClients: number | null): Map<string, CheckFinding[]> {
  const out = new Map<string, CheckFinding[]>();
  for (const req of requirements) {
    const max = req.check?.maxMembers;
    if (typeof max !== 'number') continue;
    const rule = { id: req.id, source: req.source };
    out.set(req.id, [projectedClients === null
      ? { check: 'capacity', outcome: 'unknown', rule, saw: { max }, message: 'The application states no projected client count.' }
      : { check: 'capacity', outcome: projectedClients <= max ? 'met' : 'not-met', rule, saw: { projectedClients, max },
          message: `${projectedClients} projected clients; at most ${max}.` }]);
  }
  return out;
}
