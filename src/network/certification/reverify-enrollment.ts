import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayAdminister, organizationEnrollments } from '../index.js';
import { listReverifications } from './list-reverifications.js';
import { certificationApplications as applications } from './tables.js';
import type { ReverificationRow, ReverifyInput } from './types.js';

/**
 * A reviewer records that an enrollment's qualifications were re-verified: last_verified_on moves to the date, the
 * certification may be extended, and a lapsed enrollment whose certification still runs returns to what its latest
 * decision granted (active, or provisional).
 */
export async function reverifyEnrollment(db: Db, caller: Caller, catalogs: Catalogs, enrollmentId: string, input: ReverifyInput, today: string): Promise<Result<ReverificationRow>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  const verifiedOn = input.verifiedOn ?? today;
  if (verifiedOn > today) return fail(problems.validation([{ path: 'verifiedOn', message: 'Must not be in the future' }]));
  return db.transaction(async (tx) => {
    const [e] = await tx.select().from(organizationEnrollments).where(eq(organizationEnrollments.id, enrollmentId));
    if (!e) return fail(problems.notFound('Enrollment', enrollmentId));
    if (!['active', 'provisional', 'lapsed'].includes(e.status)) return fail(problems.conflict(`A ${e.status} enrollment is certified by an application, not re-verified.`));
    const certifiedThrough = input.certifiedThrough ?? e.certifiedThrough;
    if (certifiedThrough && certifiedThrough < verifiedOn) {
      return fail(problems.unprocessable('The certification has ended', `Certified through ${certifiedThrough}; send a new certifiedThrough or a new application.`));
    }
    const [latest] = e.status === 'lapsed' ? await tx.select({ status: applications.status }).from(applications).where(and(
      eq(applications.organizationId, e.organizationId), eq(applications.program, e.program), eq(applications.providerType, e.providerType),
      inArray(applications.status, ['approved', 'provisional']))).orderBy(desc(applications.decidedAt)).limit(1) : [];
    const status = e.status !== 'lapsed' ? e.status : latest?.status === 'provisional' ? 'provisional' : 'active';
    await tx.update(organizationEnrollments).set({ lastVerifiedOn: verifiedOn, certifiedThrough, status })
      .where(and(eq(organizationEnrollments.id, enrollmentId)));
    await recordAudit(tx, caller, { action: 'update', entity: 'organization-enrollment', entityId: enrollmentId,
      detail: { reverifiedOn: verifiedOn, certifiedThrough, from: e.status, to: status, note: input.note ? 'given' : null } });
    const rows = await listReverifications(tx, caller, catalogs, {}, today);
    return ok(rows.find((r) => r.enrollmentId === enrollmentId)!);
  });
}
