import { Decimal } from 'decimal.js';
import type { Adjustment, Remittance } from './remittance.js';

export interface BalanceProblem { path: string; message: string }

const sum = (adjustments: readonly Adjustment[]) => adjustments.reduce((s, a) => s.plus(a.amount), new Decimal(0));

/** The payment total BPR02: Σ claim payments − Σ provider adjustments. */
export function remittanceTotal(r: Remittance): Decimal {
  const paid = r.claims.reduce((s, c) => s.plus(c.paidAmount), new Decimal(0));
  return r.providerAdjustments.reduce((s, p) => s.minus(p.amount), paid);
}

/**
 * The 835 balancing rules, exactly: each line charge − paid = Σ its adjustments; each claim charge − paid = Σ claim
 * and line adjustments; the total is not negative (a net recovery must be carried forward in a PLB, not paid).
 */
export function checkRemittanceBalance(r: Remittance): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  r.claims.forEach((c, i) => {
    let lineAdjustments = new Decimal(0);
    c.lines.forEach((l, j) => {
      const adj = sum(l.adjustments);
      lineAdjustments = lineAdjustments.plus(adj);
      const gap = new Decimal(l.chargeAmount).minus(l.paidAmount);
      if (!gap.equals(adj)) problems.push({ path: `claims.${i}.lines.${j}`, message: `line charge − paid is ${gap.toFixed(2)} but its adjustments sum to ${adj.toFixed(2)}` });
    });
    const gap = new Decimal(c.chargeAmount).minus(c.paidAmount);
    const adj = sum(c.adjustments).plus(lineAdjustments);
    if (!gap.equals(adj)) problems.push({ path: `claims.${i}`, message: `claim charge − paid is ${gap.toFixed(2)} but claim and line adjustments sum to ${adj.toFixed(2)}` });
  });
  const total = remittanceTotal(r);
  if (total.isNegative()) problems.push({ path: 'providerAdjustments', message: `the payment total would be ${total.toFixed(2)}; carry a net recovery forward (PLB FB) instead` });
  if (total.isZero() !== (r.paymentMethod === 'NON')) problems.push({ path: 'paymentMethod', message: `payment method ${r.paymentMethod} does not fit a total of ${total.toFixed(2)} (NON exactly when nothing is paid)` });
  return problems;
}
