import type { SiteRecord } from './bundle-schema.js';
import type { CountyProfile } from './delaware-profile.js';
import { nameLists } from './name-lists.js';
import type { Random } from './seeded-random.js';

export type Address = SiteRecord['address'];

/** A street address in one of the county's towns. */
export function buildAddress(rng: Random, county: CountyProfile, state: string): Address {
  const town = rng.pick(county.towns);
  const address: Address = {
    line1: `${rng.int(1, 2999)} ${rng.pick(nameLists.streets)} ${rng.pick(nameLists.streetSuffixes)}`,
    city: town.city, state, zip: rng.pick(town.zips),
  };
  if (rng.chance(0.15)) address.line2 = `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}`;
  return address;
}
