import { daysBetween } from '../engine/dates.js';
import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** Days from a date to an end date, both included. */
export function daysIncluded(from: string, to: string | null): number {
  return to === null || to <= from ? 1 : daysBetween(from, to) + 1;
}

/**
 * Billed units must fit the unit definition: whole positive units; a per diem is one per day of the line's dates;
 * a monthly unit is one per month for the member and service.
 */
export const unitsConsistent: Edit = {
  id: 'units-consistent',
  appliesTo: (_line, { resolved }) => resolved.unit !== null,
  check(line, { resolved, running }) {
    const unit = resolved.unit!;
    const rule = ruleRef(unit);
    if (!Number.isInteger(line.units) || line.units <= 0) {
      return [{ outcome: 'deny', reason: 'units-inconsistent', rule, saw: { units: line.units, unit: unit.id } }];
    }
    let findings: EditFinding[] | undefined;
    if (unit.kind === 'day') {
      const days = daysIncluded(line.serviceDate, line.serviceDateTo);
      if (line.units > days) (findings ??= []).push({ outcome: 'reduce', reason: 'units-inconsistent', rule, saw: { units: line.units, days }, payableUnits: days });
    } else if (unit.kind === 'month') {
      const month = line.serviceDate.slice(0, 7);
      let billed = 0;
      for (let d = 1; d <= 31; d++) {
        for (const e of running.onDay(`${month}-${String(d).padStart(2, '0')}`)) {
          if (e.service === resolved.service && e.lineId !== line.lineId && (e.status === 'paid' || e.status === 'reduced')) billed += e.paidUnits;
        }
      }
      const payable = Math.max(0, 1 - billed);
      if (line.units > payable) {
        (findings ??= []).push({ outcome: payable === 0 ? 'deny' : 'reduce', reason: 'units-inconsistent', rule, saw: { units: line.units, month, alreadyPaid: billed }, payableUnits: payable });
      }
    }
    return findings ?? PASS;
  },
};
