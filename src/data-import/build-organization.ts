import type { OrganizationRecord } from './bundle-schema.js';
import type { ProviderTypeProfile } from './delaware-profile.js';
import { isoDate } from './epoch-day.js';
import { makeNpi } from './make-npi.js';
import { nameLists } from './name-lists.js';
import type { Random } from './seeded-random.js';

/** Words an agency of a provider type calls itself, chosen by the first service the type delivers. */
const NAME_BY_SERVICE: Record<string, string[]> = {
  'care-management': ['Care Management', 'Care Coordination Services'],
  cpst: ['Behavioral Health', 'Counseling Services', 'Recovery Services'],
  'peer-support': ['Peer Network', 'Peer Recovery Center'],
  act: ['Community Mental Health', 'Behavioral Health Partners'],
  icm: ['Community Mental Health', 'Behavioral Health Partners'],
  residential: ['Residential Services', 'Supportive Living'],
  'community-transition': ['Housing Partners', 'Housing Alliance'],
  'iadl-chore': ['Home Health', 'Home Care', 'Personal Assistance'],
  nursing: ['Nursing Services', 'Home Nursing'],
  respite: ['Nursing and Rehabilitation Center', 'Respite Care'],
  iess: ['Employment Services', 'Career Pathways'],
  stsgse: ['Supported Employment', 'Work Crews'],
  nmt: ['Transportation Network', 'Ride Services'],
  'benefits-counseling': ['Work Incentives Counseling', 'Benefits Planning'],
  'financial-coaching-plus': ['Financial Coaching', 'Financial Empowerment'],
};

export interface OrganizationSeed {
  /** 1-based sequence number: the ref and the NPI and tax id derive from it, so they are unique. */
  seq: number;
  types: ProviderTypeProfile[];
  alwaysActive?: boolean;
  program: string;
  asOf: number;
  usedNames: Set<string>;
}

/** A provider agency enrolled in the program as each of `types`, with its NPI, tax id and contact details. */
export function buildOrganization(rng: Random, seed: OrganizationSeed): OrganizationRecord {
  const { seq, types, program, asOf } = seed;
  const name = uniqueName(rng, types, seed.usedNames);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Multiplying by a number prime to 10^8 (10^7) maps sequence numbers to distinct, scattered digits.
  const npiBase = '1' + String((seq * 7919) % 100_000_000).padStart(8, '0');
  const taxId = `51-${String((seq * 104_729 + 1_234_567) % 10_000_000).padStart(7, '0')}`;
  const org: OrganizationRecord = {
    ref: `ORG-${String(seq).padStart(4, '0')}`, name, npi: makeNpi(npiBase), taxId,
    phone: `302-555-${String(rng.int(0, 9999)).padStart(4, '0')}`, email: `intake@${slug}.example.org`,
    website: `https://${slug}.example.org`, acceptingNewClients: rng.chance(0.85), enrollments: [],
  };
  for (const type of types) addEnrollment(rng, org, type, program, asOf, seed.alwaysActive);
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
    enrollment.lastVerifiedOn = isoDate(Math.max(from, Math.min(asOf - rng.int(1, 60), through - 365)));
    enrollment.certifiedThrough = isoDate(through);
  }
  org.enrollments.push(enrollment);
}

function uniqueName(rng: Random, types: ProviderTypeProfile[], used: Set<string>): string {
  const service = types.flatMap((t) => t.services).find((s) => NAME_BY_SERVICE[s]);
  const kind = service ? rng.pick(NAME_BY_SERVICE[service]) : types[0]?.name ?? 'Services';
  const stem = rng.chance(0.6) ? rng.pick(nameLists.orgPlaces) : rng.pick(nameLists.orgWords);
  let name = `${stem} ${kind}`;
  for (let n = 2; used.has(name); n++) name = `${stem} ${kind} ${n}`;
  used.add(name);
  return name;
}
