import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { offsetOf, type PageQuery, type Paged } from '../platform/http/paging.js';
import { organizations } from '../network/index.js';
import { isMemberVisible, memberScope } from '../members/index.js';
import { planLines, recoveryPlans } from './tables.js';
import type { PlanView } from './types.js';

/*
 * Queries of Recovery Plans. A plan is the member's whole person-centred plan, so a provider that serves the
 * member (memberScope) sees all of it, including lines delivered by others: that is how services are coordinated.
 */

/** A member's plans, newest first, with their lines; null when the member is absent or outside the caller's scope. */
export async function searchMemberPlans(db: Db, caller: Caller, memberId: string, query: PageQuery): Promise<Paged<PlanView> | null> {
  const where = and(eq(recoveryPlans.memberId, memberId), memberScope(caller, recoveryPlans.memberId));
  if (!(await isMemberVisible(db, caller, memberId))) return null;
  const plans = await db.select().from(recoveryPlans).where(where)
    .orderBy(desc(recoveryPlans.fromDate), asc(recoveryPlans.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(recoveryPlans).where(where) as [{ n: number }];
  const lines = plans.length
    ? await db.select({ line: planLines, organizationName: organizations.name }).from(planLines)
      .innerJoin(organizations, eq(organizations.id, planLines.organizationId))
      .where(inArray(planLines.planId, plans.map((p) => p.id))).orderBy(asc(planLines.fromDate), asc(planLines.service), asc(planLines.id))
    : [];
  return {
    items: plans.map((p) => ({
      id: p.id, ref: p.ref, memberId: p.memberId, program: p.program, from: p.fromDate, to: p.toDate,
      status: p.status as PlanView['status'], signedOn: p.signedOn,
      lines: lines.filter((l) => l.line.planId === p.id).map(({ line: l, organizationName }) => ({
        id: l.id, planId: l.planId, service: l.service, organizationId: l.organizationId, organizationName, code: l.code,
        from: l.fromDate, to: l.toDate, frequency: l.frequency, amount: l.amount, unit: l.unit, status: l.status,
      })),
    })),
    total: n, page: query.page, pageSize: query.pageSize,
  };
}

/** Replaces the lines of the given plans (the sender's plan is the whole truth). */
export async function replacePlanLines(db: Db, planIds: string[], rows: (typeof planLines.$inferInsert)[]): Promise<void> {
  if (planIds.length) await db.delete(planLines).where(inArray(planLines.planId, planIds));
  if (rows.length) await db.insert(planLines).values(rows);
}
