import { and, asc, count, eq, ilike, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { seesAllOrganizations, type Caller } from '../platform/auth/caller.js';
import { offsetOf, type Paged } from '../platform/http/paging.js';
import { organizationEnrollments, organizations, sites, staff, staffCredentials, teamFidelity, teams } from './tables.js';
import { teamStage, type TeamStageMonths } from './team-stage.js';
import type {
  Address, Credential, Fidelity, OrganizationDetail, OrganizationEnrollment, OrganizationListQuery, OrganizationSummary,
  SiteListQuery, SiteView, StaffListQuery, StaffView, TeamListQuery, TeamView,
} from './types.js';

/*
 * Queries of the provider network. Reads take the Caller and scope by it:
 * - organizations (names, NPIs) and sites (addresses) are directory information: every signed-in role lists them;
 * - an organization's full record, its teams and its staff are its own: provider staff see only their own
 *   organization's, and another's looks like it does not exist (null → 404).
 * Writes take ids the use case has already read through that scope, or bulk rows from the importer.
 */

/** Restricts an organization-owned table to the caller's organization, unless the caller sees all. */
export function ownOrganization(caller: Caller, column: AnyColumn): SQL | undefined {
  if (seesAllOrganizations(caller)) return undefined;
  return caller.organizationId ? eq(column, caller.organizationId) : sql`false`;
}

const contains = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;
const equalsIgnoringCase = (column: AnyColumn, q: string) => sql`lower(${column}) = lower(${q})`;

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

const addressOf = (r: { addressLine1: string; addressLine2: string | null; city: string; state: string; zip: string }): Address =>
  ({ line1: r.addressLine1, line2: r.addressLine2, city: r.city, state: r.state, zip: r.zip });

// ── Organizations ────────────────────────────────────────────────────────────────────────────────────────

const organizationSummary = {
  id: organizations.id, ref: organizations.ref, name: organizations.name, slug: organizations.slug,
  npi: organizations.npi, acceptingNewClients: organizations.acceptingNewClients,
};

/** The organization directory: name contains `q`, or NPI or ref equals it. */
export async function searchOrganizations(db: Db, query: OrganizationListQuery): Promise<Paged<OrganizationSummary>> {
  const where = and(
    query.q ? or(ilike(organizations.name, contains(query.q)), eq(organizations.npi, query.q), equalsIgnoringCase(organizations.ref, query.q)) : undefined,
    query.acceptingNewClients ? eq(organizations.acceptingNewClients, query.acceptingNewClients === 'true') : undefined,
  );
  const items = await db.select(organizationSummary).from(organizations).where(where)
    .orderBy(asc(organizations.name), asc(organizations.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(organizations).where(where) as [{ n: number }];
  return { items, total: n, page: query.page, pageSize: query.pageSize };
}

/** An organization with its enrollments, sites, teams and staff count; null when absent or not the caller's. */
export async function loadOrganization(db: Db, caller: Caller, id: string): Promise<OrganizationDetail | null> {
  const [org] = await db.select().from(organizations).where(and(eq(organizations.id, id), ownOrganization(caller, organizations.id)));
  if (!org) return null;
  const enrollments = await db.select().from(organizationEnrollments).where(eq(organizationEnrollments.organizationId, id))
    .orderBy(asc(organizationEnrollments.program), asc(organizationEnrollments.fromDate));
  const siteRows = await db.select().from(sites).where(eq(sites.organizationId, id)).orderBy(asc(sites.name));
  const teamRows = await db.select({ id: teams.id, name: teams.name, program: teams.program, sizeBand: teams.sizeBand })
    .from(teams).where(eq(teams.organizationId, id)).orderBy(asc(teams.name));
  const [{ n }] = await db.select({ n: count() }).from(staff).where(eq(staff.organizationId, id)) as [{ n: number }];
  return {
    id: org.id, ref: org.ref, name: org.name, slug: org.slug, npi: org.npi, taxId: org.taxId, phone: org.phone,
    email: org.email, website: org.website, acceptingNewClients: org.acceptingNewClients,
    enrollments: enrollments.map((e) => ({
      program: e.program, providerType: e.providerType, from: e.fromDate, to: e.toDate,
      status: e.status as OrganizationEnrollment['status'], certifiedThrough: e.certifiedThrough, lastVerifiedOn: e.lastVerifiedOn,
    })),
    sites: siteRows.map((s) => ({ id: s.id, name: s.name, county: s.county, address: addressOf(s) })),
    teams: teamRows,
    staffCount: n,
  };
}

/** Slugs among `candidates` already in use. */
export async function takenSlugs(db: Db, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await db.select({ slug: organizations.slug }).from(organizations).where(inArray(organizations.slug, candidates));
  return new Set(rows.map((r) => r.slug));
}

/** Replaces the enrollments of the given organizations with `rows` (the sender's list is the whole truth). */
export async function replaceOrganizationEnrollments(db: Db, organizationIds: string[], rows: (typeof organizationEnrollments.$inferInsert)[]): Promise<void> {
  if (organizationIds.length) await db.delete(organizationEnrollments).where(inArray(organizationEnrollments.organizationId, organizationIds));
  if (rows.length) await db.insert(organizationEnrollments).values(rows);
}

// ── Sites ────────────────────────────────────────────────────────────────────────────────────────────────

/** Sites are directory information (where services are offered), so every signed-in role may list them. */
export async function searchSites(db: Db, query: SiteListQuery): Promise<Paged<SiteView>> {
  const where = and(
    query.q ? or(ilike(sites.name, contains(query.q)), ilike(sites.city, contains(query.q)), equalsIgnoringCase(sites.ref, query.q)) : undefined,
    query.organizationId ? eq(sites.organizationId, query.organizationId) : undefined,
    query.county ? equalsIgnoringCase(sites.county, query.county) : undefined,
  );
  const rows = await db.select({ site: sites, organizationName: organizations.name }).from(sites)
    .innerJoin(organizations, eq(organizations.id, sites.organizationId)).where(where)
    .orderBy(asc(sites.name), asc(sites.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(sites).where(where) as [{ n: number }];
  return { items: rows.map(siteView), total: n, page: query.page, pageSize: query.pageSize };
}

export async function loadSite(db: Db, id: string): Promise<SiteView | null> {
  const [row] = await db.select({ site: sites, organizationName: organizations.name }).from(sites)
    .innerJoin(organizations, eq(organizations.id, sites.organizationId)).where(eq(sites.id, id));
  return row ? siteView(row) : null;
}

function siteView({ site, organizationName }: { site: typeof sites.$inferSelect; organizationName: string }): SiteView {
  return {
    id: site.id, ref: site.ref, organizationId: site.organizationId, organizationName, name: site.name, county: site.county,
    address: addressOf(site), phone: site.phone, placeOfService: site.placeOfService,
  };
}

// ── Teams ────────────────────────────────────────────────────────────────────────────────────────────────

export interface TeamContext { today: string; stageMonths: TeamStageMonths }

const caseloadOn = (today: string) => sql<number>`(select count(*)::int from program_enrollments pe
  where pe.team_id = ${teams.id} and pe.from_date <= ${today} and (pe.to_date is null or pe.to_date >= ${today}))`;

export async function searchTeams(db: Db, caller: Caller, query: TeamListQuery, context: TeamContext): Promise<Paged<TeamView>> {
  const where = and(
    ownOrganization(caller, teams.organizationId),
    query.q ? or(ilike(teams.name, contains(query.q)), equalsIgnoringCase(teams.ref, query.q)) : undefined,
    query.organizationId ? eq(teams.organizationId, query.organizationId) : undefined,
    query.program ? eq(teams.program, query.program) : undefined,
  );
  const rows = await db.select({ team: teams, organizationName: organizations.name, caseload: caseloadOn(context.today) })
    .from(teams).innerJoin(organizations, eq(organizations.id, teams.organizationId)).where(where)
    .orderBy(asc(organizations.name), asc(teams.name), asc(teams.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(teams).where(where) as [{ n: number }];
  return { items: await withFidelity(db, rows, context), total: n, page: query.page, pageSize: query.pageSize };
}

/** A team with its current caseload and fidelity history; null when absent or another organization's. */
export async function loadTeam(db: Db, caller: Caller, id: string, context: TeamContext): Promise<TeamView | null> {
  const rows = await db.select({ team: teams, organizationName: organizations.name, caseload: caseloadOn(context.today) })
    .from(teams).innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .where(and(eq(teams.id, id), ownOrganization(caller, teams.organizationId)));
  return rows.length ? (await withFidelity(db, rows, context))[0]! : null;
}

type TeamRow = { team: typeof teams.$inferSelect; organizationName: string; caseload: number };

async function withFidelity(db: Db, rows: TeamRow[], { today, stageMonths }: TeamContext): Promise<TeamView[]> {
  const ids = rows.map((r) => r.team.id);
  const fidelity = ids.length
    ? groupBy(await db.select().from(teamFidelity).where(inArray(teamFidelity.teamId, ids)).orderBy(asc(teamFidelity.fromDate)), (f) => f.teamId)
    : new Map<string, (typeof teamFidelity.$inferSelect)[]>();
  return rows.map(({ team: t, organizationName, caseload }) => ({
    id: t.id, ref: t.ref, organizationId: t.organizationId, organizationName, siteId: t.siteId, program: t.program,
    name: t.name, sizeBand: t.sizeBand, stage: teamStage(t.startDate, today, stageMonths(t.program)), startDate: t.startDate,
    caseload: Number(caseload), caseloadCap: t.caseloadCap,
    fidelity: (fidelity.get(t.id) ?? []).map((f) => ({ level: f.level, from: f.fromDate, to: f.toDate, overallScore: f.overallScore })),
  }));
}

/** Replaces the fidelity history of the given teams. */
export async function replaceTeamFidelity(db: Db, teamIds: string[], rows: (typeof teamFidelity.$inferInsert)[]): Promise<void> {
  if (teamIds.length) await db.delete(teamFidelity).where(inArray(teamFidelity.teamId, teamIds));
  if (rows.length) await db.insert(teamFidelity).values(rows);
}

export const fidelityRow = (teamId: string, organizationId: string, f: Fidelity, id: string): typeof teamFidelity.$inferInsert =>
  ({ id, teamId, organizationId, level: f.level, fromDate: f.from, toDate: f.to ?? null, overallScore: f.overallScore ?? null });

// ── Staff ────────────────────────────────────────────────────────────────────────────────────────────────

export async function searchStaff(db: Db, caller: Caller, query: StaffListQuery): Promise<Paged<StaffView>> {
  const where = and(
    ownOrganization(caller, staff.organizationId),
    query.q ? or(ilike(staff.lastName, contains(query.q)), ilike(staff.firstName, contains(query.q)),
      eq(staff.npi, query.q), equalsIgnoringCase(staff.ref, query.q)) : undefined,
    query.organizationId ? eq(staff.organizationId, query.organizationId) : undefined,
    query.teamId ? eq(staff.teamId, query.teamId) : undefined,
    query.role ? eq(staff.role, query.role) : undefined,
  );
  const rows = await db.select({ person: staff, organizationName: organizations.name, teamName: teams.name })
    .from(staff).innerJoin(organizations, eq(organizations.id, staff.organizationId)).leftJoin(teams, eq(teams.id, staff.teamId))
    .where(where).orderBy(asc(staff.lastName), asc(staff.firstName), asc(staff.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(staff).where(where) as [{ n: number }];
  return { items: await withCredentials(db, rows), total: n, page: query.page, pageSize: query.pageSize };
}

/** A staff member with credentials; null when absent or another organization's. */
export async function loadStaff(db: Db, caller: Caller, id: string): Promise<StaffView | null> {
  const rows = await db.select({ person: staff, organizationName: organizations.name, teamName: teams.name })
    .from(staff).innerJoin(organizations, eq(organizations.id, staff.organizationId)).leftJoin(teams, eq(teams.id, staff.teamId))
    .where(and(eq(staff.id, id), ownOrganization(caller, staff.organizationId)));
  return rows.length ? (await withCredentials(db, rows))[0]! : null;
}

type StaffRow = { person: typeof staff.$inferSelect; organizationName: string; teamName: string | null };

async function withCredentials(db: Db, rows: StaffRow[]): Promise<StaffView[]> {
  const ids = rows.map((r) => r.person.id);
  const credentials = ids.length
    ? groupBy(await db.select().from(staffCredentials).where(inArray(staffCredentials.staffId, ids)).orderBy(asc(staffCredentials.fromDate)), (c) => c.staffId)
    : new Map<string, (typeof staffCredentials.$inferSelect)[]>();
  return rows.map(({ person: p, organizationName, teamName }) => ({
    id: p.id, ref: p.ref, organizationId: p.organizationId, organizationName, teamId: p.teamId, teamName,
    firstName: p.firstName, lastName: p.lastName, npi: p.npi, role: p.role, degree: p.degree,
    credentials: (credentials.get(p.id) ?? []).map((c) => ({
      kind: c.kind as Credential['kind'], name: c.name, number: c.number, issuer: c.issuer, from: c.fromDate, to: c.toDate,
    })),
  }));
}

/** Replaces the credentials of the given staff members. */
export async function replaceStaffCredentials(db: Db, staffIds: string[], rows: (typeof staffCredentials.$inferInsert)[]): Promise<void> {
  if (staffIds.length) await db.delete(staffCredentials).where(inArray(staffCredentials.staffId, staffIds));
  if (rows.length) await db.insert(staffCredentials).values(rows);
}

export const credentialRow = (staffId: string, organizationId: string, c: Credential, id: string): typeof staffCredentials.$inferInsert =>
  ({ id, staffId, organizationId, kind: c.kind, name: c.name, number: c.number ?? null, issuer: c.issuer ?? null, fromDate: c.from, toDate: c.to ?? null });

export const enrollmentRow = (organizationId: string, e: OrganizationEnrollment, id: string): typeof organizationEnrollments.$inferInsert => ({
  id, organizationId, program: e.program, providerType: e.providerType, fromDate: e.from, toDate: e.to ?? null, status: e.status,
  certifiedThrough: e.certifiedThrough ?? null, lastVerifiedOn: e.lastVerifiedOn ?? null,
});

/** The organization of a team, for checks that a team belongs where a record says (null: no such team). */
export async function organizationOfTeam(db: Db, teamId: string): Promise<string | null> {
  const [row] = await db.select({ organizationId: teams.organizationId }).from(teams).where(eq(teams.id, teamId));
  return row?.organizationId ?? null;
}

/** The organization of a site (null: no such site). */
export async function organizationOfSite(db: Db, siteId: string): Promise<string | null> {
  const [row] = await db.select({ organizationId: sites.organizationId }).from(sites).where(eq(sites.id, siteId));
  return row?.organizationId ?? null;
}

/** Whether an organization exists (for writes naming one). */
export async function organizationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return !!row;
}
