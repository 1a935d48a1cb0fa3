import type { Edit, EditFinding } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';
import { isApproved } from '../engine/approved.js';

/**
 * Services that may not be on the same Recovery Plan: the subject service is denied while a conflicting service is
 * on the active plan; where the pack allows an approval (`unlessApprovedBy`), an approved authorization for the
 * subject service on the date is that approval, and without one the line pends for review.
 */
export const samePlan: Edit = {
  id: 'same-plan',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['same-plan']?.length ?? 0) > 0,
  check(line, { member, resolved }) {
    const date = line.serviceDate;
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['same-plan']!) {
      if (!rule.a.includes(resolved.service!)) continue;
      const conflict = member.member!.planLines.find((p) => p.status === 'active' && covers(p, date) && rule.b.includes(p.service)
        && (!rule.bCodes?.length || (p.code !== null && rule.bCodes.includes(p.code))));
      if (!conflict) continue;
      const approved = rule.unlessApprovedBy !== undefined && member.authorizations.some((a) =>
        a.service === resolved.service && isApproved(a.status) && a.from <= date && date <= a.to);
      if (approved) continue;
      (findings ??= []).push({ outcome: rule.unlessApprovedBy ? 'pend' as const : 'deny' as const, reason: 'same-plan-conflict', rule: ruleRef(rule), saw: { service: resolved.service, onPlan: conflict.service } });
    }
    return findings ?? PASS;
  },
};
