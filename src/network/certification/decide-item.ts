import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayAdminister } from '../index.js';
import { findApplication, loadApplication, recordApplicationEvent } from './store.js';
import { certificationApplicationItems as items } from './tables.js';
import type { ApplicationView, ItemDecision } from './types.js';

/** A reviewer marks one checklist item met, not met, waived or needing more information, with a note. */
export async function decideItem(db: Db, caller: Caller, catalogs: Catalogs, id: string, itemId: string, decision: ItemDecision): Promise<Result<ApplicationView>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, id);
    if (!app) return fail(problems.notFound('Application', id));
    if (app.status !== 'submitted') return fail(problems.conflict(`Items are reviewed while the application is submitted; it is ${app.status}.`));
    const [item] = await tx.select().from(items).where(and(eq(items.id, itemId), eq(items.applicationId, id)));
    if (!item) return fail(problems.notFound('Application item', itemId));
    await tx.update(items).set({ status: decision.status, reviewerNote: decision.note ?? item.reviewerNote }).where(eq(items.id, itemId));
    await recordApplicationEvent(tx, caller, app, `item-${decision.status}`, decision.note, { itemId, requirementId: item.requirementId });
    await recordAudit(tx, caller, { action: 'update', entity: 'certification-item', entityId: itemId, detail: { applicationId: id, status: decision.status } });
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}
