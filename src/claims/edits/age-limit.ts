import type { Edit } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';

/** Age in whole years on a date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Services with an age limit (ACT/ICM, CPST, PSR: 18 and over) pay only for members of that age on the date. */
export const ageLimit: Edit = {
  id: 'age-limit',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['age-limit']?.length ?? 0) > 0,
  check(line, { member, resolved }) {
    const age = ageOn(member.member!.birthDate, line.serviceDate);
    return resolved.rules['age-limit']!
      .filter((r) => (r.minAge !== undefined && age < r.minAge) || (r.maxAge !== undefined && age > r.maxAge))
      .map((r) => ({ outcome: 'deny' as const, reason: 'age-limit', rule: ruleRef(r), saw: { age, minAge: r.minAge, maxAge: r.maxAge } }));
  },
};
