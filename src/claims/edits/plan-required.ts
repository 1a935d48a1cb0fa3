import type { Edit } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** The service must be on the member's active Recovery Plan on the date of service. */
export const planRequired: Edit = {
  id: 'plan-required',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['plan-required']?.length ?? 0) > 0,
  check(line, { member, resolved }) {
    const rule = resolved.rules['plan-required']!.find((r) => !r.appliesTo.codes?.length || r.appliesTo.codes.includes(resolved.codeId!));
    if (!rule) return PASS;
    const planned = member.member!.planLines.some((p) => p.service === resolved.service && p.status === 'active' && covers(p, line.serviceDate));
    if (planned) return PASS;
    return [{ outcome: 'deny', reason: 'not-on-recovery-plan', rule: ruleRef(rule), saw: { service: resolved.service, date: line.serviceDate } }];
  },
};
