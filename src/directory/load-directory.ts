import { asc } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { organizations } from '../network/index.js';
import { directoryEntries, isCertifiedOn } from './store.js';
import type { DirectoryEntry } from './types.js';

/** Every certified provider's directory entry (the FHIR endpoint searches this in memory: a state's network is small). */
export async function loadDirectory(db: Db, catalogs: Catalogs, today: string): Promise<DirectoryEntry[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(isCertifiedOn(today)).orderBy(asc(organizations.name));
  return directoryEntries(db, catalogs, rows.map((r) => r.id), today);
}
