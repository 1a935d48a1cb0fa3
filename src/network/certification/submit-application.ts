import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayManageOrganization, organizationEnrollments } from '../index.js';
import { runAutomaticChecks } from './run-automatic-checks.js';
import { findApplication, loadApplication, loadNamedStaff, recordApplicationEvent } from './store.js';
import { certificationApplicationItems as items, certificationApplications as applications } from './tables.js';
import type { ApplicationView } from './types.js';

/**
 * Sends a draft (or an answered request for information) to the reviewers: runs the automatic checks as of
 * `today`, files their findings on the items, and opens a pending enrollment when the organization has none yet.
 */
export async function submitApplication(db: Db, caller: Caller, catalogs: Catalogs, id: string, today: string): Promise<Result<ApplicationView>> {
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, id);
    if (!app) return fail(problems.notFound('Application', id));
    if (!mayManageOrganization(caller, app.organizationId)) return fail(problems.forbidden());
    if (app.status !== 'draft' && app.status !== 'needs-info') return fail(problems.conflict(`The application is already ${app.status}.`));
    const catalog = catalogs.get(app.program);
    const type = catalog?.providerType(app.providerType);
    if (!catalog || !type) return fail(problems.unprocessable('The provider type is no longer in the policy pack', `${app.program}/${app.providerType}`));
    const findings = runAutomaticChecks({ catalog, type, named: await loadNamedStaff(tx, id), projectedClients: app.projectedClients, on: today });
    const itemRows = await tx.select().from(items).where(eq(items.applicationId, id));
    for (const item of itemRows) {
      const found = findings.get(`${item.itemKind}:${item.requirementId}`) ?? [];
      // A resubmission re-opens the items the reviewer sent back.
      const status = item.status === 'needs-info' ? 'pending' : item.status;
      await tx.update(items).set({ findings: found, status }).where(eq(items.id, item.id));
    }
    await tx.update(applications).set({ status: 'submitted', submittedAt: sql`now()` as unknown as string, updatedAt: sql`now()` as unknown as string })
      .where(eq(applications.id, id));
    const [enrollment] = await tx.select({ id: organizationEnrollments.id }).from(organizationEnrollments).where(and(
      eq(organizationEnrollments.organizationId, app.organizationId), eq(organizationEnrollments.program, app.program),
      eq(organizationEnrollments.providerType, app.providerType)));
    if (!enrollment) {
      await tx.insert(organizationEnrollments).values({
        id: randomUUID(), organizationId: app.organizationId, program: app.program, providerType: app.providerType,
        fromDate: today, status: 'pending',
      });
    }
    const counts = [...findings.values()].flat().reduce<Record<string, number>>((c, f) => ({ ...c, [f.outcome]: (c[f.outcome] ?? 0) + 1 }), {});
    await recordApplicationEvent(tx, caller, app, app.status === 'needs-info' ? 'resubmitted' : 'submitted', null, { findings: counts });
    await recordAudit(tx, caller, { action: 'update', entity: 'certification-application', entityId: id, detail: { status: 'submitted', findings: counts } });
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}
