import { isoDate } from './epoch-day.js';
import { nameLists } from './name-lists.js';
import type { Random } from './seeded-random.js';

export interface Person { firstName: string; lastName: string; sex: 'F' | 'M' | 'X' | 'U'; birthDate: string }

/** A named person aged between `minAge` and `maxAge` (whole years) on `asOf`. */
export function buildPerson(rng: Random, asOf: number, minAge: number, maxAge: number): Person {
  const roll = rng.next();
  const sex = roll < 0.52 ? 'F' : roll < 0.99 ? 'M' : roll < 0.995 ? 'X' : 'U';
  const firstName = rng.pick(sex === 'F' ? nameLists.female : sex === 'M' ? nameLists.male : rng.chance(0.5) ? nameLists.female : nameLists.male);
  // Days rather than years keep the exact age inside [minAge, maxAge] without calendar arithmetic.
  const ageDays = rng.int(Math.ceil(minAge * 365.25) + 1, Math.floor((maxAge + 1) * 365.25) - 2);
  return { firstName, lastName: rng.pick(nameLists.last), sex, birthDate: isoDate(asOf - ageDays) };
}
