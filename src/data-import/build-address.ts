import type { SiteRecord } from './bundle-schema.js';
import type { CountyProfile, ProgramProfile } from './program-profile.js';
import { nameLists } from './name-lists.js';
import type { Random } from './seeded-random.js';

export type Address = SiteRecord['address'];

/** A street address in one of the county's towns, on a street the profile names. */
export function buildAddress(rng: Random, county: CountyProfile, profile: Pick<ProgramProfile, 'state' | 'places'>): Address {
  const town = rng.pick(county.towns);
  const address: Address = {
    line1: `${rng.int(1, 2999)} ${rng.pick(profile.places.streets)} ${rng.pick(nameLists.streetSuffixes)}`,
    city: town.city, state: profile.state, zip: rng.pick(town.zips),
  };
  if (rng.chance(0.15)) address.line2 = `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}`;
  return address;
}
