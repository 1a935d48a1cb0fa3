import type { Edit, EditContext, EditFinding } from '../engine/edit.js';
import { limitUses, type LimitUse } from '../engine/limit-scope.js';
import type { ClaimLine } from '../engine/types.js';
import { ruleRef } from './rule-ref.js';

/** An approved authorization of units beyond a limit for this member, provider and date, and the units it still has. */
function beyondAuthorization(line: ClaimLine, ctx: EditContext, limitId: string, wanted: number): { id: string; units: number } | null {
  for (const a of ctx.member.authorizations) {
    if (a.beyondLimit !== limitId || a.status !== 'approved' || a.memberId !== line.memberId || a.organizationId !== line.billingOrganizationId) continue;
    if (line.serviceDate < a.from || line.serviceDate > a.to) continue;
    const left = a.units - a.unitsUsed - ctx.running.authorizationUsed(a.id);
    if (left > 0) return { id: a.id, units: Math.min(left, wanted) };
  }
  return null;
}

/** The pack reason for going past a limit: ACT/ICM per-diem caps by category or in total, else by period. */
function reasonFor(use: LimitUse): string {
  if (use.limit.measure === 'per-diems') return use.limit.practitionerCategory ? 'per-diem-category-cap' : 'per-diem-monthly-cap';
  return `limit-exceeded-${use.limit.period}`;
}

/**
 * Every limit in limits.yaml that covers the line (per day, week, month, calendar year, plan year, lifetime; in
 * units, hours, days or per diems; by practitioner category, setting and fidelity level): with the member's paid
 * history and earlier lines of the batch, a line that crosses a limit is reduced to the units remaining, and denied
 * when none remain — unless the limit allows more with approval and an approved authorization of units beyond that
 * limit (`beyondLimit`) has units left. Proposes the accumulators and beyond-limit authorization units it consumes.
 */
export const quantityLimits: Edit = {
  id: 'quantity-limits',
  appliesTo: (_line, { resolved }) => resolved.limits.length > 0,
  check(line, ctx) {
    const { catalog, member, resolved, running } = ctx;
    const uses = limitUses(catalog, {
      codeId: resolved.codeId!, serviceDate: line.serviceDate, organizationId: line.billingOrganizationId,
      teamId: resolved.team?.id ?? null, setting: resolved.setting, fidelityLevel: resolved.fidelityLevel,
    }, resolved.unit!, resolved.limits, member.member);
    ctx.proposal.limits = uses;
    const findings: EditFinding[] = [];
    for (const use of uses) {
      const used = running.limitUsed(use);
      let payable: number;
      if (use.perUnit === 0) payable = running.dayCounted(use, line.serviceDate) || used + 1 <= use.max ? ctx.payableUnits : 0;
      else payable = Math.max(0, Math.floor((use.max - used) / use.perUnit));
      if (ctx.payableUnits <= payable) continue;
      const { limit } = use;
      // Past a limit whose `beyond` is an approval, an approved authorization of units beyond it pays the excess.
      if (limit.beyond !== 'deny' && use.perUnit !== 0) {
        const extra = beyondAuthorization(line, ctx, limit.id, ctx.payableUnits - payable);
        if (extra) {
          ctx.proposal.beyond.push({ authorizationId: extra.id, limitRemaining: payable, units: extra.units });
          payable += extra.units;
          if (ctx.payableUnits <= payable) continue;
        }
      }
      findings.push({
        outcome: payable === 0 ? 'deny' : 'reduce', reason: reasonFor(use), rule: ruleRef(limit), payableUnits: payable,
        saw: { limit: limit.id, period: use.period, max: limit.max, measure: limit.measure, used: use.limit.measure === 'hours' ? used / 60 : used, billed: ctx.payableUnits, payable, beyond: limit.beyond, ...(limit.approver ? { approver: limit.approver } : {}) },
      });
    }
    return findings;
  },
};
