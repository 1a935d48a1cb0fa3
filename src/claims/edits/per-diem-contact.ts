import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/**
 * An ACT/ICM per diem is generated only on a day with an individual face-to-face contact of at least the pack's
 * minutes: the line's own minutes, or a timed contact with the member that day by the same provider.
 */
export const perDiemContact: Edit = {
  id: 'per-diem-contact',
  appliesTo: (_line, { resolved }) => (resolved.rules['per-diem-contact']?.length ?? 0) > 0 && resolved.unit?.kind === 'day',
  check(line, { resolved, running }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['per-diem-contact']!) {
      if (rule.appliesTo.codes?.length && !rule.appliesTo.codes.includes(resolved.codeId!)) continue;
      const individual = (size: number | null) => rule.groupCounts || (size ?? 1) <= 1;
      if (line.minutes !== null && line.minutes >= rule.minutes && individual(line.groupSize)) continue;
      const contact = running.contactsOn(line.serviceDate).some((c) =>
        c.lineId !== line.lineId && c.organizationId === line.billingOrganizationId && c.minutes >= rule.minutes && individual(c.groupSize));
      if (!contact) (findings ??= []).push({ outcome: 'deny' as const, reason: 'per-diem-without-contact', rule: ruleRef(rule), saw: { minutes: line.minutes, needed: rule.minutes } });
    }
    return findings ?? PASS;
  },
};
