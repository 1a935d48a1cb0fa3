import { randomUUID } from 'node:crypto';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister } from '../network/index.js';
import { checkMemberLinks } from './check-member-links.js';
import {
  assignCareManagers, eligibilityRow, isMemberVisible, loadMember, programEnrollmentRow, replaceEligibility, replaceProgramEnrollments,
} from './store.js';
import { members } from './tables.js';
import type { MemberDetail, MemberPatch } from './types.js';

/** Changes a member's record (state and ASO staff); a list sent replaces the list, `careManagerId: null` ends the assignment. */
export async function updateMember(db: Db, caller: Caller, id: string, patch: MemberPatch, { today }: { today: string }): Promise<Result<MemberDetail>> {
  return db.transaction(async (tx) => {
    if (!(await isMemberVisible(tx, caller, id))) return fail(problems.notFound('Member', id));
    if (!mayAdminister(caller)) return fail(problems.forbidden());
    const errors = await checkMemberLinks(tx, patch);
    if (errors.length) return fail(problems.validation(errors));
    if (patch.ref || patch.medicaidId) {
      const [clash] = await tx.select({ ref: members.ref }).from(members).where(and(ne(members.id, id),
        or(patch.ref ? eq(members.ref, patch.ref) : undefined, patch.medicaidId ? eq(members.medicaidId, patch.medicaidId) : undefined)));
      if (clash) return fail(problems.conflict(clash.ref === patch.ref ? `A member with ref ${patch.ref} exists.` : 'A member with this Medicaid id exists.'));
    }
    const { eligibility, enrollments, careManagerId, address, ...fields } = patch;
    const addressFields = address === undefined ? {} : {
      addressLine1: address?.line1 ?? null, addressLine2: address?.line2 ?? null,
      city: address?.city ?? null, state: address?.state ?? null, zip: address?.zip ?? null,
    };
    if (Object.keys(fields).length || address !== undefined) {
      await tx.update(members).set({ ...fields, ...addressFields, updatedAt: sql`now()` }).where(eq(members.id, id));
    }
    if (eligibility) await replaceEligibility(tx, [id], eligibility.map((s) => eligibilityRow(id, s, randomUUID())));
    if (enrollments) await replaceProgramEnrollments(tx, [id], enrollments.map((e) => programEnrollmentRow(id, e, randomUUID())));
    if (careManagerId !== undefined) await assignCareManagers(tx, [{ id: randomUUID(), memberId: id, staffId: careManagerId }], today);
    // Field names only: the values are PHI.
    await recordAudit(tx, caller, { action: 'update', entity: 'member', entityId: id, memberId: id, detail: { fields: Object.keys(patch) } });
    return ok((await loadMember(tx, caller, id))!);
  });
}
