import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type {
  AuthorizationFacts, MemberContext, MemberFacts, OrganizationFacts, PriorLine, StaffFacts, TeamFacts,
} from './engine/types.js';
import { rowsOf } from './rows-of.js';
import { reviewFactsForTeams } from '../network/fidelity/index.js';

export interface ContextRequest {
  memberIds: string[];
  organizationIds: string[];
  staffIds: string[];
  /**
   * The service dates each member's lines span. When given, history is loaded only for the weeks and months those
   * dates fall in (what the day, week and month rules read) and limit totals come from the accumulators, so a bulk
   * load reads a member's recent lines, not every line they ever had. Without it, all history is loaded.
   */
  serviceDates?: Map<string, { first: string; last: string }>;
}

const ids = (list: string[]) => sql`${sql.param([...new Set(list)])}::text[]`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const span = (r: Record<string, unknown>) => ({ from: String(r.from_date), to: str(r.to_date) });

/**
 * Everything the engine reads about a batch's members, billing organizations and rendering staff, in a fixed
 * handful of queries whatever the batch size: member facts, organizations, staff, teams, authorizations and the
 * members' prior (not voided or replaced) lines. Organization, staff and team maps are shared by all members.
 */
export interface BatchContexts {
  byMember: Map<string, MemberContext>;
  /** For lines whose Medicaid id matched no member: no member facts, the batch's providers. */
  unknownMember: MemberContext;
}

export async function loadMemberContexts(db: Db, request: ContextRequest): Promise<BatchContexts> {
  const members = ids(request.memberIds);
  const [memberRows, eligibility, enrollments, planLines, authorizations, history, accumulators] = [
    rowsOf(await db.execute(sql`select id, birth_date::text from members where id = any(${members})`)),
    rowsOf(await db.execute(sql`select member_id, program, from_date::text, to_date::text from eligibility_spans where member_id = any(${members}) order by from_date`)),
    rowsOf(await db.execute(sql`select member_id, program, organization_id, team_id, from_date::text, to_date::text from program_enrollments where member_id = any(${members}) order by from_date`)),
    rowsOf(await db.execute(sql`select member_id, service, organization_id, code, status, from_date::text, to_date::text from plan_lines where member_id = any(${members}) and status = 'active'`)),
    rowsOf(await db.execute(sql`select id, member_id, organization_id, service, code, beyond_limit, status, from_date::text, coalesce(to_date, from_date + 3650)::text as to_date,
        units::text, units_used::text from authorizations where member_id = any(${members}) order by from_date, id`)),
    rowsOf(await db.execute(sql`select l.id, l.claim_id, l.member_id, l.billing_organization_id, l.rendering_staff_id, l.service_date::text, l.code,
        l.modifiers, l.units::text, l.minutes, l.paid_units::text, l.paid_amount::text, l.status, l.code_id, l.service, l.place_of_service, l.group_size
      from claim_lines l ${historyWindow(request)} and l.status in ('paid', 'reduced', 'denied', 'pended') order by l.service_date, l.id`)),
    request.serviceDates ? rowsOf(await db.execute(sql`select member_id, limit_id, period_key, amount::text from limit_accumulators where member_id = any(${members})`)) : null,
  ];
  const staffRows = rowsOf(await db.execute(sql`select id, npi, organization_id, team_id, role, degree from staff where id = any(${ids(request.staffIds)})`));
  const credentials = rowsOf(await db.execute(sql`select staff_id, kind, name, from_date::text, to_date::text from staff_credentials where staff_id = any(${ids(request.staffIds)})`));
  const organizationIds = [...request.organizationIds, ...staffRows.map((r) => String(r.organization_id))];
  const orgRows = rowsOf(await db.execute(sql`select id, npi from organizations where id = any(${ids(organizationIds)})`));
  const orgEnrollments = rowsOf(await db.execute(sql`select organization_id, program, provider_type, status, from_date::text, to_date::text,
      certified_through::text, last_verified_on::text from organization_enrollments where organization_id = any(${ids(organizationIds)})`));
  const teamIds = [...enrollments.map((r) => str(r.team_id)), ...staffRows.map((r) => str(r.team_id))].filter((t): t is string => !!t);
  const teamRows = rowsOf(await db.execute(sql`select id, organization_id, program, size_band, start_date::text from teams where id = any(${ids(teamIds)})`));
  const fidelity = rowsOf(await db.execute(sql`select team_id, level, from_date::text, to_date::text from team_fidelity where team_id = any(${ids(teamIds)}) order by from_date`));

  const organizations = new Map<string, OrganizationFacts>(orgRows.map((r) => [r.id, { id: r.id, npi: r.npi, enrollments: [] }]));
  for (const r of orgEnrollments) organizations.get(r.organization_id)?.enrollments.push({
    ...span(r), program: r.program, providerType: r.provider_type, status: r.status, certifiedThrough: str(r.certified_through), lastVerifiedOn: str(r.last_verified_on),
  });
  const staff = new Map<string, StaffFacts>(staffRows.map((r) => [r.id, {
    id: r.id, npi: str(r.npi), organizationId: r.organization_id, teamId: str(r.team_id), role: r.role, degree: str(r.degree), credentials: [],
  }]));
  for (const r of credentials) staff.get(r.staff_id)?.credentials.push({ ...span(r), kind: r.kind, name: r.name });
  const teams = new Map<string, TeamFacts>(teamRows.map((r) => [r.id, {
    id: r.id, organizationId: r.organization_id, program: r.program, sizeBand: r.size_band, startDate: r.start_date, fidelity: [], reviews: [],
  }]));
  for (const r of fidelity) teams.get(r.team_id)?.fidelity.push({ ...span(r), level: r.level });
  // Open fidelity information requests pend the team's lines from their request date (the engine's fidelity-review edit).
  for (const [teamId, reviews] of await reviewFactsForTeams(db, [...teams.keys()])) teams.get(teamId)?.reviews.push(...reviews);

  const facts = new Map<string, MemberFacts>(memberRows.map((r) => [r.id, { id: r.id, birthDate: r.birth_date, eligibility: [], enrollments: [], planLines: [] }]));
  for (const r of eligibility) facts.get(r.member_id)?.eligibility.push({ ...span(r), program: r.program });
  for (const r of enrollments) facts.get(r.member_id)?.enrollments.push({ ...span(r), program: r.program, organizationId: r.organization_id, teamId: str(r.team_id) });
  for (const r of planLines) facts.get(r.member_id)?.planLines.push({ ...span(r), service: r.service, organizationId: r.organization_id, code: str(r.code), status: r.status });

  const authByMember = group(authorizations.map((r): AuthorizationFacts => ({
    id: r.id, memberId: r.member_id, organizationId: r.organization_id, service: r.service, code: str(r.code), status: r.status,
    from: r.from_date, to: r.to_date, units: Number(r.units), unitsUsed: Number(r.units_used), beyondLimit: str(r.beyond_limit),
  })));
  const historyByMember = group(history.map((r): PriorLine => ({
    lineId: r.id, claimId: r.claim_id, memberId: r.member_id, billingOrganizationId: r.billing_organization_id, renderingStaffId: str(r.rendering_staff_id),
    serviceDate: r.service_date, code: r.code, modifiers: r.modifiers ?? [], units: Number(r.units), minutes: r.minutes ?? null,
    paidUnits: Number(r.paid_units), paidAmount: r.paid_amount, status: r.status, codeId: str(r.code_id), service: str(r.service), placeOfService: str(r.place_of_service),
    groupSize: r.group_size ?? null,
  })));
  const totalsByMember = new Map<string, Map<string, number>>();
  for (const r of accumulators ?? []) {
    let totals = totalsByMember.get(r.member_id);
    if (!totals) totalsByMember.set(r.member_id, (totals = new Map()));
    totals.set(`${r.limit_id}:${r.period_key}`, Number(r.amount));
  }

  const contexts = new Map<string, MemberContext>();
  for (const id of new Set(request.memberIds)) {
    contexts.set(id, {
      member: facts.get(id) ?? null, organizations, staff, teams,
      authorizations: authByMember.get(id) ?? [], history: historyByMember.get(id) ?? [],
      ...(accumulators ? { limitTotals: totalsByMember.get(id) ?? new Map() } : {}),
    });
  }
  return { byMember: contexts, unknownMember: { member: null, organizations, staff, teams, authorizations: [], history: [] } };
}

/**
 * Which prior lines to load: the members' lines, within each member's window when the request gives one — from the
 * Monday before the first month's first day (week rules) to the last month's end (month rules).
 */
function historyWindow(request: ContextRequest) {
  if (!request.serviceDates) return sql`where l.member_id = any(${ids(request.memberIds)})`;
  const windows = [...request.serviceDates];
  return sql`join unnest(${sql.param(windows.map(([m]) => m))}::text[], ${sql.param(windows.map(([, w]) => w.first))}::date[],
      ${sql.param(windows.map(([, w]) => w.last))}::date[]) as w(member_id, first, last)
    on l.member_id = w.member_id and l.service_date >= date_trunc('month', w.first)::date - 6
      and l.service_date <= (date_trunc('month', w.last) + interval '1 month - 1 day')::date
    where true`;
}

function group<T extends { memberId: string }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.memberId);
    if (list) list.push(item); else map.set(item.memberId, [item]);
  }
  return map;
}
