import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayAdminister } from '../index.js';
import { findApplication, loadApplication, recordApplicationEvent } from './store.js';
import { certificationApplicationItems as items, certificationApplications as applications } from './tables.js';
import type { ApplicationView, InformationRequest } from './types.js';

/** A reviewer sends the application back to the provider with a note; the named items are marked needing information. */
export async function requestInformation(db: Db, caller: Caller, catalogs: Catalogs, id: string, request: InformationRequest): Promise<Result<ApplicationView>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, id);
    if (!app) return fail(problems.notFound('Application', id));
    if (app.status !== 'submitted') return fail(problems.conflict(`Only a submitted application can be sent back; it is ${app.status}.`));
    if (request.itemIds.length) {
      const found = await tx.select({ id: items.id }).from(items).where(and(eq(items.applicationId, id), inArray(items.id, request.itemIds)));
      const missing = request.itemIds.findIndex((i) => !found.some((f) => f.id === i));
      if (missing >= 0) return fail(problems.validation([{ path: `itemIds.${missing}`, message: 'Not an item of this application' }]));
      await tx.update(items).set({ status: 'needs-info' }).where(inArray(items.id, request.itemIds));
    }
    await tx.update(applications).set({ status: 'needs-info', updatedAt: sql`now()` as unknown as string }).where(eq(applications.id, id));
    await recordApplicationEvent(tx, caller, app, 'information-requested', request.note, { items: request.itemIds.length });
    await recordAudit(tx, caller, { action: 'update', entity: 'certification-application', entityId: id, detail: { status: 'needs-info', items: request.itemIds.length } });
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}
