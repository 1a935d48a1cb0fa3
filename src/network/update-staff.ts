import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayManageOrganization } from './may-administer.js';
import { credentialRow, loadStaff, organizationOfTeam, replaceStaffCredentials } from './store.js';
import { staff } from './tables.js';
import type { StaffPatch, StaffView } from './types.js';

/** Changes a staff member: state and ASO staff any, provider staff their own organization's; credentials sent replace the list. */
export async function updateStaff(db: Db, caller: Caller, id: string, patch: StaffPatch): Promise<Result<StaffView>> {
  return db.transaction(async (tx) => {
    const person = await loadStaff(tx, caller, id);
    if (!person) return fail(problems.notFound('Staff member', id));
    if (!mayManageOrganization(caller, person.organizationId)) return fail(problems.forbidden());
    if (patch.teamId && (await organizationOfTeam(tx, patch.teamId)) !== person.organizationId) {
      return fail(problems.validation([{ path: 'teamId', message: 'Not a team of this organization' }]));
    }
    if (patch.ref) {
      const [clash] = await tx.select({ id: staff.id }).from(staff).where(and(eq(staff.ref, patch.ref), ne(staff.id, id)));
      if (clash) return fail(problems.conflict(`A staff member with ref ${patch.ref} exists.`));
    }
    const { credentials, ...fields } = patch;
    if (Object.keys(fields).length) await tx.update(staff).set({ ...fields, updatedAt: sql`now()` }).where(eq(staff.id, id));
    if (credentials) await replaceStaffCredentials(tx, [id], credentials.map((c) => credentialRow(id, person.organizationId, c, randomUUID())));
    await recordAudit(tx, caller, { action: 'update', entity: 'staff', entityId: id, detail: { fields: Object.keys(patch) } });
    return ok((await loadStaff(tx, caller, id))!);
  });
}
