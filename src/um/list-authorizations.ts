import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import type { Paged } from '../platform/http/paging.js';
import { searchAuthorizations } from './store.js';
import type { AuthorizationListQuery, AuthorizationView } from './types.js';

/** A page of the authorizations the caller may see; each one shown gets a 'list' audit event against its member. */
export async function listAuthorizations(db: Db, caller: Caller, query: AuthorizationListQuery): Promise<Paged<AuthorizationView>> {
  return db.transaction(async (tx) => {
    const page = await searchAuthorizations(tx, caller, query);
    await recordAudit(tx, caller, page.items.map((a) => ({ action: 'list' as const, entity: 'authorization', entityId: a.id, memberId: a.memberId })));
    return page;
  });
}
