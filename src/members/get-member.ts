import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { loadMember } from './store.js';
import type { MemberDetail } from './types.js';

/** The member record with eligibility, enrollments, care manager, plan lines and authorizations; the read is audited. */
export async function getMember(db: Db, caller: Caller, id: string): Promise<Result<MemberDetail>> {
  return db.transaction(async (tx) => {
    const member = await loadMember(tx, caller, id);
    if (!member) return fail(problems.notFound('Member', id));
    await recordAudit(tx, caller, { action: 'read', entity: 'member', entityId: id, memberId: id });
    return ok(member);
  });
}
