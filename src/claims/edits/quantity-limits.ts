import { extraPerDiemOf, isMonthlyPerDiemCap } from '../engine/additional-per-diem.js';
import type { Edit, EditContext, EditFinding } from '../engine/edit.js';
import { centsOf, dollarsOf } from '../engine/cents.js';
import { limitUses, type LimitUse } from '../engine/limit-scope.js';
import { daysBetween } from '../engine/dates.js';
import type { ClaimLine } from '../engine/types.js';
import { PASS } from './pass.js';
import { ruleRef } from './rule-ref.js';
import { isApproved } from '../engine/approved.js';

/** An approved authorization beyond a limit for this member, provider and date, and what it still has (its units). */
function beyondAuthorization(line: ClaimLine, ctx: EditContext, limitId: string): { id: string; left: number } | null {
  for (const a of ctx.member.authorizations) {
    if (a.beyondLimit !== limitId || !isApproved(a.status) || a.memberId !== line.memberId || a.organizationId !== line.billingOrganizationId) continue;
    if (line.serviceDate < a.from || line.serviceDate > a.to) continue;
    const left = a.units - a.unitsUsed - ctx.running.authorizationUsed(a.id);
    if (left > 0) return { id: a.id, left };
  }
  return null;
}

/** The pack reason for going past a limit: ACT/ICM per-diem caps by category or in total, else by period. */
function reasonFor(use: LimitUse): string {
  if (use.limit.measure === 'per-diems') return use.limit.practitionerCategory ? 'per-diem-category-cap' : 'per-diem-monthly-cap';
  return `limit-exceeded-${use.limit.period}`;
}

const approverOf = (use: LimitUse) => (use.limit.approver ? { approver: use.limit.approver } : {});

/**
 * Every limit in limits.yaml that covers the line (per day, week, month, calendar year, plan year, lifetime, stay,
 * episode, transition; in units, hours, days, per diems, months or dollars; by practitioner category, setting and
 * fidelity level). With the member's paid history and earlier lines of the batch, a line that crosses a count limit
 * is reduced to the units remaining and denied when none remain; a line past the months of its stay or episode is
 * denied; a line past a dollar cap is reduced to the dollars remaining. Where the limit allows more with approval,
 * an approved authorization beyond that limit (`beyondLimit`) pays the excess while it lasts. A team's extra per
 * diem (rules.yaml additional-per-diem) pays one line past the monthly per-diem caps and counts toward none of them.
 * Proposes the accumulators and beyond-limit authorization units it consumes.
 */
export const quantityLimits: Edit = {
  id: 'quantity-limits',
  appliesTo: (_line, { resolved }) => resolved.limits.length > 0,
  check(line, ctx) {
    const { catalog, member, resolved, running } = ctx;
    const uses = limitUses(catalog, {
      codeId: resolved.codeId!, serviceDate: line.serviceDate, organizationId: line.billingOrganizationId,
      teamId: resolved.team?.id ?? null, setting: resolved.setting, fidelityLevel: resolved.fidelityLevel,
    }, resolved.unit!, resolved.limits, member.member, member.authorizations);
    const extra = extraPerDiemOf(line, ctx, uses);
    // The extra per diem counts toward its own monthly allowance instead of the per-diem caps.
    const counted = extra.allowance ? [...uses.filter((u) => !isMonthlyPerDiemCap(u.limit)), extra.allowance] : uses;
    ctx.proposal.limits = counted;
    let findings: EditFinding[] | undefined;
    for (const use of counted) {
      const finding = use.basis === 'money' ? moneyFinding(line, ctx, use) : use.basis === 'span' ? spanFinding(line, ctx, use) : countFinding(line, ctx, use);
      if (!finding) continue;
      if (extra.saw && isMonthlyPerDiemCap(use.limit)) finding.saw['additionalPerDiem'] = extra.saw;
      (findings ??= []).push(finding);
    }
    return findings ?? PASS;
  },
};

/** The units payable once an approved authorization beyond the limit, if any, pays what it can of the excess. */
function payBeyond(line: ClaimLine, ctx: EditContext, limitId: string, payable: number): number {
  const extra = beyondAuthorization(line, ctx, limitId);
  if (!extra) return payable;
  const units = Math.min(extra.left, ctx.payableUnits - payable);
  ctx.proposal.beyond.push({ authorizationId: extra.id, limitRemaining: payable, units });
  return payable + units;
}

/** Units, hours, days, per diems: reduce to the whole units remaining in the period. */
function countFinding(line: ClaimLine, ctx: EditContext, use: LimitUse): EditFinding | null {
  const used = ctx.running.limitUsed(use);
  let payable: number;
  if (use.perUnit === 0) payable = ctx.running.dayCounted(use, line.serviceDate) || used + 1 <= use.max ? ctx.payableUnits : 0;
  else payable = Math.max(0, Math.floor((use.max - used) / use.perUnit));
  if (ctx.payableUnits <= payable) return null;
  const { limit } = use;
  // Past a limit whose `beyond` is an approval, an approved authorization of units beyond it pays the excess.
  if (limit.beyond !== 'deny' && use.perUnit !== 0) {
    payable = payBeyond(line, ctx, limit.id, payable);
    if (ctx.payableUnits <= payable) return null;
  }
  return {
    outcome: payable === 0 ? 'deny' : 'reduce', reason: reasonFor(use), rule: ruleRef(limit), payableUnits: payable,
    saw: { limit: limit.id, period: use.period, max: limit.max, measure: limit.measure, used: limit.measure === 'hours' ? used / 60 : used, billed: ctx.payableUnits, payable, beyond: limit.beyond, ...approverOf(use) },
  };
}

/**
 * Months of a stay or episode: a line on or after the span start + max months is denied (a line of days that runs
 * into that date pays the days before it), unless an authorization beyond the limit covers it.
 */
function spanFinding(line: ClaimLine, ctx: EditContext, use: LimitUse): EditFinding | null {
  const until = use.until!;
  let payable = ctx.payableUnits;
  if (line.serviceDate >= until) payable = 0;
  else if (line.serviceDateTo && line.serviceDateTo >= until && ctx.resolved.unit?.kind === 'day') payable = Math.min(payable, daysBetween(line.serviceDate, until));
  if (ctx.payableUnits <= payable) return null;
  const { limit } = use;
  if (limit.beyond !== 'deny') {
    payable = payBeyond(line, ctx, limit.id, payable);
    if (ctx.payableUnits <= payable) return null;
  }
  return {
    outcome: payable === 0 ? 'deny' : 'reduce', reason: reasonFor(use), rule: ruleRef(limit), payableUnits: payable,
    saw: { limit: limit.id, period: use.period, since: use.period.slice(limit.period.length + 1), months: limit.max, measure: limit.measure, until, serviceDate: line.serviceDate, billed: ctx.payableUnits, payable, beyond: limit.beyond, ...approverOf(use) },
  };
}

/**
 * Dollars in a transition, counted in cents: a line whose billed amount passes what remains is reduced to the
 * dollars remaining (`payableAmount`; the decision pays the lesser of it and the priced amount), denied at $0,
 * unless an authorization beyond the limit (its units are dollars) pays the excess.
 */
function moneyFinding(line: ClaimLine, ctx: EditContext, use: LimitUse): EditFinding | null {
  const used = ctx.running.limitUsed(use);
  const remaining = Math.max(0, use.max - used);
  const billed = centsOf(line.chargeAmount);
  if (billed <= remaining) return null;
  let cap = remaining;
  const { limit } = use;
  if (limit.beyond !== 'deny') {
    const extra = beyondAuthorization(line, ctx, limit.id);
    if (extra) {
      const cents = Math.min(Math.round(extra.left * 100), billed - remaining);
      ctx.proposal.beyond.push({ authorizationId: extra.id, limitRemaining: remaining, units: cents, measure: 'dollars' });
      cap += cents;
      if (billed <= cap) return null;
    }
  }
  return {
    outcome: cap === 0 ? 'deny' : 'reduce', reason: reasonFor(use), rule: ruleRef(limit),
    payableUnits: cap === 0 ? 0 : ctx.payableUnits, payableAmount: dollarsOf(cap),
    saw: { limit: limit.id, period: use.period, max: limit.max, measure: limit.measure, used: dollarsOf(used), billed: line.chargeAmount, payable: dollarsOf(cap), beyond: limit.beyond, ...approverOf(use) },
  };
}
