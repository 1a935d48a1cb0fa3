import { randomUUID } from 'node:crypto';
import { sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { organizations, sites, slugify, staff, takenSlugs, teams } from '../network/index.js';
import { members } from '../members/index.js';
import { recoveryPlans } from '../plans/index.js';
import { authorizations } from '../um/index.js';
import type { ImportBundle } from './bundle-schema.js';
import type { BundleError } from './format-bundle-error.js';

export interface Owned { id: string; organizationId: string }

/** Every ref of a bundle turned into an id: existing rows keep theirs, new records get a fresh uuid. */
export interface Resolution {
  organizations: Map<string, string>;
  sites: Map<string, Owned>;
  teams: Map<string, Owned>;
  staff: Map<string, Owned>;
  members: Map<string, string>;
  /** Plan and authorization refs are unique per member: keyed `memberId|ref`. */
  plans: Map<string, string>;
  authorizations: Map<string, string>;
  /** Ids of the bundle's records that were already in the database (updates, not creations). */
  existing: Set<string>;
  /** Slugs of the bundle's organizations, by ref: kept for existing ones, made for new ones. */
  slugs: Map<string, string>;
}

const anyOf = (column: AnyColumn, values: string[]) => sql`${column} = any(${sql.param(values)}::text[])`;
const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Looks up every ref the bundle names — its own records and the ones it points to — with one query per record
 * type, and reports each reference that resolves neither in the bundle nor in the database, or that crosses
 * organizations (a team's site, a staff member's team, an enrollment's team). Runs inside the import transaction.
 */
export async function resolveBundle(db: Db, bundle: ImportBundle): Promise<{ errors: BundleError[]; resolution: Resolution }> {
  const errors: BundleError[] = [];
  const existing = new Set<string>();
  const missing = (file: string, index: number, ref: string, path: string, what: string, value: string) =>
    errors.push({ file, index, ref, path, message: `No ${what} with ref "${value}" in this import or the database` });

  // Organizations
  const orgRefs = unique([
    ...bundle.organizations.map((o) => o.ref), ...bundle.sites.map((s) => s.organization), ...bundle.teams.map((t) => t.organization),
    ...bundle.staff.map((s) => s.organization), ...bundle.members.flatMap((m) => m.enrollments.map((e) => e.organization)),
    ...bundle.plans.flatMap((p) => p.lines.map((l) => l.organization)), ...bundle.authorizations.map((a) => a.organization),
  ]);
  const orgRows = orgRefs.length
    ? await db.select({ id: organizations.id, ref: organizations.ref, slug: organizations.slug }).from(organizations).where(anyOf(organizations.ref, orgRefs)) : [];
  const orgIds = new Map(orgRows.map((r) => [r.ref, r.id]));
  for (const o of bundle.organizations) {
    const id = orgIds.get(o.ref);
    if (id) existing.add(id); else orgIds.set(o.ref, randomUUID());
  }
  // An existing organization keeps its slug (links and account addresses depend on it); new ones get one.
  const slugs = await newSlugs(db, bundle.organizations.filter((o) => !existing.has(orgIds.get(o.ref)!)));
  for (const r of orgRows) slugs.set(r.ref, r.slug);

  // Sites, teams and staff belong to an organization; a reference to one must stay inside it.
  const owned = async (table: typeof sites | typeof teams | typeof staff, refs: string[]) => new Map(
    (refs.length ? await db.select({ id: table.id, ref: table.ref, organizationId: table.organizationId }).from(table).where(anyOf(table.ref, refs)) : [])
      .map((r) => [r.ref, { id: r.id, organizationId: r.organizationId }]));
  const resolveOwned = (map: Map<string, Owned>, file: string, records: { ref: string; organization: string }[]) => records.forEach((r, i) => {
    const organizationId = orgIds.get(r.organization);
    if (!organizationId) return missing(file, i, r.ref, 'organization', 'organization', r.organization);
    const found = map.get(r.ref);
    if (found) existing.add(found.id);
    map.set(r.ref, { id: found?.id ?? randomUUID(), organizationId });
  });
  const belongs = (map: Map<string, Owned>, file: string, index: number, ref: string, path: string, what: string, value: string, organizationRef: string) => {
    const target = map.get(value);
    if (!target) return missing(file, index, ref, path, what, value);
    const organizationId = orgIds.get(organizationRef);
    if (organizationId && target.organizationId !== organizationId) {
      errors.push({ file, index, ref, path, message: `The ${what} "${value}" belongs to another organization than "${organizationRef}"` });
    }
  };

  const siteIds = await owned(sites, unique([...bundle.sites.map((s) => s.ref), ...bundle.teams.map((t) => t.site)]));
  resolveOwned(siteIds, 'sites.json', bundle.sites);
  const teamIds = await owned(teams, unique([...bundle.teams.map((t) => t.ref), ...bundle.staff.map((s) => s.team),
    ...bundle.members.flatMap((m) => m.enrollments.map((e) => e.team))]));
  resolveOwned(teamIds, 'teams.json', bundle.teams);
  bundle.teams.forEach((t, i) => { if (t.site) belongs(siteIds, 'teams.json', i, t.ref, 'site', 'site', t.site, t.organization); });
  const staffIds = await owned(staff, unique([...bundle.staff.map((s) => s.ref), ...bundle.members.map((m) => m.careManager)]));
  resolveOwned(staffIds, 'staff.json', bundle.staff);
  bundle.staff.forEach((s, i) => { if (s.team) belongs(teamIds, 'staff.json', i, s.ref, 'team', 'team', s.team, s.organization); });

  // Members: by ref; a Medicaid id already held by a member with another ref is an error, not a merge.
  const memberRefs = unique([...bundle.members.map((m) => m.ref), ...bundle.plans.map((p) => p.member), ...bundle.authorizations.map((a) => a.member)]);
  const memberRows = memberRefs.length ? await db.select({ id: members.id, ref: members.ref }).from(members).where(anyOf(members.ref, memberRefs)) : [];
  const memberIds = new Map(memberRows.map((r) => [r.ref, r.id]));
  const medicaidIds = bundle.members.map((m) => m.medicaidId);
  const holders = new Map((medicaidIds.length
    ? await db.select({ ref: members.ref, medicaidId: members.medicaidId }).from(members).where(anyOf(members.medicaidId, medicaidIds)) : [])
    .map((r) => [r.medicaidId, r.ref]));
  bundle.members.forEach((m, i) => {
    const holder = holders.get(m.medicaidId);
    if (holder && holder !== m.ref) errors.push({ file: 'members.json', index: i, ref: m.ref, path: 'medicaidId', message: `Already the Medicaid id of member ref "${holder}"` });
    const id = memberIds.get(m.ref);
    if (id) existing.add(id); else memberIds.set(m.ref, randomUUID());
    m.enrollments.forEach((e, j) => {
      if (!orgIds.has(e.organization)) missing('members.json', i, m.ref, `enrollments.${j}.organization`, 'organization', e.organization);
      else if (e.team) belongs(teamIds, 'members.json', i, m.ref, `enrollments.${j}.team`, 'team', e.team, e.organization);
    });
    if (m.careManager && !staffIds.has(m.careManager)) missing('members.json', i, m.ref, 'careManager', 'staff member', m.careManager);
  });

  // Plans and authorizations: their refs are unique per member.
  const perMember = async (table: typeof recoveryPlans | typeof authorizations, refs: string[]) => new Map(
    (refs.length ? await db.select({ id: table.id, ref: table.ref, memberId: table.memberId }).from(table).where(anyOf(table.ref, refs)) : [])
      .map((r) => [`${r.memberId}|${r.ref}`, r.id]));
  const planIds = await perMember(recoveryPlans, unique(bundle.plans.map((p) => p.ref)));
  const resolvedPlans = new Map<string, string>();
  bundle.plans.forEach((p, i) => {
    const memberId = memberIds.get(p.member);
    if (!memberId) return missing('plans.json', i, p.ref, 'member', 'member', p.member);
    p.lines.forEach((l, j) => { if (!orgIds.has(l.organization)) missing('plans.json', i, p.ref, `lines.${j}.organization`, 'organization', l.organization); });
    const id = planIds.get(`${memberId}|${p.ref}`);
    if (id) existing.add(id);
    resolvedPlans.set(`${memberId}|${p.ref}`, id ?? randomUUID());
  });
  const authorizationIds = await perMember(authorizations, unique(bundle.authorizations.map((a) => a.ref)));
  const resolvedAuthorizations = new Map<string, string>();
  bundle.authorizations.forEach((a, i) => {
    const memberId = memberIds.get(a.member);
    if (!memberId) return missing('authorizations.json', i, a.ref, 'member', 'member', a.member);
    if (!orgIds.has(a.organization)) missing('authorizations.json', i, a.ref, 'organization', 'organization', a.organization);
    const id = authorizationIds.get(`${memberId}|${a.ref}`);
    if (id) existing.add(id);
    resolvedAuthorizations.set(`${memberId}|${a.ref}`, id ?? randomUUID());
  });

  return {
    errors,
    resolution: {
      organizations: orgIds, sites: siteIds, teams: teamIds, staff: staffIds, members: memberIds,
      plans: resolvedPlans, authorizations: resolvedAuthorizations, existing, slugs,
    },
  };
}

/** A slug from the name; when that is taken (in the database or earlier in the bundle), name-ref. */
async function newSlugs(db: Db, created: { ref: string; name: string }[]): Promise<Map<string, string>> {
  const candidates = created.map((o) => [slugify(o.name), `${slugify(o.name)}-${slugify(o.ref)}`] as const);
  const taken = await takenSlugs(db, candidates.flat());
  const slugs = new Map<string, string>();
  created.forEach((o, i) => {
    const [base, withRef] = candidates[i]!;
    const slug = !taken.has(base) ? base : !taken.has(withRef) ? withRef : `${withRef}-${randomUUID().slice(0, 8)}`;
    taken.add(slug);
    slugs.set(o.ref, slug);
  });
  return slugs;
}
