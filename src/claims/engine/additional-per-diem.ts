import { isEffectiveOn, type Catalog, type Limit, type Rule } from '../../catalog/index.js';
import type { EditContext } from './edit.js';
import { limitUses, type LimitUse } from './limit-scope.js';
import { placeOfService } from './place-of-service.js';
import type { ClaimLine, MemberContext, PriorLine } from './types.js';
import { isApproved } from './approved.js';
import { covers } from './resolve-line.js';

export type AdditionalPerDiemRule = Extract<Rule, { kind: 'additional-per-diem' }>;

/** Whether a rule's per-diem caps are the monthly per-diem caps the extra per diem may go past. */
export const isMonthlyPerDiemCap = (limit: Limit) => limit.measure === 'per-diems' && limit.period === 'month';

/**
 * Whether what is on file shows the extra per diem on a date (rules.yaml `shownBy`, decision D-84): the member's
 * active Recovery Plan lists Supported Employment and the billing team's organization holds an approved IESS
 * authorization covering the date. A rule without `shownBy` is never shown.
 */
export function showsAdditionalPerDiem(rule: AdditionalPerDiemRule, date: string, organizationId: string | null, context: MemberContext): boolean {
  const shown = rule.shownBy;
  if (!shown || !organizationId) return false;
  const onPlan = (context.member?.planLines ?? []).some((p) => shown.planServices.includes(p.service) && covers(p, date));
  if (!onPlan) return false;
  return context.authorizations.some((a) => isApproved(a.status) && !a.beyondLimit && a.organizationId === organizationId
    && shown.teamAuthorizationServices.includes(a.service) && a.from <= date && date <= a.to);
}

const allowances = new WeakMap<AdditionalPerDiemRule, Limit>();

/**
 * The rule's monthly allowance as a limit the running totals keep (`<rule id>:<YYYY-MM>`): `perMonth` extra per
 * diems a month, consumed like a limit and recorded in the ledger under the rule id (no limits.yaml maximum).
 */
export function allowanceUse(rule: AdditionalPerDiemRule, date: string): LimitUse {
  let limit = allowances.get(rule);
  if (!limit) {
    limit = Object.freeze({
      id: rule.id, appliesTo: { codes: [...rule.codes] }, period: 'month', measure: 'per-diems', max: rule.perMonth, per: 'member',
      beyond: 'deny', text: rule.text, source: rule.source, effective: rule.effective, ...(rule.decision ? { decision: rule.decision } : {}),
    }) as Limit;
    allowances.set(rule, limit);
  }
  const period = date.slice(0, 7);
  return { limit, key: `${rule.id}:${period}`, period, perUnit: 1, max: rule.perMonth, basis: 'count' };
}

/**
 * Which paid history lines of a month were extra per diems, replaying the month as the engine decides it: in
 * service-date order, a line of the rule's codes that goes past one of its monthly per-diem caps, while the rule is
 * shown on its date and the month's allowance lasts, is the extra per diem and counts toward no cap; every other
 * line counts toward its caps. `fidelityLevel` picks the caps' variant (the team's level for the current line).
 */
export function additionalPerDiemsOf(
  catalog: Catalog, rules: readonly AdditionalPerDiemRule[], month: string, fidelityLevel: string | null, context: MemberContext,
): Set<string> {
  const extra = new Set<string>();
  const lines = context.history.filter((p): p is PriorLine & { codeId: string } =>
    (p.status === 'paid' || p.status === 'reduced') && p.codeId !== null && p.serviceDate.startsWith(month) && p.paidUnits > 0)
    .sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : a.lineId < b.lineId ? -1 : 1));
  const counts = new Map<string, number>();
  const usedByRule = new Map<string, number>();
  for (const p of lines) {
    const caps = catalog.limitsFor(p.codeId, p.serviceDate).filter(isMonthlyPerDiemCap);
    if (caps.length === 0) continue;
    const facts = {
      codeId: p.codeId, serviceDate: p.serviceDate, organizationId: p.billingOrganizationId, teamId: p.teamId ?? null,
      setting: p.placeOfService ? placeOfService(p.placeOfService).setting : null, fidelityLevel,
    };
    const uses = limitUses(catalog, facts, catalog.unitOf(p.codeId), caps, context.member);
    const over = uses.some((u) => (counts.get(u.key) ?? 0) + p.paidUnits * u.perUnit > u.max);
    const rule = over ? rules.find((r) => r.codes.includes(p.codeId) && isEffectiveOn(r, p.serviceDate) && (usedByRule.get(r.id) ?? 0) < r.perMonth
      && showsAdditionalPerDiem(r, p.serviceDate, p.billingOrganizationId, context)) : undefined;
    if (rule) {
      extra.add(p.lineId);
      usedByRule.set(rule.id, (usedByRule.get(rule.id) ?? 0) + 1);
      continue;
    }
    for (const u of uses) counts.set(u.key, (counts.get(u.key) ?? 0) + p.paidUnits * u.perUnit);
  }
  return extra;
}

/** The line as a team's extra per diem: the allowance it counts toward instead of the caps, or why it is not one. */
export interface ExtraPerDiem { allowance: LimitUse | null; saw: Record<string, unknown> | null }
const NOT_EXTRA: ExtraPerDiem = Object.freeze({ allowance: null, saw: null });

/**
 * Whether the line pays as the team's extra per diem (rules.yaml additional-per-diem, decision D-84): a per diem of
 * the rule's codes, billed by a team of the rule's programs, that one of its monthly per-diem caps would refuse,
 * while the rule is shown on the date (`shownBy`) and the month's allowance (`perMonth`) lasts. `saw` tells a
 * reviewer why a capped line of the rule's codes was not paid as one.
 */
export function extraPerDiemOf(line: ClaimLine, ctx: EditContext, uses: readonly LimitUse[]): ExtraPerDiem {
  const { resolved, running } = ctx;
  const rules = resolved.rules['additional-per-diem'];
  if (!rules || !resolved.team || !resolved.codeId) return NOT_EXTRA;
  const rule = rules.find((r) => !r.countsTowardCap && r.codes.includes(resolved.codeId!) && r.programs.includes(resolved.team!.program));
  if (!rule) return NOT_EXTRA;
  const capped = uses.some((u) => isMonthlyPerDiemCap(u.limit) && running.limitUsed(u) + ctx.payableUnits * u.perUnit > u.max);
  if (!capped) return NOT_EXTRA;
  const allowance = allowanceUse(rule, line.serviceDate);
  const used = running.additionalPerDiemsUsed(allowance, rule, resolved.fidelityLevel);
  const shown = showsAdditionalPerDiem(rule, line.serviceDate, line.billingOrganizationId, ctx.member);
  if (shown && used + ctx.payableUnits <= rule.perMonth) return { allowance, saw: null };
  return { allowance: null, saw: { rule: rule.id, shown, used, perMonth: rule.perMonth } };
}
