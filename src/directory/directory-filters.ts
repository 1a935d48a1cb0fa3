import { asc, eq } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { organizations, sites } from '../network/index.js';
import { isCertifiedOn } from './store.js';
import type { DirectoryFilters } from './types.js';

/** The choices the directory's filters offer: services some provider type delivers, counties with a certified provider's site. */
export async function directoryFilters(db: Db, catalogs: Catalogs, today: string): Promise<DirectoryFilters> {
  const counties = await db.selectDistinct({ county: sites.county }).from(sites)
    .innerJoin(organizations, eq(organizations.id, sites.organizationId))
    .where(isCertifiedOn(today)).orderBy(asc(sites.county));
  const services = catalogs.list().flatMap((c) => {
    const delivered = new Set(c.pack.providerTypes.flatMap((p) => p.services));
    return c.services(today).filter((s) => delivered.has(s.id)).map((s) => ({ id: s.id, name: s.name, program: c.program }));
  });
  // A service listed in several effective versions (or several packs) is offered once.
  const unique = [...new Map(services.map((s) => [s.id, s])).values()];
  return { services: unique.sort((a, b) => a.name.localeCompare(b.name)), counties: counties.map((c) => c.county) };
}
