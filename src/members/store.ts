import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { seesAllOrganizations, type Caller } from '../platform/auth/caller.js';
import { offsetOf, type Paged } from '../platform/http/paging.js';
import { organizations, staff, teams } from '../network/index.js';
import { careManagerAssignments, eligibilitySpans, members, programEnrollments } from './tables.js';
import { memberScope, servedBy } from './member-scope.js';
import type { AuthorizationView, EligibilitySpan, EnrollmentInput, MemberDetail, MemberListQuery, MemberSummary, PlanLineView } from './types.js';

/*
 * Queries of member data. Every read takes the Caller and adds `memberScope`, so provider staff reach only the
 * members their organization serves; another's member reads as absent (null → 404). Writes take ids the use case
 * has read through that scope, or bulk rows from the importer.
 */

const summary = {
  id: members.id, ref: members.ref, medicaidId: members.medicaidId, firstName: members.firstName,
  lastName: members.lastName, birthDate: members.birthDate, sex: members.sex, county: members.county,
};

/**
 * Search by name or id: every word of `q` must begin the first or last name ("jo smi" finds Joan Smith), or `q`
 * is the Medicaid id or the ref. Prefix search keeps to the name indexes at any member count.
 */
function matches(q: string): SQL | undefined {
  const words = q.toLowerCase().split(/[\s,]+/).filter(Boolean).map((w) => `${w.replace(/[\\%_]/g, '\\$&')}%`);
  if (!words.length) return undefined;
  const byName = and(...words.map((w) => or(sql`lower(${members.firstName}) like ${w}`, sql`lower(${members.lastName}) like ${w}`)));
  return or(byName, eq(members.medicaidId, q.toUpperCase()), sql`lower(${members.ref}) = lower(${q})`);
}

export async function searchMembers(db: Db, caller: Caller, query: MemberListQuery): Promise<Paged<MemberSummary>> {
  const where = and(
    memberScope(caller, members.id),
    query.q ? matches(query.q) : undefined,
    query.organizationId ? servedBy(query.organizationId, members.id) : undefined,
    query.program ? sql`exists (select 1 from program_enrollments pe where pe.member_id = ${members.id} and pe.program = ${query.program})` : undefined,
    query.county ? sql`lower(${members.county}) = lower(${query.county})` : undefined,
  );
  const rows = await db.select(summary).from(members).where(where)
    .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(members).where(where) as [{ n: number }];
  return { items: rows.map((r) => ({ ...r, sex: r.sex as MemberSummary['sex'] })), total: n, page: query.page, pageSize: query.pageSize };
}

/** Whether the caller may see the member (it exists and is in scope). */
export async function isMemberVisible(db: Db, caller: Caller, memberId: string): Promise<boolean> {
  const [row] = await db.select({ id: members.id }).from(members).where(and(eq(members.id, memberId), memberScope(caller, members.id)));
  return !!row;
}

/** The whole member record; null when absent or outside the caller's scope. */
export async function loadMember(db: Db, caller: Caller, id: string): Promise<MemberDetail | null> {
  const [m] = await db.select().from(members).where(and(eq(members.id, id), memberScope(caller, members.id)));
  if (!m) return null;
  const eligibility = await db.select().from(eligibilitySpans).where(eq(eligibilitySpans.memberId, id)).orderBy(asc(eligibilitySpans.fromDate));
  const enrollments = await db.select({ e: programEnrollments, organizationName: organizations.name, teamName: teams.name })
    .from(programEnrollments).innerJoin(organizations, eq(organizations.id, programEnrollments.organizationId))
    .leftJoin(teams, eq(teams.id, programEnrollments.teamId))
    .where(eq(programEnrollments.memberId, id)).orderBy(asc(programEnrollments.fromDate));
  const [careManager] = await db.select({ id: staff.id, firstName: staff.firstName, lastName: staff.lastName })
    .from(careManagerAssignments).innerJoin(staff, eq(staff.id, careManagerAssignments.staffId))
    .where(and(eq(careManagerAssignments.memberId, id), sql`${careManagerAssignments.toDate} is null`));
  const memberName = `${m.firstName} ${m.lastName}`;
  return {
    id: m.id, ref: m.ref, medicaidId: m.medicaidId, firstName: m.firstName, lastName: m.lastName, birthDate: m.birthDate,
    sex: m.sex as MemberDetail['sex'], county: m.county, phone: m.phone,
    address: m.addressLine1 ? { line1: m.addressLine1, line2: m.addressLine2, city: m.city!, state: m.state!, zip: m.zip! } : null,
    eligibility: eligibility.map((s) => ({ program: s.program, category: s.category, from: s.fromDate, to: s.toDate })),
    enrollments: enrollments.map(({ e, organizationName, teamName }) => ({
      program: e.program, organizationId: e.organizationId, organizationName, teamId: e.teamId, teamName, from: e.fromDate, to: e.toDate,
    })),
    careManager: careManager ? { id: careManager.id, name: `${careManager.firstName} ${careManager.lastName}` } : null,
    planLines: await planLinesOf(db, id),
    authorizations: await authorizationsOf(db, caller, id, memberName),
  };
}

// The two sections below read tables of the plans and um modules as SQL (not imports), keeping members below them.

async function planLinesOf(db: Db, memberId: string): Promise<PlanLineView[]> {
  const result = await db.execute(sql`select l.id, l.plan_id, l.service, l.organization_id, o.name as organization_name, l.code,
      l.from_date, l.to_date, l.frequency, l.amount::text as amount, l.unit, l.status
    from plan_lines l join organizations o on o.id = l.organization_id
    where l.member_id = ${memberId} order by l.from_date, l.service, l.id`);
  return rowsOf(result).map((r) => ({
    id: r.id, planId: r.plan_id, service: r.service, organizationId: r.organization_id, organizationName: r.organization_name,
    code: r.code, from: r.from_date, to: r.to_date, frequency: r.frequency, amount: Number(r.amount), unit: r.unit, status: r.status,
  }));
}

/** Provider staff see their own organization's authorizations of the member, not other providers'. */
async function authorizationsOf(db: Db, caller: Caller, memberId: string, memberName: string): Promise<AuthorizationView[]> {
  const own = seesAllOrganizations(caller) ? sql`` : sql` and a.organization_id = ${caller.organizationId}`;
  const result = await db.execute(sql`select a.id, a.ref, a.organization_id, o.name as organization_name, a.program, a.service, a.code, a.beyond_limit,
      a.mode, a.units::text as units, a.units_used::text as units_used, a.from_date, a.to_date, a.status, a.decided_on
    from authorizations a join organizations o on o.id = a.organization_id
    where a.member_id = ${memberId}${own} order by a.from_date desc, a.id`);
  return rowsOf(result).map((r) => ({
    id: r.id, ref: r.ref, memberId, memberName, organizationId: r.organization_id, organizationName: r.organization_name,
    program: r.program, service: r.service, code: r.code, beyondLimit: r.beyond_limit ?? null, mode: r.mode, units: Number(r.units), unitsUsed: Number(r.units_used),
    from: r.from_date, to: r.to_date, status: r.status, decidedOn: r.decided_on,
  }));
}

// Both drivers answer `execute` with `{ rows }`; dates arrive as YYYY-MM-DD text (drizzle keeps them raw), and
// numerics are cast to text in the SQL so both drivers agree before Number().
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows, mapped field by field where read
const rowsOf = (result: unknown) => (result as { rows: Record<string, any>[] }).rows;

// ── Writes ───────────────────────────────────────────────────────────────────────────────────────────────

export const eligibilityRow = (memberId: string, s: EligibilitySpan, id: string): typeof eligibilitySpans.$inferInsert =>
  ({ id, memberId, program: s.program, category: s.category ?? null, fromDate: s.from, toDate: s.to ?? null });

export const programEnrollmentRow = (memberId: string, e: EnrollmentInput, id: string): typeof programEnrollments.$inferInsert =>
  ({ id, memberId, program: e.program, organizationId: e.organizationId, teamId: e.teamId ?? null, fromDate: e.from, toDate: e.to ?? null });

/** Replaces the eligibility spans of the given members (the sender's list is the whole truth). */
export async function replaceEligibility(db: Db, memberIds: string[], rows: (typeof eligibilitySpans.$inferInsert)[]): Promise<void> {
  if (memberIds.length) await db.delete(eligibilitySpans).where(inArray(eligibilitySpans.memberId, memberIds));
  if (rows.length) await db.insert(eligibilitySpans).values(rows);
}

/** Replaces the program enrollments of the given members. */
export async function replaceProgramEnrollments(db: Db, memberIds: string[], rows: (typeof programEnrollments.$inferInsert)[]): Promise<void> {
  if (memberIds.length) await db.delete(programEnrollments).where(inArray(programEnrollments.memberId, memberIds));
  if (rows.length) await db.insert(programEnrollments).values(rows);
}

/**
 * Sets each member's current care manager (null: none). A change closes the open assignment on `today` and opens
 * a new one from `today`, so the history stays; an unchanged one is left alone. Two statements for any count.
 */
export async function assignCareManagers(db: Db, assignments: { id: string; memberId: string; staffId: string | null }[], today: string): Promise<void> {
  if (!assignments.length) return;
  // One array per column, unnested into rows: three parameters whatever the count.
  const v = sql`unnest(${sql.param(assignments.map((a) => a.id))}::text[], ${sql.param(assignments.map((a) => a.memberId))}::text[],
    ${sql.param(assignments.map((a) => a.staffId))}::text[]) as v(id, member_id, staff_id)`;
  await db.execute(sql`update care_manager_assignments c set to_date = greatest(c.from_date, ${today}::date) from ${v}
    where c.member_id = v.member_id and c.to_date is null and c.staff_id is distinct from v.staff_id`);
  await db.execute(sql`insert into care_manager_assignments (id, member_id, staff_id, from_date)
    select v.id, v.member_id, v.staff_id, ${today}::date from ${v}
    where v.staff_id is not null
      and not exists (select 1 from care_manager_assignments c where c.member_id = v.member_id and c.to_date is null)`);
}
