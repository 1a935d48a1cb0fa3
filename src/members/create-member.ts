import { randomUUID } from 'node:crypto';
import { eq, or } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister } from '../network/index.js';
import { checkMemberLinks } from './check-member-links.js';
import { assignCareManagers, eligibilityRow, loadMember, programEnrollmentRow, replaceEligibility, replaceProgramEnrollments } from './store.js';
import { members } from './tables.js';
import type { MemberDetail, MemberInput } from './types.js';

/** Adds a member (state and ASO staff) with eligibility, enrollments and care manager, in one audited transaction. */
export async function createMember(db: Db, caller: Caller, input: MemberInput, { today }: { today: string }): Promise<Result<MemberDetail>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    const errors = await checkMemberLinks(tx, input);
    if (errors.length) return fail(problems.validation(errors));
    const id = randomUUID();
    const ref = input.ref ?? id;
    const [clash] = await tx.select({ ref: members.ref }).from(members).where(or(eq(members.ref, ref), eq(members.medicaidId, input.medicaidId)));
    if (clash) return fail(problems.conflict(clash.ref === ref ? `A member with ref ${ref} exists.` : 'A member with this Medicaid id exists.'));
    await tx.insert(members).values({
      id, ref, medicaidId: input.medicaidId, firstName: input.firstName, lastName: input.lastName, birthDate: input.birthDate,
      sex: input.sex, county: input.county, phone: input.phone ?? null,
      addressLine1: input.address?.line1 ?? null, addressLine2: input.address?.line2 ?? null,
      city: input.address?.city ?? null, state: input.address?.state ?? null, zip: input.address?.zip ?? null,
    });
    await replaceEligibility(tx, [], (input.eligibility ?? []).map((s) => eligibilityRow(id, s, randomUUID())));
    await replaceProgramEnrollments(tx, [], (input.enrollments ?? []).map((e) => programEnrollmentRow(id, e, randomUUID())));
    if (input.careManagerId) await assignCareManagers(tx, [{ id: randomUUID(), memberId: id, staffId: input.careManagerId }], today);
    await recordAudit(tx, caller, { action: 'create', entity: 'member', entityId: id, memberId: id });
    return ok((await loadMember(tx, caller, id))!);
  });
}
