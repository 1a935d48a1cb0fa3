import type { Edit } from '../engine/edit.js';
import type { AuthorizationFacts } from '../engine/types.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';
import { isApproved } from '../engine/approved.js';


/**
 * Where the pack requires prior authorization always (authorization.yaml `when: always`), an approved authorization
 * for the service (and code, if it names one), for the billing provider, must cover the date and have units left
 * after earlier lines of the batch; a line beyond the balance is reduced to it. Proposes the units it consumes.
 */
export const authorizationRequired: Edit = {
  id: 'authorization-required',
  appliesTo: (_line, { resolved }) => resolved.authorization.some((a) => a.when === 'always'),
  check(line, ctx) {
    const { member, resolved, running, payableUnits } = ctx;
    const rule = ruleRef(resolved.authorization.find((a) => a.when === 'always')!);
    const date = line.serviceDate;
    const forService = member.authorizations.filter((a: AuthorizationFacts) => a.service === resolved.service && isApproved(a.status) && !a.beyondLimit
      && (a.code === null || a.code === resolved.codeId || a.code === line.code) && (a.memberId === line.memberId));
    if (forService.length === 0) return [{ outcome: 'deny', reason: 'authorization-missing', rule, saw: { service: resolved.service } }];
    const current = forService.filter((a) => a.from <= date && date <= a.to);
    if (current.length === 0) return [{ outcome: 'deny', reason: 'authorization-expired', rule, saw: { date, spans: forService.map((a) => `${a.from}..${a.to}`) } }];
    const ours = current.filter((a) => a.organizationId === line.billingOrganizationId);
    if (ours.length === 0) return [{ outcome: 'deny', reason: 'authorization-mismatch', rule, saw: { billedBy: line.billingOrganizationId, authorizedFor: current.map((a) => a.organizationId) } }];
    let best = ours[0]!, left = -Infinity;
    for (const a of ours) {
      const remaining = a.units - a.unitsUsed - running.authorizationUsed(a.id);
      if (remaining > left) { best = a; left = remaining; }
    }
    ctx.proposal.authorizationId = best.id;
    if (left >= payableUnits) return PASS;
    const payable = Math.max(0, left);
    return [{ outcome: payable === 0 ? 'deny' : 'reduce', reason: 'authorization-exhausted', rule, saw: { authorization: best.id, unitsLeft: payable, billed: payableUnits }, payableUnits: payable }];
  },
};
