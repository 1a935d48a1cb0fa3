import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

const overlaps = (a0: string, a1: string, b0: string, b1: string) => a0 < b1 && b0 < a1;

/**
 * Services that may not be delivered at the same time on the same day (Care Management vs ACT/ICM; IADL/Chore vs
 * Personal Care vs Respite): a line whose clock times overlap a line of another of those services is denied. Lines
 * without times are not judged (decision D-15: a monthly Care Management claim is not denied for an ACT per diem).
 */
export const sameDaySameTime: Edit = {
  id: 'same-day-same-time',
  appliesTo: (line, { resolved }) => Boolean(line.startTime && line.endTime) && (resolved.rules['same-day-same-time']?.length ?? 0) > 0,
  check(line, { resolved, running }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['same-day-same-time']!) {
      if (!rule.services.includes(resolved.service!)) continue;
      const clash = running.onDay(line.serviceDate).find((e) => e.lineId !== line.lineId && e.service !== null && e.service !== resolved.service
        && rule.services.includes(e.service) && e.startTime !== null && e.endTime !== null && overlaps(line.startTime!, line.endTime!, e.startTime, e.endTime));
      if (clash) (findings ??= []).push({ outcome: 'deny' as const, reason: 'same-day-same-time', rule: ruleRef(rule), saw: { overlaps: clash.lineId, service: clash.service, from: line.startTime, to: line.endTime } });
    }
    return findings ?? PASS;
  },
};
