import { randomUUID } from 'node:crypto';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister } from './may-administer.js';
import { enrollmentRow, loadOrganization, replaceOrganizationEnrollments } from './store.js';
import { organizations } from './tables.js';
import type { OrganizationDetail, OrganizationPatch } from './types.js';

/** Changes an organization's record (state and ASO staff); a list sent replaces the list. */
export async function updateOrganization(db: Db, caller: Caller, id: string, patch: OrganizationPatch): Promise<Result<OrganizationDetail>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    if (!(await loadOrganization(tx, caller, id))) return fail(problems.notFound('Organization', id));
    if (patch.ref || patch.slug) {
      const [clash] = await tx.select({ ref: organizations.ref }).from(organizations).where(and(ne(organizations.id, id),
        or(patch.ref ? eq(organizations.ref, patch.ref) : undefined, patch.slug ? eq(organizations.slug, patch.slug) : undefined)));
      if (clash) return fail(problems.conflict(clash.ref === patch.ref ? `An organization with ref ${patch.ref} exists.` : `The slug ${patch.slug} is taken.`));
    }
    const { enrollments, ...fields } = patch;
    if (Object.keys(fields).length) {
      await tx.update(organizations).set({ ...fields, updatedAt: sql`now()` }).where(eq(organizations.id, id));
    }
    if (enrollments) await replaceOrganizationEnrollments(tx, [id], enrollments.map((e) => enrollmentRow(id, e, randomUUID())));
    await recordAudit(tx, caller, { action: 'update', entity: 'organization', entityId: id, detail: { fields: Object.keys(patch) } });
    return ok((await loadOrganization(tx, caller, id))!);
  });
}
