import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** Per diems a member may have per day: one ACT per diem in total; one ICM per diem per practitioner category. */
export const dailyPerDiem: Edit = {
  id: 'daily-per-diem',
  appliesTo: (_line, { resolved }) => (resolved.rules['daily-per-diem']?.length ?? 0) > 0 && resolved.unit?.kind === 'day',
  check(line, { catalog, resolved, running, payableUnits }) {
    let findings: EditFinding[] | undefined;
    const category = resolved.code!.practitionerCategory;
    for (const rule of resolved.rules['daily-per-diem']!) {
      const codes = rule.appliesTo.codes;
      if (codes?.length && !codes.includes(resolved.codeId!)) continue;
      const counts = (codeId: string | null) => codeId !== null && (codes?.length ? codes.includes(codeId) : catalog.code(codeId)?.service === resolved.service)
        && (rule.scope === 'total' || catalog.code(codeId)?.practitionerCategory === category);
      let already = 0;
      for (const e of running.onDay(line.serviceDate)) if ((e.status === 'paid' || e.status === 'reduced') && e.lineId !== line.lineId && counts(e.codeId)) already += e.paidUnits;
      const payable = Math.max(0, rule.max - already);
      if (payableUnits > payable) {
        (findings ??= []).push({ outcome: payable === 0 ? 'deny' as const : 'reduce' as const, reason: 'daily-per-diem', rule: ruleRef(rule), saw: { alreadyThatDay: already, max: rule.max, scope: rule.scope, category }, payableUnits: payable });
      }
    }
    return findings ?? PASS;
  },
};
