import type { Rule } from '../../catalog/index.js';
import type { CheckFinding, StaffProfile } from './staff-profile.js';

type OperatingStandard = Extract<Rule, { kind: 'operating-standard' }>;

export interface StaffingFacts {
  /** Clients the applicant expects to serve; without it no ratio can be judged. */
  projectedClients: number | null;
  named: readonly StaffProfile[];
  /** Roles that do not count toward a clients-per-FTE ratio (the clerk and the MD for ACT). */
  excludedRoles: ReadonlySet<string>;
  /** Roles whose hours count as psychiatrist hours. */
  psychiatristRoles: ReadonlySet<string>;
}

/**
 * Judges the pack's staffing operating standards the application data allows: clients per FTE of team staff
 * (ACT 1:10, excluding the clerk and the MD) and psychiatrist hours per week per 25 clients. Other metrics are
 * measured from encounters later (quality module) and are not judged here.
 */
export function checkStaffingRatios(standards: readonly OperatingStandard[], facts: StaffingFacts): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const s of standards) {
    const rule = { id: s.id, source: s.source };
    if (s.metric !== 'clients-per-staff-fte' && s.metric !== 'psychiatrist-hours-per-week') continue;
    if (facts.projectedClients === null) {
      findings.push({ check: 'staffing-ratio', outcome: 'unknown', rule, saw: {}, message: `${s.text} — the application states no projected client count.` });
      continue;
    }
    const clients = facts.projectedClients;
    if (s.metric === 'clients-per-staff-fte') {
      const fte = round(facts.named.filter((p) => !facts.excludedRoles.has(p.roleId)).reduce((sum, p) => sum + (p.fte ?? 0), 0));
      const ratio = fte === 0 ? Infinity : clients / fte;
      const met = clients === 0 || compare(ratio, s.op, s.value);
      findings.push({ check: 'staffing-ratio', outcome: met ? 'met' : 'not-met', rule,
        saw: { clients, fte, clientsPerFte: Number.isFinite(ratio) ? round(ratio) : null, limit: s.value },
        message: met ? `${clients} clients for ${fte} FTE meets ${s.op} ${s.value} per FTE.` : `${clients} clients for ${fte} FTE does not meet ${s.op} ${s.value} clients per FTE.` });
    } else {
      // "8 hours per week for every 25 clients": every started block of 25 needs its 8 hours.
      const per = Number(/(\d+)/.exec(s.per ?? '')?.[1] ?? 1);
      const needed = Math.ceil(clients / per) * s.value;
      const hours = round(facts.named.filter((p) => facts.psychiatristRoles.has(p.roleId)).reduce((sum, p) => sum + (p.hoursPerWeek ?? 0), 0));
      const met = compare(hours, s.op, needed);
      findings.push({ check: 'staffing-ratio', outcome: met ? 'met' : 'not-met', rule, saw: { clients, hours, needed },
        message: met ? `${hours} psychiatrist hours per week cover ${clients} clients (${needed} needed).` : `${hours} psychiatrist hours per week; ${clients} clients need ${needed}.` });
    }
  }
  return findings;
}

const round = (n: number) => Math.round(n * 100) / 100;

function compare(a: number, op: OperatingStandard['op'], b: number): boolean {
  switch (op) {
    case '>=': return a >= b;
    case '<=': return a <= b;
    case '<': return a < b;
    case '>': return a > b;
    case '=': return a === b;
  }
}
