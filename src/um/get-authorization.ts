import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { loadAuthorization } from './store.js';
import type { AuthorizationView } from './types.js';

/** One authorization the caller may see; the read is audited against its member. */
export async function getAuthorization(db: Db, caller: Caller, id: string): Promise<Result<AuthorizationView>> {
  return db.transaction(async (tx) => {
    const found = await loadAuthorization(tx, caller, id);
    if (!found) return fail(problems.notFound('Authorization', id));
    await recordAudit(tx, caller, { action: 'read', entity: 'authorization', entityId: id, memberId: found.memberId });
    return ok(found);
  });
}
