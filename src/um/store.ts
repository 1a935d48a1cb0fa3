import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { offsetOf, type Paged } from '../platform/http/paging.js';
import { organizations, ownOrganization } from '../network/index.js';
import { members, memberScope } from '../members/index.js';
import { authorizations } from './tables.js';
import type { AuthorizationListQuery, AuthorizationView } from './types.js';

/*
 * Queries of authorizations. Provider staff see their own organization's authorizations only (not another
 * provider's for the same member); the member scope is applied too, so the rule holds if either ever widens.
 */

function scope(caller: Caller): SQL | undefined {
  return and(ownOrganization(caller, authorizations.organizationId), memberScope(caller, authorizations.memberId));
}

/** `q` is an authorization ref, a member's Medicaid id, or the start of a member's last name. */
function matches(q: string): SQL | undefined {
  const prefix = `${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
  return or(sql`lower(${authorizations.ref}) = lower(${q})`, eq(members.medicaidId, q.toUpperCase()), sql`lower(${members.lastName}) like ${prefix}`);
}

const columns = { a: authorizations, firstName: members.firstName, lastName: members.lastName, organizationName: organizations.name };
type Row = { a: typeof authorizations.$inferSelect; firstName: string; lastName: string; organizationName: string };

export async function searchAuthorizations(db: Db, caller: Caller, query: AuthorizationListQuery): Promise<Paged<AuthorizationView>> {
  const where = and(
    scope(caller),
    query.q ? matches(query.q) : undefined,
    query.memberId ? eq(authorizations.memberId, query.memberId) : undefined,
    query.organizationId ? eq(authorizations.organizationId, query.organizationId) : undefined,
    query.status ? eq(authorizations.status, query.status) : undefined,
    query.service ? eq(authorizations.service, query.service) : undefined,
  );
  const rows = await db.select(columns).from(authorizations)
    .innerJoin(members, eq(members.id, authorizations.memberId)).innerJoin(organizations, eq(organizations.id, authorizations.organizationId))
    .where(where).orderBy(desc(authorizations.fromDate), asc(authorizations.id)).limit(query.pageSize).offset(offsetOf(query));
  const [{ n }] = await db.select({ n: count() }).from(authorizations).innerJoin(members, eq(members.id, authorizations.memberId))
    .where(where) as [{ n: number }];
  return { items: rows.map(authorizationView), total: n, page: query.page, pageSize: query.pageSize };
}

/** One authorization; null when absent or outside the caller's scope. */
export async function loadAuthorization(db: Db, caller: Caller, id: string): Promise<AuthorizationView | null> {
  const [row] = await db.select(columns).from(authorizations)
    .innerJoin(members, eq(members.id, authorizations.memberId)).innerJoin(organizations, eq(organizations.id, authorizations.organizationId))
    .where(and(eq(authorizations.id, id), scope(caller)));
  return row ? authorizationView(row) : null;
}

function authorizationView({ a, firstName, lastName, organizationName }: Row): AuthorizationView {
  return {
    id: a.id, ref: a.ref, memberId: a.memberId, memberName: `${firstName} ${lastName}`, organizationId: a.organizationId, organizationName,
    program: a.program, service: a.service, code: a.code, beyondLimit: a.beyondLimit, mode: a.mode, units: a.units, unitsUsed: a.unitsUsed,
    from: a.fromDate, to: a.toDate, status: a.status, decidedOn: a.decidedOn,
  };
}
