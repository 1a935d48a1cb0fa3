import { Decimal } from 'decimal.js';
import type { Adjustment, Remittance } from './remittance.js';
import { centsOf as cents, dollarsOf as money } from '../engine/cents.js';

export interface BalanceProblem { path: string; message: string }

const sum = (adjustments: readonly Adjustment[]) => adjustments.reduce((s, a) => s + cents(a.amount), 0);

/** The payment total BPR02: Σ claim payments − Σ provider adjustments. */
export function remittanceTotal(r: Remittance): Decimal {
  return new Decimal(money(totalCents(r)));
}
function totalCents(r: Remittance): number {
  const paid = r.claims.reduce((s, c) => s + cents(c.paidAmount), 0);
  return r.providerAdjustments.reduce((s, p) => s - cents(p.amount), paid);
}

/**
 * The 835 balancing rules, exactly: each line charge − paid = Σ its adjustments; each claim charge − paid = Σ claim
 * and line adjustments; the total is not negative (a net recovery must be carried forward in a PLB, not paid).
 */
export function checkRemittanceBalance(r: Remittance): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  // In whole cents: exact, and fast enough for a remittance of a hundred thousand lines.
  r.claims.forEach((c, i) => {
    let lineAdjustments = 0;
    c.lines.forEach((l, j) => {
      const adj = sum(l.adjustments);
      lineAdjustments += adj;
      const gap = cents(l.chargeAmount) - cents(l.paidAmount);
      if (gap !== adj) problems.push({ path: `claims.${i}.lines.${j}`, message: `line charge − paid is ${money(gap)} but its adjustments sum to ${money(adj)}` });
    });
    const gap = cents(c.chargeAmount) - cents(c.paidAmount);
    const adj = sum(c.adjustments) + lineAdjustments;
    if (gap !== adj) problems.push({ path: `claims.${i}`, message: `claim charge − paid is ${money(gap)} but claim and line adjustments sum to ${money(adj)}` });
  });
  const total = totalCents(r);
  if (total < 0) problems.push({ path: 'providerAdjustments', message: `the payment total would be ${money(total)}; carry a net recovery forward (PLB FB) instead` });
  if ((total === 0) !== (r.paymentMethod === 'NON')) problems.push({ path: 'paymentMethod', message: `payment method ${r.paymentMethod} does not fit a total of ${money(total)} (NON exactly when nothing is paid)` });
  return problems;
}
