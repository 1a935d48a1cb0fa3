import type { StaffRecord } from './bundle-schema.js';
import { buildCredentials } from './build-credentials.js';
import type { ProgramProfile, RoleProfile } from './program-profile.js';
import { buildPerson } from './build-person.js';
import { epochDay } from './epoch-day.js';
import { makeNpi } from './make-npi.js';
import type { Random } from './seeded-random.js';

export interface StaffSeed {
  /** 1-based sequence number: the ref and the NPI derive from it, so they are unique. */
  seq: number;
  organization: string;
  team?: string;
  role: string;
  roles: Record<string, RoleProfile>;
  issuers: ProgramProfile['issuers'];
  asOf: number;
  /** No one is hired before this day (a team's start). */
  hiredFrom: number;
}

/** A staff member of an agency (and team), qualified for `role` with dated credentials. */
export function buildStaffMember(rng: Random, seed: StaffSeed): StaffRecord {
  const q = seed.roles[seed.role] ?? seed.roles['direct-care'];
  const person = buildPerson(rng, seed.asOf, q.minAge + 1, 67);
  const adult = epochDay(person.birthDate) + Math.ceil(q.minAge * 365.25);
  const hired = Math.min(seed.asOf - 1, Math.max(seed.hiredFrom, adult, seed.asOf - rng.int(15, 3650)));
  const degree = rng.pick(q.degree);
  const npi = q.npi === 'always' || (q.npi === 'often' && rng.chance(0.6))
    ? makeNpi('2' + String((seed.seq * 7919 + 17) % 100_000_000).padStart(8, '0'))
    : undefined;
  const staff: StaffRecord = {
    ref: `STF-${String(seed.seq).padStart(6, '0')}`, organization: seed.organization,
    ...(seed.team ? { team: seed.team } : {}),
    firstName: person.firstName, lastName: person.lastName, ...(npi ? { npi } : {}),
    role: seed.role, degree, birthDate: person.birthDate,
    credentials: buildCredentials(q, seed.issuers, rng, { asOf: seed.asOf, hired, born: epochDay(person.birthDate), degree }),
  };
  return staff;
}
