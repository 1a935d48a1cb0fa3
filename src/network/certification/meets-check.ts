import type { StaffProfile } from './staff-profile.js';

export interface Verdict {
  outcome: 'met' | 'not-met' | 'unknown';
  why: string;
}

const degreeRank: Record<string, number> = { 'high-school': 1, associate: 2, bachelor: 3, master: 4, doctoral: 5 };
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Whether the credential is in force on the date (from ≤ on ≤ to). */
export function isCurrentOn(credential: { from: string; to: string | null }, on: string): boolean {
  return credential.from <= on && (credential.to === null || credential.to >= on);
}

/** Whole years between a birth date and a date. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Judges one machine `check` of a pack requirement against a staff member on a date. Keys the staff record cannot
 * show (experience, lived experience, specialty …) come back `unknown` for the reviewer; every key must hold.
 */
export function meetsCheck(check: Record<string, unknown>, person: StaffProfile, on: string): Verdict {
  const verdicts = Object.entries(check).filter(([key]) => key !== 'fields' && key !== 'experience')
    .map(([key, value]) => meetsKey(key, value, person, on));
  if (verdicts.length === 0) return { outcome: 'unknown', why: 'nothing machine-checkable' };
  return verdicts.find((v) => v.outcome === 'not-met') ?? verdicts.find((v) => v.outcome === 'unknown') ?? verdicts[0]!;
}

function meetsKey(key: string, value: unknown, person: StaffProfile, on: string): Verdict {
  const current = person.credentials.filter((c) => isCurrentOn(c, on));
  const holds = (name: string, kinds?: string[]) =>
    current.some((c) => (!kinds || kinds.includes(c.kind)) && (slug(c.name) === slug(name) || slug(c.name).includes(slug(name))));
  switch (key) {
    case 'minAge': {
      if (!person.birthDate) return { outcome: 'unknown', why: 'birth date not recorded' };
      const age = ageOn(person.birthDate, on);
      return age >= Number(value) ? { outcome: 'met', why: `age ${age}` } : { outcome: 'not-met', why: `age ${age} is under ${String(value)}` };
    }
    case 'degree': {
      const need = degreeRank[String(value)];
      const has = person.degree ? degreeRank[person.degree] : undefined;
      if (need === undefined || has === undefined) return { outcome: 'unknown', why: 'degree not recorded' };
      return has >= need ? { outcome: 'met', why: `degree ${person.degree}` } : { outcome: 'not-met', why: `degree ${person.degree} is below ${String(value)}` };
    }
    case 'credential':
    case 'certification':
      return holds(String(value)) ? { outcome: 'met', why: `holds ${String(value)}` } : { outcome: 'not-met', why: `no current ${String(value)}` };
    case 'license':
      return holds(String(value), ['license']) ? { outcome: 'met', why: `licensed ${String(value)}` } : { outcome: 'not-met', why: `no current license ${String(value)}` };
    case 'licensed':
      return current.some((c) => c.kind === 'license') ? { outcome: 'met', why: 'holds a current license' } : { outcome: 'not-met', why: 'no current license' };
    case 'backgroundCheck': {
      const needed = Array.isArray(value) ? value.map(String) : [String(value)];
      const missing = needed.filter((n) => !holds(n, ['background-check']));
      return missing.length === 0 ? { outcome: 'met', why: 'background checks current' } : { outcome: 'not-met', why: `no current background check: ${missing.join(', ')}` };
    }
    case 'fullTime':
      if (person.fte === null) return { outcome: 'unknown', why: 'FTE not stated' };
      return person.fte >= 1 ? { outcome: 'met', why: `FTE ${person.fte}` } : { outcome: 'not-met', why: `FTE ${person.fte} is not full time` };
    case 'anyOf': {
      const options = (Array.isArray(value) ? value : []) as Record<string, unknown>[];
      const verdicts = options.map((o) => meetsCheck(o, person, on));
      return verdicts.find((v) => v.outcome === 'met') ?? verdicts.find((v) => v.outcome === 'unknown')
        ?? { outcome: 'not-met', why: verdicts.map((v) => v.why).join('; ') || 'no option holds' };
    }
    default:
      return { outcome: 'unknown', why: `${key} is not in the staff record` };
  }
}
