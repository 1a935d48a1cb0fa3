import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import type { Catalogs } from '../../catalog/index.js';
import { organizationEnrollments, organizations, ownOrganization } from '../index.js';
import { reverificationSchedule } from './reverification-schedule.js';
import { certificationNotices } from './tables.js';
import type { ReverificationQuery, ReverificationRow } from './types.js';

/** Certified enrollments (active, provisional, lapsed) with their re-verification due date and state, soonest first. */
export async function listReverifications(db: Db, caller: Caller, catalogs: Catalogs, query: ReverificationQuery, today: string): Promise<ReverificationRow[]> {
  const asOf = query.asOf ?? today;
  const rows = await db.select({ e: organizationEnrollments, organizationName: organizations.name }).from(organizationEnrollments)
    .innerJoin(organizations, eq(organizations.id, organizationEnrollments.organizationId))
    .where(and(inArray(organizationEnrollments.status, ['active', 'provisional', 'lapsed']), ownOrganization(caller, organizationEnrollments.organizationId)))
    .orderBy(asc(organizations.name), asc(organizationEnrollments.program));
  const ids = rows.map((r) => r.e.id);
  const notices = ids.length ? await db.select().from(certificationNotices).where(inArray(certificationNotices.enrollmentId, ids)).orderBy(asc(certificationNotices.recordedOn)) : [];
  const out = rows.map(({ e, organizationName }): ReverificationRow => {
    const everyMonths = catalogs.get(e.program)?.providerType(e.providerType)?.verification?.everyMonths;
    const s = reverificationSchedule({ lastVerifiedOn: e.lastVerifiedOn, certifiedThrough: e.certifiedThrough, everyMonths }, asOf);
    return {
      enrollmentId: e.id, organizationId: e.organizationId, organizationName, program: e.program, providerType: e.providerType, status: e.status,
      lastVerifiedOn: e.lastVerifiedOn, certifiedThrough: e.certifiedThrough, everyMonths: everyMonths ?? null, ...s,
      state: e.status === 'lapsed' ? 'overdue' : s.state,
      notices: notices.filter((n) => n.enrollmentId === e.id).map((n) => ({ kind: n.kind, dueOn: n.dueOn, recordedOn: n.recordedOn })),
    };
  });
  return out.filter((r) => !query.state || r.state === query.state)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.organizationName.localeCompare(b.organizationName));
}
