import type { Edit } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** Units the minutes delivered pay: cms-8-minute counts a further unit for each remainder of at least the minimum. */
export function unitsForMinutes(minutes: number, size: number, minimumToBill: number, counting: 'cms-8-minute' | 'whole-units-only'): number {
  const whole = Math.floor(minutes / size);
  if (counting === 'cms-8-minute') return whole + (minutes % size >= minimumToBill ? 1 : 0);
  return whole > 0 ? whole : minutes >= minimumToBill ? 1 : 0;
}

/** A timed unit pays only when the pack's minimum minutes were delivered (the "8-minute rule"). */
export const minimumMinutesPerUnit: Edit = {
  id: 'minimum-minutes-per-unit',
  appliesTo: (_line, { resolved }) => resolved.unit?.kind === 'timed',
  check(line, { resolved }) {
    const unit = resolved.unit!;
    if (unit.kind !== 'timed') return PASS;
    if (line.minutes === null) {
      return [{ outcome: 'deny', reason: 'missing-information', rule: ruleRef(unit), saw: { minutes: null, billed: line.units } }];
    }
    const payable = unitsForMinutes(line.minutes, unit.minutes, unit.minimumToBill, unit.counting);
    if (line.units <= payable) return PASS;
    return [{ outcome: payable === 0 ? 'deny' : 'reduce', reason: 'units-exceed-minutes', rule: ruleRef(unit), saw: { minutes: line.minutes, billed: line.units, payable }, payableUnits: payable }];
  },
};
