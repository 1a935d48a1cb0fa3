import type { Edit } from '../engine/edit.js';
import type { AuthorizationRule } from '../../catalog/index.js';
import type { AuthorizationFacts, ClaimLine } from '../engine/types.js';
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
  appliesTo: (_line, { resolved }) => alwaysRule(resolved.authorization) !== undefined,
  check(line, ctx) {
    const { member, resolved, running, payableUnits } = ctx;
    const date = line.serviceDate;
    // The common case in one pass, allocating nothing: the provider's current authorization with the most units left.
    let best: AuthorizationFacts | null = null, left = -Infinity;
    for (const a of member.authorizations) {
      if (!covers(a, line, resolved.service, resolved.codeId) || a.from > date || date > a.to || a.organizationId !== line.billingOrganizationId) continue;
      const remaining = a.units - a.unitsUsed - running.authorizationUsed(a.id);
      if (remaining > left) { best = a; left = remaining; }
    }
    if (!best) {
      // Say why none pays: none for the service, none on the date, or none for this provider.
      const forService = member.authorizations.filter((a) => covers(a, line, resolved.service, resolved.codeId));
      if (forService.length === 0) return [{ outcome: 'deny', reason: 'authorization-missing', rule: ruleRef(alwaysRule(resolved.authorization)!), saw: { service: resolved.service } }];
      const current = forService.filter((a) => a.from <= date && date <= a.to);
      if (current.length === 0) return [{ outcome: 'deny', reason: 'authorization-expired', rule: ruleRef(alwaysRule(resolved.authorization)!), saw: { date, spans: forService.map((a) => `${a.from}..${a.to}`) } }];
      return [{ outcome: 'deny', reason: 'authorization-mismatch', rule: ruleRef(alwaysRule(resolved.authorization)!), saw: { billedBy: line.billingOrganizationId, authorizedFor: current.map((a) => a.organizationId) } }];
    }
    ctx.proposal.authorizationId = best.id;
    if (left >= payableUnits) return PASS;
    const payable = Math.max(0, left);
    return [{ outcome: payable === 0 ? 'deny' : 'reduce', reason: 'authorization-exhausted', rule: ruleRef(alwaysRule(resolved.authorization)!), saw: { authorization: best.id, unitsLeft: payable, billed: payableUnits }, payableUnits: payable }];
  },
};

/** An approved authorization of the member for the line's service (and code, if it names one), not one beyond a limit. */
function covers(a: AuthorizationFacts, line: ClaimLine, service: string | null, codeId: string | null): boolean {
  return a.service === service && isApproved(a.status) && !a.beyondLimit && (a.code === null || a.code === codeId || a.code === line.code) && a.memberId === line.memberId;
}

// The `when: always` rule of a code's authorization rules, found once per (cached, frozen) list.
const alwaysRules = new WeakMap<readonly AuthorizationRule[], AuthorizationRule | null>();
function alwaysRule(rules: readonly AuthorizationRule[]): AuthorizationRule | undefined {
  let rule = alwaysRules.get(rules);
  if (rule === undefined) alwaysRules.set(rules, (rule = rules.find((a) => a.when === 'always') ?? null));
  return rule ?? undefined;
}
