import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayManageOrganization, staff } from '../index.js';
import { findApplication, loadApplication } from './store.js';
import { certificationApplicationItems as items, certificationApplications as applications, certificationApplicationStaff as namedStaff } from './tables.js';
import type { ApplicationPatch, ApplicationView } from './types.js';

/** The applicant answers items, names staff for roles and states projected clients while a draft or asked for more. */
export async function updateApplication(db: Db, caller: Caller, catalogs: Catalogs, id: string, patch: ApplicationPatch): Promise<Result<ApplicationView>> {
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, id);
    if (!app) return fail(problems.notFound('Application', id));
    if (!mayManageOrganization(caller, app.organizationId)) return fail(problems.forbidden());
    if (app.status !== 'draft' && app.status !== 'needs-info') {
      return fail(problems.conflict(`The application is ${app.status}; it changes only as a draft or when more information is requested.`));
    }
    const type = catalogs.get(app.program)?.providerType(app.providerType);
    if (patch.staff) {
      const roleIds = new Set(type?.roles.map((r) => r.id) ?? []);
      const badRole = patch.staff.findIndex((s) => !roleIds.has(s.roleId));
      if (badRole >= 0) return fail(problems.validation([{ path: `staff.${badRole}.roleId`, message: 'Not a role of this provider type' }]));
      const staffIds = [...new Set(patch.staff.map((s) => s.staffId))];
      const own = staffIds.length ? await tx.select({ id: staff.id }).from(staff).where(and(inArray(staff.id, staffIds), eq(staff.organizationId, app.organizationId))) : [];
      const badStaff = patch.staff.findIndex((s) => !own.some((o) => o.id === s.staffId));
      if (badStaff >= 0) return fail(problems.validation([{ path: `staff.${badStaff}.staffId`, message: 'Not a staff member of this organization' }]));
      const seen = new Set<string>();
      const duplicate = patch.staff.findIndex((s) => { const k = `${s.roleId}|${s.staffId}`; const d = seen.has(k); seen.add(k); return d; });
      if (duplicate >= 0) return fail(problems.validation([{ path: `staff.${duplicate}`, message: 'Named twice for the same role' }]));
      await tx.delete(namedStaff).where(eq(namedStaff.applicationId, id));
      if (patch.staff.length) {
        await tx.insert(namedStaff).values(patch.staff.map((s) => ({
          id: randomUUID(), applicationId: id, organizationId: app.organizationId, roleId: s.roleId, staffId: s.staffId,
          fte: s.fte ?? null, hoursPerWeek: s.hoursPerWeek ?? null,
        })));
      }
    }
    if (patch.items?.length) {
      const known = await tx.select({ id: items.id }).from(items).where(eq(items.applicationId, id));
      const bad = patch.items.findIndex((i) => !known.some((k) => k.id === i.id));
      if (bad >= 0) return fail(problems.validation([{ path: `items.${bad}.id`, message: 'Not an item of this application' }]));
      for (const item of patch.items) {
        await tx.update(items).set({ providerNote: item.providerNote }).where(and(eq(items.id, item.id), eq(items.applicationId, id)));
      }
    }
    await tx.update(applications).set({
      ...(patch.projectedClients !== undefined ? { projectedClients: patch.projectedClients } : {}), updatedAt: sql`now()` as unknown as string,
    }).where(eq(applications.id, id));
    await recordAudit(tx, caller, { action: 'update', entity: 'certification-application', entityId: id,
      detail: { items: patch.items?.length ?? 0, staff: patch.staff?.length ?? null } });
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}
