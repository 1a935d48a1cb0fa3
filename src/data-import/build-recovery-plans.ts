import type { PlanRecord } from './bundle-schema.js';
import type { ServiceLine } from './choose-service-lines.js';
import { addMonths, isoDate } from './epoch-day.js';
import type { Random } from './seeded-random.js';

export interface PlanDates {
  /** Member number as it appears in refs (zero-padded). */
  memberNo: string;
  memberRef: string;
  program: string;
  enrolledFrom: number;
  /** Set when the member left the program: the last plan is closed on that day. */
  endedOn?: number;
  asOf: number;
  /** A service every plan carries (Care Management): the superseded plan always has it. */
  carriedOver: string;
}

/**
 * A member's Recovery Plans: the current one (a year long, reviewed yearly) and, for members of more than a
 * year, the superseded one before it. Some current plans are past their review date, new members' plans may
 * still be drafts, and a member who left has a closed plan.
 */
export function buildRecoveryPlans(rng: Random, lines: ServiceLine[], d: PlanDates): PlanRecord[] {
  const { asOf, enrolledFrom } = d;
  const plans: PlanRecord[] = [];
  const plan = (from: number, to: number, status: PlanRecord['status'], serviceLines: ServiceLine[]) => {
    const record: PlanRecord = {
      ref: `RP-${d.memberNo}-${plans.length + 1}`, member: d.memberRef, program: d.program,
      from: isoDate(from), to: isoDate(to), status,
      ...(status === 'draft' ? {} : { signedOn: isoDate(Math.min(asOf, from + rng.int(0, 10))) }),
      lines: serviceLines.map((line) => datedLine(rng, line, from, to)),
    };
    plans.push(record);
  };

  if (d.endedOn !== undefined) {
    const from = Math.max(enrolledFrom, d.endedOn - rng.int(30, 360));
    if (from > d.endedOn) return plans;
    plan(from, d.endedOn, 'closed', lines);
    return plans;
  }
  const tenure = asOf - enrolledFrom;
  let start: number;
  if (tenure < 365) start = Math.min(asOf, enrolledFrom + rng.int(0, 20));
  else if (rng.chance(0.03) && tenure > 430) start = asOf - rng.int(366, 430); // review overdue: still active, past its end
  else start = asOf - rng.int(0, 364);
  if (start - 365 >= enrolledFrom && rng.chance(0.6)) {
    plan(start - 365, start - 1, 'superseded', lines.filter((l) => l.service === d.carriedOver || rng.chance(0.8)));
  }
  plan(start, start + 364, tenure < 30 && rng.chance(0.5) ? 'draft' : 'active', lines);
  return plans;
}

function datedLine(rng: Random, line: ServiceLine, planFrom: number, planTo: number): PlanRecord['lines'][number] {
  const from = line.startsLater ? Math.min(planTo, planFrom + rng.int(14, 120)) : planFrom;
  const to = line.months ? Math.min(planTo, addMonths(from, line.months) - 1) : planTo;
  // Built field by field rather than by spreading: this runs a few million times for a large program.
  const dated: PlanRecord['lines'][number] = { service: line.service, organization: line.organization } as PlanRecord['lines'][number];
  if (line.code) dated.code = line.code;
  dated.from = isoDate(from);
  dated.to = isoDate(to);
  dated.frequency = line.frequency;
  dated.amount = line.amount;
  dated.unit = line.unit;
  return dated;
}
