import type { AuthorizationRecord, PlanRecord } from './bundle-schema.js';
import type { AuthorizationMode, ProgramProfile } from './program-profile.js';
import { epochDay, isoDate } from './epoch-day.js';
import type { Random } from './seeded-random.js';

type Line = PlanRecord['lines'][number];

/**
 * Authorizations for the plan lines that need one: back-to-back spans from the line's start, the past ones
 * expired, the current one mostly approved (some partially approved, pended, just requested or denied), a renewal
 * request when the current one is about to end, and the last one cancelled when the member left mid-span.
 * Lines past a pack limit that needs its own approval (the profile's `approvalLimits`, read from limits.yaml) get
 * one authorization for the whole line, naming the limit it lifts (`beyondLimit`).
 */
export function buildAuthorizations(rng: Random, profile: ProgramProfile, plans: PlanRecord[], memberNo: string, asOf: number): AuthorizationRecord[] {
  const out: AuthorizationRecord[] = [];
  const push = (plan: PlanRecord, line: Line, mode: AuthorizationMode, from: number, to: number, status: AuthorizationRecord['status'], beyondLimit?: string) => {
    let units = unitsFor(line, to - from + 1);
    if (status === 'partially-approved') units = Math.max(1, Math.floor(units * (0.5 + rng.next() * 0.3)));
    const n = out.length + 1;
    const record = {
      ref: `PA-${memberNo}-${n < 10 ? '0' : ''}${n}`, member: plan.member, organization: line.organization,
      program: plan.program, service: line.service,
    } as AuthorizationRecord;
    if (line.code) record.code = line.code;
    if (beyondLimit) record.beyondLimit = beyondLimit;
    record.mode = mode;
    record.units = units;
    record.from = isoDate(from);
    record.to = isoDate(to);
    record.status = status;
    if (status !== 'requested' && status !== 'pended') record.decidedOn = isoDate(Math.min(asOf, from - rng.int(0, 10)));
    out.push(record);
  };
  for (const plan of plans) {
    if (plan.status === 'draft') continue;
    for (const line of plan.lines) {
      const from = epochDay(line.from), to = epochDay(line.to!);
      const overLimit = profile.approvalLimits.find((l) => l.services.includes(line.service)
        && ((line.unit === 'dollars' && l.dollars !== undefined && line.amount > l.dollars)
          || (line.frequency === 'year' && line.unit === 'units' && !!line.code && line.amount > (l.unitsPerYear?.[line.code] ?? Infinity))));
      const rule = profile.authorization[line.service];
      if (!rule) {
        if (overLimit && from <= asOf) push(plan, line, 'prior-authorization', from, to, to < asOf ? 'expired' : 'approved', overLimit.limit);
        continue;
      }
      for (let spanFrom = from; spanFrom <= Math.min(to, asOf); spanFrom += rule.days) {
        const spanTo = Math.min(to, spanFrom + rule.days - 1);
        const cut = plan.status === 'closed' && spanTo === to && to - spanFrom + 1 < rule.days;
        if (spanTo < asOf) {
          push(plan, line, rule.mode, spanFrom, spanTo, cut ? 'cancelled' : 'expired');
          continue;
        }
        const status = rng.weighted({ approved: 82, 'partially-approved': 7, pended: 4, requested: 3, denied: 4 });
        push(plan, line, rule.mode, spanFrom, spanTo, status);
        if (status === 'approved' && spanTo < to && spanTo - asOf <= 30 && rng.chance(0.5)) {
          push(plan, line, rule.mode, spanTo + 1, Math.min(to, spanTo + rule.days), 'requested');
        }
      }
    }
  }
  return out;
}

/** Units a line's frequency and amount come to over `days`. */
function unitsFor(line: Line, days: number): number {
  switch (line.frequency) {
    case 'day': return line.amount * days;
    case 'week': return line.amount * Math.ceil(days / 7);
    case 'month': return line.amount * Math.ceil(days / 30.4375);
    case 'year': return line.amount * Math.ceil(days / 365.25);
    case 'plan': return line.amount;
  }
}
