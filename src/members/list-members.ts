import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import type { Paged } from '../platform/http/paging.js';
import { searchMembers } from './store.js';
import type { MemberListQuery, MemberSummary } from './types.js';

/** A page of the members the caller may see; each member shown gets a 'list' audit event (one statement). */
export async function listMembers(db: Db, caller: Caller, query: MemberListQuery): Promise<Paged<MemberSummary>> {
  return db.transaction(async (tx) => {
    const page = await searchMembers(tx, caller, query);
    // One event per member shown, so a member's access history is one indexed query; the search text may be a
    // name, so it is not recorded.
    await recordAudit(tx, caller, page.items.map((m) => ({ action: 'list' as const, entity: 'member', entityId: m.id, memberId: m.id })));
    return page;
  });
}
