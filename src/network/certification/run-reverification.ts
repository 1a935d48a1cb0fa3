import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import type { Catalogs } from '../../catalog/index.js';
import { organizationEnrollments } from '../index.js';
import { reverificationSchedule } from './reverification-schedule.js';
import { certificationNotices } from './tables.js';
import type { ReverificationRun } from './types.js';

/**
 * The daily re-verification job: records a notice for each enrollment due within 60 or 30 days (once per due date)
 * and sets enrollments past due to `lapsed`, so the claims engine stops paying them. One transaction, audited.
 */
export async function runReverification(db: Db, caller: Caller, catalogs: Catalogs, asOf: string): Promise<ReverificationRun> {
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(organizationEnrollments).where(inArray(organizationEnrollments.status, ['active', 'provisional']));
    let warned = 0;
    const lapsed: string[] = [];
    for (const e of rows) {
      const everyMonths = catalogs.get(e.program)?.providerType(e.providerType)?.verification?.everyMonths;
      const s = reverificationSchedule({ lastVerifiedOn: e.lastVerifiedOn, certifiedThrough: e.certifiedThrough, everyMonths }, asOf);
      if (s.state === 'due-in-60-days' || s.state === 'due-in-30-days' || s.state === 'overdue') {
        const kind = s.state === 'overdue' ? 'lapsed' : s.state;
        const inserted = await tx.insert(certificationNotices).values({
          id: randomUUID(), enrollmentId: e.id, organizationId: e.organizationId, kind, dueOn: s.dueOn!, recordedOn: asOf,
        }).onConflictDoNothing().returning({ id: certificationNotices.id });
        if (inserted.length && kind !== 'lapsed') warned += 1;
      }
      if (s.state === 'overdue') {
        await tx.update(organizationEnrollments).set({ status: 'lapsed' }).where(eq(organizationEnrollments.id, e.id));
        lapsed.push(e.id);
      }
    }
    await recordAudit(tx, caller, [
      ...lapsed.map((id) => ({ action: 'update' as const, entity: 'organization-enrollment', entityId: id, detail: { status: 'lapsed', reason: 're-verification overdue', asOf } })),
      ...(warned || lapsed.length ? [{ action: 'update' as const, entity: 'reverification-run', detail: { asOf, warned, lapsed: lapsed.length } }] : []),
    ]);
    return { asOf, warned, lapsed };
  });
}
