import { Decimal } from 'decimal.js';
import { lookupRate, type Catalog, type Rule } from '../../catalog/index.js';
import type { Edit, EditContext, EditFinding } from '../engine/edit.js';
import type { ClaimLine } from '../engine/types.js';
import { priceLine } from '../pricing/price-line.js';
import { ruleConditionSetting } from './member-settings.js';
import { PASS } from './pass.js';
import { ruleRef } from './rule-ref.js';

type CostCap = Extract<Rule, { kind: 'plan-cost-cap' }>;

/**
 * The day's paid total of the capped services (CPST, PSR, Nursing, Personal Care, ACT, ICM for a Tier 3/4 member in
 * a Supervised Apartment) may not pass the benchmark rate (the Group Home per diem). The lines it caps are those of
 * its `services` (its `appliesTo`, the apartment codes, is the situation); the member is in the situation when in
 * the setting touch-levels.yaml names as the rule's condition (decision D-83). A line that would pass the cap is denied whole;
 * `saw.remaining` is what a reduction by amount would pay.
 */
export const planCostCap: Edit = {
  id: 'plan-cost-cap',
  // The catalog lists a rule for every code of a service it names, so the capped services' codes have it.
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['plan-cost-cap']?.length ?? 0) > 0,
  check(line, ctx) {
    const { catalog, member, resolved } = ctx;
    const date = line.serviceDate;
    let paid: string | null = null;
    let findings: EditFinding[] | null = null;
    for (const rule of resolved.rules['plan-cost-cap']!) {
      // Only a per-day benchmark is compared; no pack rule caps by month.
      if (!rule.services.includes(resolved.service!) || rule.notToExceed.per !== 'day') continue;
      const setting = ruleConditionSetting(catalog, member, rule.id, date);
      if (!setting) continue;
      const cap = capOf(catalog, rule, date);
      // pack lint checks the benchmark's conditions; a benchmark with no rate on the date sets no cap.
      if (cap === null) continue;
      if (paid === null) {
        const priced = priceLine(catalog, line, resolved, member, ctx.payableUnits);
        // A line pricing cannot price is denied or pended by pricing itself.
        if (!priced.ok) return findings ?? PASS;
        paid = priced.value.paidAmount;
      }
      const spent = spentOn(rule, line, ctx);
      if (spent.plus(paid).lte(cap.amount)) continue;
      const remaining = Decimal.max(0, new Decimal(cap.amount).minus(spent)).toFixed(2);
      (findings ??= []).push({
        outcome: 'deny', reason: 'plan-cost-cap-exceeded', rule: ruleRef(rule),
        saw: { setting: setting.setting, cap: cap.amount, capRate: cap.rateId, paidToday: spent.toFixed(2), line: paid, remaining },
      });
    }
    return findings ?? PASS;
  },
};

const caps = new WeakMap<CostCap, Map<string, { amount: string; rateId: string } | null>>();

/** The benchmark per diem on the date (the rule's code and conditions through the rate lookup), cached per rule and date. */
function capOf(catalog: Catalog, rule: CostCap, date: string): { amount: string; rateId: string } | null {
  let byDate = caps.get(rule);
  if (!byDate) caps.set(rule, (byDate = new Map()));
  let cap = byDate.get(date);
  if (cap === undefined) {
    const bench = catalog.code(rule.notToExceed.code);
    const found = bench && lookupRate(catalog, { date, code: bench.code, modifiers: bench.modifiers, service: bench.service, conditions: rule.notToExceed.conditions });
    byDate.set(date, (cap = found && found.ok ? { amount: found.value.amount, rateId: found.value.rateId } : null));
  }
  return cap;
}

/** Paid on the line's date for the rule's services: paid/reduced history, then this batch's earlier lines. */
function spentOn(rule: CostCap, line: ClaimLine, { member, sameBatch }: EditContext): Decimal {
  let spent = new Decimal(0);
  for (const p of member.history) {
    if (p.serviceDate !== line.serviceDate || (p.status !== 'paid' && p.status !== 'reduced') || p.service === null || !rule.services.includes(p.service)) continue;
    // A line being re-adjudicated in this batch counts from the batch, not from its old outcome.
    if (p.lineId === line.lineId || sameBatch.some((d) => d.line.lineId === p.lineId)) continue;
    spent = spent.plus(p.paidAmount);
  }
  for (const { line: earlier, resolved, outcome } of sameBatch) {
    if (earlier.serviceDate !== line.serviceDate || (outcome.status !== 'paid' && outcome.status !== 'reduced')) continue;
    if (resolved.service !== null && rule.services.includes(resolved.service)) spent = spent.plus(outcome.paidAmount);
  }
  return spent;
}
