import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayAdminister, organizationEnrollments, organizations } from '../index.js';
import { renderCertificationLetter } from './render-certification-letter.js';
import { findApplication, loadApplication, recordApplicationEvent } from './store.js';
import { certificationApplicationItems as items, certificationApplications as applications } from './tables.js';
import type { ApplicationDecision, ApplicationView } from './types.js';

/**
 * Approves, approves provisionally or denies a submitted application. Approval sets the organization's enrollment
 * for the provider type active (provisional: provisional) with the certification period and today's verification;
 * denial closes a pending enrollment. The decision letter (PDF) is stored with the application.
 */
export async function decideApplication(db: Db, caller: Caller, catalogs: Catalogs, id: string, decision: ApplicationDecision, today: string): Promise<Result<ApplicationView>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, id);
    if (!app) return fail(problems.notFound('Application', id));
    if (app.status !== 'submitted') return fail(problems.conflict(`Only a submitted application is decided; it is ${app.status}.`));
    const catalog = catalogs.get(app.program);
    const type = catalog?.providerType(app.providerType);
    if (!catalog || !type) return fail(problems.unprocessable('The provider type is no longer in the policy pack', `${app.program}/${app.providerType}`));
    const granted = decision.outcome !== 'denied';
    const period = granted ? certificationPeriod(decision, type.verification?.everyMonths, today) : null;

    const match = and(eq(organizationEnrollments.organizationId, app.organizationId), eq(organizationEnrollments.program, app.program),
      eq(organizationEnrollments.providerType, app.providerType));
    const [enrollment] = await tx.select().from(organizationEnrollments).where(match);
    let enrollmentId = enrollment?.id ?? null;
    if (period) {
      const values = { status: decision.outcome === 'approved' ? 'active' : 'provisional', certifiedThrough: period.through, lastVerifiedOn: today, toDate: null };
      if (enrollment) {
        await tx.update(organizationEnrollments).set({ ...values, ...(enrollment.status === 'pending' || enrollment.fromDate > period.from ? { fromDate: period.from } : {}) })
          .where(eq(organizationEnrollments.id, enrollment.id));
      } else {
        enrollmentId = randomUUID();
        await tx.insert(organizationEnrollments).values({ id: enrollmentId, organizationId: app.organizationId, program: app.program, providerType: app.providerType, fromDate: period.from, ...values });
      }
    } else if (enrollment?.status === 'pending') {
      await tx.update(organizationEnrollments).set({ status: 'terminated', toDate: today < enrollment.fromDate ? enrollment.fromDate : today })
        .where(eq(organizationEnrollments.id, enrollment.id));
    }

    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, app.organizationId));
    const itemRows = await tx.select().from(items).where(eq(items.applicationId, id)).orderBy(items.position);
    const letter = await renderCertificationLetter({
      agency: catalog.manifest.agency, programName: catalog.manifest.name, organizationName: org!.name, providerTypeName: type.name,
      outcome: decision.outcome, decidedOn: today, certifiedFrom: period?.from ?? null, certifiedThrough: period?.through ?? null,
      reverifyEveryMonths: type.verification?.everyMonths ?? null, conditions: decision.conditions, reasons: decision.reasons,
      items: itemRows.map((i) => ({ text: i.text, status: i.status, note: i.reviewerNote })), reviewer: caller.name, applicationId: id,
    });
    await tx.update(applications).set({
      status: decision.outcome, decidedAt: sql`now()` as unknown as string, decidedBy: caller.name, decisionReasons: decision.reasons,
      decisionConditions: decision.conditions, certifiedFrom: period?.from ?? null, certifiedThrough: period?.through ?? null,
      enrollmentId, letter, updatedAt: sql`now()` as unknown as string,
    }).where(eq(applications.id, id));
    await recordApplicationEvent(tx, caller, app, decision.outcome, [...decision.reasons, ...decision.conditions].join('; ') || null, { period });
    await recordAudit(tx, caller, [
      { action: 'update', entity: 'certification-application', entityId: id, detail: { status: decision.outcome, period } },
      ...(enrollmentId ? [{ action: 'update' as const, entity: 'organization-enrollment', entityId: enrollmentId, detail: { organizationId: app.organizationId, decision: decision.outcome } }] : []),
    ]);
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}

/**
 * The certification period: as the reviewer sets it, else from today for the longer of the re-verification cadence
 * and a year (approved), or the shorter of the cadence and six months (provisional). The packs set no term (docs).
 */
export function certificationPeriod(decision: Pick<ApplicationDecision, 'outcome' | 'certifiedFrom' | 'certifiedThrough'>, everyMonths: number | undefined, today: string): { from: string; through: string } {
  const from = decision.certifiedFrom ?? today;
  if (decision.certifiedThrough) return { from, through: decision.certifiedThrough };
  const months = decision.outcome === 'provisional' ? Math.min(everyMonths ?? 6, 6) : Math.max(everyMonths ?? 12, 12);
  return { from, through: Temporal.PlainDate.from(from).add({ months }).subtract({ days: 1 }).toString() };
}
