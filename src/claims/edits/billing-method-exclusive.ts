import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/**
 * Within a period a team bills a member's services by one method only — ACT/ICM per diems or 15-minute units, not
 * both: a line of one method is denied when a line of the other was paid for the member in the same day or month.
 */
export const billingMethodExclusive: Edit = {
  id: 'billing-method-exclusive',
  appliesTo: (_line, { resolved }) => (resolved.rules['billing-method-exclusive']?.length ?? 0) > 0,
  check(line, { resolved, running }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['billing-method-exclusive']!) {
      const mine = rule.methods.find((m) => m.codes.includes(resolved.codeId!));
      if (!mine) continue;
      const days = rule.period === 'day' ? [line.serviceDate] : monthDays(line.serviceDate);
      let other: { lineId: string; codeId: string | null } | undefined;
      for (const day of days) {
        for (const e of running.onDay(day)) {
          if ((e.status === 'paid' || e.status === 'reduced') && e.codeId !== null && !mine.codes.includes(e.codeId) && rule.methods.some((m) => m.codes.includes(e.codeId!))) { other = e; break; }
        }
        if (other) break;
      }
      if (other) (findings ??= []).push({ outcome: 'deny' as const, reason: 'billing-method-exclusive', rule: ruleRef(rule), saw: { method: mine.name, otherLine: other.lineId, otherCode: other.codeId, period: rule.period } });
    }
    return findings ?? PASS;
  },
};

// The 31 day keys of a month, made once per month: this edit runs for every ACT/ICM line.
const daysOfMonth = new Map<string, readonly string[]>();
function monthDays(date: string): readonly string[] {
  const month = date.slice(0, 7);
  let days = daysOfMonth.get(month);
  if (!days) daysOfMonth.set(month, (days = Object.freeze(Array.from({ length: 31 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`))));
  return days;
}
