import { and, asc, count, eq, ilike } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { organizations } from '../network/index.js';
import { providerTypesDelivering } from './provider-types-delivering.js';
import { directoryEntries, hasSiteInCounty, isCertifiedOn } from './store.js';
import type { DirectoryPage, DirectoryQuery } from './types.js';

/** Searches certified providers by service, county, accepting new clients and name; public, so no scope applies. */
export async function searchDirectory(db: Db, catalogs: Catalogs, query: DirectoryQuery, today: string): Promise<DirectoryPage> {
  const where = and(
    isCertifiedOn(today, query.service ? providerTypesDelivering(catalogs, query.service) : undefined),
    query.county ? hasSiteInCounty(query.county) : undefined,
    query.accepting ? eq(organizations.acceptingNewClients, query.accepting === 'true') : undefined,
    query.q ? ilike(organizations.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [{ total }] = (await db.select({ total: count() }).from(organizations).where(where)) as [{ total: number }];
  const rows = await db.select({ id: organizations.id }).from(organizations).where(where)
    .orderBy(asc(organizations.name), asc(organizations.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize);
  const items = await directoryEntries(db, catalogs, rows.map((r) => r.id), today);
  return { items, total: Number(total), page: query.page, pageSize: query.pageSize };
}
