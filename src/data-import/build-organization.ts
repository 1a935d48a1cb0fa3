import type { OrganizationRecord } from './bundle-schema.js';
import type { ProgramProfile, ProviderTypeProfile } from './program-profile.js';
import { isoDate } from './epoch-day.js';
import { makeNpi } from './make-npi.js';
import type { Random } from './seeded-random.js';

type SeedProfile = OrganizationSeed['profile'];

export interface OrganizationSeed {
  /** 1-based sequence number: the ref and the NPI and tax id derive from it, so they are unique. */
  seq: number;
  types: ProviderTypeProfile[];
  alwaysActive?: boolean;
  /** The program enrolled in, the area code and the words agency names are made of. */
  profile: Pick<ProgramProfile, 'program' | 'areaCode' | 'places' | 'organizationNames'>;
  asOf: number;
  usedNames: Set<string>;
}

/** A provider agency enrolled in the program as each of `types`, with its NPI, tax id and contact details. */
export function buildOrganization(rng: Random, seed: OrganizationSeed): OrganizationRecord {
  const { seq, types, profile, asOf } = seed;
  const name = uniqueName(rng, types, profile, seed.usedNames);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Multiplying by a number prime to 10^8 (10^7) maps sequence numbers to distinct, scattered digits.
  const npiBase = '1' + String((seq * 7919) % 100_000_000).padStart(8, '0');
  const taxId = `51-${String((seq * 104_729 + 1_234_567) % 10_000_000).padStart(7, '0')}`;
  const org: OrganizationRecord = {
    ref: `ORG-${String(seq).padStart(4, '0')}`, name, npi: makeNpi(npiBase), taxId,
    phone: `${profile.areaCode}-555-${String(rng.int(0, 9999)).padStart(4, '0')}`, email: `intake@${slug}.example.org`,
    website: `https://${slug}.example.org`, acceptingNewClients: rng.chance(0.85), enrollments: [],
  };
  for (const type of types) addEnrollment(rng, org, type, profile.program, asOf, seed.alwaysActive);
  return org;
}

/**
 * Enrolls an organization as one more provider type: mostly active, some provisional, pending, lapsed or
 * terminated (claims and directory edits need those); `alwaysActive` for agencies members depend on throughout.
 */
export function addEnrollment(
  rng: Random, org: OrganizationRecord, type: ProviderTypeProfile, program: string, asOf: number, alwaysActive = false,
): void {
  if (org.enrollments.some((e) => e.providerType === type.id)) return;
  const roll = alwaysActive ? 0 : rng.next();
  const status = roll < 0.86 ? 'active' : roll < 0.91 ? 'provisional' : roll < 0.94 ? 'pending' : roll < 0.97 ? 'lapsed' : 'terminated';
  const from = status === 'pending' || status === 'provisional' ? asOf - rng.int(10, 300) : asOf - rng.int(400, 3650);
  const enrollment: OrganizationRecord['enrollments'][number] = { program, providerType: type.id, from: isoDate(from), status };
  if (status === 'terminated') enrollment.to = isoDate(asOf - rng.int(1, 120));
  if (status !== 'pending') {
    // A lapsed enrollment is one whose certification ran out before it was verified again.
    const through = status === 'lapsed' ? asOf - rng.int(1, 90) : asOf + rng.int(30, 700);
    // Re-verified on the type's cycle (yearly where the pack does not say): current, some coming due within weeks;
    // a lapsed enrollment was last verified a cycle before it lapsed.
    const every = Math.round((type.verifyEveryMonths ?? 12) * 30.4);
    const ago = Math.max(1, Math.round((rng.int(1, 60) / 60) * (every - 10)));
    enrollment.lastVerifiedOn = isoDate(Math.max(from, status === 'lapsed' ? through - every + 1 : asOf - ago));
    enrollment.certifiedThrough = isoDate(through);
  }
  org.enrollments.push(enrollment);
}

/** "<place or word> <kind>", where the kind is what agencies of the type's first named service call themselves. */
function uniqueName(rng: Random, types: ProviderTypeProfile[], profile: SeedProfile, used: Set<string>): string {
  const names = profile.organizationNames;
  const service = types.flatMap((t) => t.services).find((s) => names[s]);
  const kind = service ? rng.pick(names[service]) : types[0]?.name ?? 'Services';
  const stem = rng.chance(0.6) ? rng.pick(profile.places.organizationPlaces) : rng.pick(profile.places.organizationWords);
  let name = `${stem} ${kind}`;
  for (let n = 2; used.has(name); n++) name = `${stem} ${kind} ${n}`;
  used.add(name);
  return name;
}
