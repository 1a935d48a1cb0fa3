import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import type { PageQuery, Paged } from '../platform/http/paging.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { searchMemberPlans } from './store.js';
import type { PlanView } from './types.js';

/** A member's Recovery Plans with their service lines; the read is audited against the member. */
export async function listMemberPlans(db: Db, caller: Caller, memberId: string, query: PageQuery): Promise<Result<Paged<PlanView>>> {
  return db.transaction(async (tx) => {
    const page = await searchMemberPlans(tx, caller, memberId, query);
    if (!page) return fail(problems.notFound('Member', memberId));
    await recordAudit(tx, caller, { action: 'list', entity: 'plan', memberId, detail: { planIds: page.items.map((p) => p.id) } });
    return ok(page);
  });
}
