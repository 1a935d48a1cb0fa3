import type { Edit } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';

/**
 * Within a period a team bills a member's services by one method only — ACT/ICM per diems or 15-minute units, not
 * both: a line of one method is denied when a line of the other was paid for the member in the same day or month.
 */
export const billingMethodExclusive: Edit = {
  id: 'billing-method-exclusive',
  appliesTo: (_line, { resolved }) => (resolved.rules['billing-method-exclusive']?.length ?? 0) > 0,
  check(line, { resolved, running }) {
    const findings = [];
    for (const rule of resolved.rules['billing-method-exclusive']!) {
      const mine = rule.methods.find((m) => m.codes.includes(resolved.codeId!));
      if (!mine) continue;
      const others = rule.methods.filter((m) => m !== mine).flatMap((m) => m.codes);
      const days = rule.period === 'day' ? [line.serviceDate] : monthDays(line.serviceDate);
      let other: { lineId: string; codeId: string | null } | undefined;
      for (const day of days) {
        other = running.onDay(day).find((e) => (e.status === 'paid' || e.status === 'reduced') && e.codeId !== null && others.includes(e.codeId));
        if (other) break;
      }
      if (other) findings.push({ outcome: 'deny' as const, reason: 'billing-method-exclusive', rule: ruleRef(rule), saw: { method: mine.name, otherLine: other.lineId, otherCode: other.codeId, period: rule.period } });
    }
    return findings;
  },
};

function monthDays(date: string): string[] {
  const month = date.slice(0, 7);
  return Array.from({ length: 31 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}
