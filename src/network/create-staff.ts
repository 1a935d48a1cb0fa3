import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { targetOrganization } from './target-organization.js';
import { credentialRow, loadStaff, organizationExists, organizationOfTeam, replaceStaffCredentials } from './store.js';
import { staff } from './tables.js';
import type { StaffInput, StaffView } from './types.js';

/** Adds a staff member with credentials: state and ASO staff for any organization, provider staff for their own. */
export async function createStaff(db: Db, caller: Caller, input: StaffInput): Promise<Result<StaffView>> {
  const target = targetOrganization(caller, input.organizationId);
  if (!target.ok) return fail(target.problem);
  const organizationId = target.value;
  return db.transaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) return fail(problems.notFound('Organization', organizationId));
    if (input.teamId && (await organizationOfTeam(tx, input.teamId)) !== organizationId) {
      return fail(problems.validation([{ path: 'teamId', message: 'Not a team of this organization' }]));
    }
    const id = randomUUID();
    const ref = input.ref ?? id;
    const [clash] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.ref, ref));
    if (clash) return fail(problems.conflict(`A staff member with ref ${ref} exists.`));
    await tx.insert(staff).values({
      id, ref, organizationId, teamId: input.teamId ?? null, firstName: input.firstName, lastName: input.lastName,
      npi: input.npi ?? null, role: input.role, degree: input.degree ?? null, birthDate: input.birthDate ?? null,
    });
    await replaceStaffCredentials(tx, [], (input.credentials ?? []).map((c) => credentialRow(id, organizationId, c, randomUUID())));
    await recordAudit(tx, caller, { action: 'create', entity: 'staff', entityId: id, detail: { ref, organizationId } });
    return ok((await loadStaff(tx, caller, id))!);
  });
}
