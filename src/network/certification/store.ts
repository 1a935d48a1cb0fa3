import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { offsetOf, type Paged } from '../../platform/http/paging.js';
import type { Catalogs } from '../../catalog/index.js';
import { organizations, ownOrganization, staff, staffCredentials } from '../index.js';
import type { StaffProfile } from './staff-profile.js';
import {
  certificationApplicationDocuments as documents, certificationApplicationEvents as events, certificationApplicationItems as items,
  certificationApplications as applications, certificationApplicationStaff as namedStaff,
} from './tables.js';
import type { ApplicationListQuery, ApplicationSummary, ApplicationView, ItemStatus } from './types.js';

/*
 * Queries of certification applications. Reads take the Caller: provider staff see their own organization's
 * applications only, and another's looks absent (null → 404). State, ASO and auditor roles see all.
 */

const summaryColumns = {
  id: applications.id, organizationId: applications.organizationId, organizationName: organizations.name,
  program: applications.program, providerType: applications.providerType, status: applications.status,
  createdAt: applications.createdAt, submittedAt: applications.submittedAt, decidedAt: applications.decidedAt,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & { createdAt: string; submittedAt: string | null };
const toSummary = (r: SummaryRow, now = Date.now()): ApplicationSummary => ({
  ...(r as unknown as ApplicationSummary),
  createdAt: iso(r.createdAt), submittedAt: r.submittedAt ? iso(r.submittedAt) : null,
  decidedAt: r.decidedAt ? iso(r.decidedAt as string) : null,
  ageDays: Math.max(0, Math.floor((now - Date.parse(iso(r.submittedAt ?? r.createdAt))) / 86_400_000)),
});
// PGlite and pg format timestamptz differently; the edge always gets ISO 8601.
export const iso = (stamp: string) => new Date(stamp.includes('T') ? stamp : stamp.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();

/** Applications the caller may see, oldest submission first (the reviewer queue order). */
export async function listApplications(db: Db, caller: Caller, query: ApplicationListQuery): Promise<Paged<ApplicationSummary>> {
  const where = and(
    ownOrganization(caller, applications.organizationId),
    query.status ? eq(applications.status, query.status) : undefined,
    query.organizationId ? eq(applications.organizationId, query.organizationId) : undefined,
  );
  const rows = await db.select(summaryColumns).from(applications).innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(where).orderBy(sql`${applications.submittedAt} asc nulls last`, asc(applications.createdAt), asc(applications.id))
    .limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(applications).where(where) as [{ n: number }];
  return { items: rows.map((r) => toSummary(r as SummaryRow)), total: n, page: query.page, pageSize: query.pageSize };
}

/** The application row itself when the caller may see it. */
export async function findApplication(db: Db, caller: Caller, id: string) {
  const [row] = await db.select().from(applications).where(and(eq(applications.id, id), ownOrganization(caller, applications.organizationId)));
  return row ?? null;
}

/** An application with items, named staff, documents (metadata) and history; null when absent or not the caller's. */
export async function loadApplication(db: Db, caller: Caller, id: string, catalogs: Catalogs): Promise<ApplicationView | null> {
  const [row] = await db.select({ ...summaryColumns, app: applications }).from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(and(eq(applications.id, id), ownOrganization(caller, applications.organizationId)));
  if (!row) return null;
  const type = catalogs.get(row.program)?.providerType(row.providerType);
  const itemRows = await db.select().from(items).where(eq(items.applicationId, id)).orderBy(asc(items.position));
  const staffRows = await db.select({ n: namedStaff, firstName: staff.firstName, lastName: staff.lastName }).from(namedStaff)
    .innerJoin(staff, eq(staff.id, namedStaff.staffId)).where(eq(namedStaff.applicationId, id)).orderBy(asc(namedStaff.roleId), asc(staff.lastName));
  const docRows = await db.select({
    id: documents.id, itemId: documents.itemId, name: documents.name, contentType: documents.contentType, size: documents.size,
    sha256: documents.sha256, uploadedAt: documents.uploadedAt,
  }).from(documents).where(eq(documents.applicationId, id)).orderBy(asc(documents.uploadedAt), asc(documents.id));
  const eventRows = await db.select().from(events).where(eq(events.applicationId, id)).orderBy(asc(events.at), asc(events.id));
  const a = row.app;
  return {
    ...toSummary(row as SummaryRow),
    providerTypeName: type?.name ?? a.providerType,
    applicationKinds: a.applicationKinds, projectedClients: a.projectedClients,
    decidedBy: a.decidedBy, decisionReasons: a.decisionReasons, decisionConditions: a.decisionConditions,
    certifiedFrom: a.certifiedFrom, certifiedThrough: a.certifiedThrough, hasLetter: a.letter !== null,
    roles: (type?.roles ?? []).map((r) => ({ id: r.id, name: r.name, required: r.required })),
    items: itemRows.map((i) => ({
      id: i.id, itemKind: i.itemKind as 'requirement' | 'role', requirementId: i.requirementId, kind: i.kind, text: i.text,
      status: i.status as ItemStatus, providerNote: i.providerNote, reviewerNote: i.reviewerNote,
      findings: i.findings as ApplicationView['items'][number]['findings'],
    })),
    staff: staffRows.map((s) => ({ roleId: s.n.roleId, staffId: s.n.staffId, fte: s.n.fte, hoursPerWeek: s.n.hoursPerWeek, name: `${s.firstName} ${s.lastName}` })),
    documents: docRows.map((d) => ({ ...d, uploadedAt: iso(d.uploadedAt) })),
    events: eventRows.map((e) => ({ at: iso(e.at), actorName: e.actorName, action: e.action, note: e.note })),
  };
}

/** The staff named in an application with their record and credentials, as the checks judge them. */
export async function loadNamedStaff(db: Db, applicationId: string): Promise<StaffProfile[]> {
  const rows = await db.select({ n: namedStaff, person: staff }).from(namedStaff).innerJoin(staff, eq(staff.id, namedStaff.staffId))
    .where(eq(namedStaff.applicationId, applicationId));
  const ids = [...new Set(rows.map((r) => r.person.id))];
  const creds = ids.length ? await db.select().from(staffCredentials).where(inArray(staffCredentials.staffId, ids)) : [];
  return rows.map(({ n, person }) => ({
    staffId: person.id, name: `${person.firstName} ${person.lastName}`, roleId: n.roleId, degree: person.degree, birthDate: person.birthDate,
    fte: n.fte, hoursPerWeek: n.hoursPerWeek,
    credentials: creds.filter((c) => c.staffId === person.id).map((c) => ({ kind: c.kind, name: c.name, from: c.fromDate, to: c.toDate })),
  }));
}

/** Appends to an application's history (shown to the provider and the reviewer). */
export async function recordApplicationEvent(db: Db, caller: Caller, app: { id: string; organizationId: string }, action: string, note?: string | null, detail?: Record<string, unknown>): Promise<void> {
  await db.insert(events).values({
    id: randomUUID(), applicationId: app.id, organizationId: app.organizationId, actorUserId: caller.userId, actorName: caller.name,
    action, note: note ?? null, detail: detail ?? null,
    // Events in one transaction share now(); the clock keeps their order readable.
    at: sql`clock_timestamp()` as unknown as string,
  });
}

/** A stored document of an application the caller may see. */
export async function findDocument(db: Db, caller: Caller, applicationId: string, documentId: string) {
  const [row] = await db.select().from(documents).where(and(eq(documents.id, documentId), eq(documents.applicationId, applicationId),
    ownOrganization(caller, documents.organizationId)));
  return row ?? null;
}

/** Latest-first history of an application (for letters). */
export async function applicationEvents(db: Db, applicationId: string) {
  return db.select().from(events).where(eq(events.applicationId, applicationId)).orderBy(desc(events.at));
}
