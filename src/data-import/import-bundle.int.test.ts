import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { importBundle } from './import-bundle.js';
import { smallBundle } from './testing/small-bundle.js';
import type { ImportBundle, MemberRecord } from './bundle-schema.js';

const admin: Caller = { userId: 'u-admin', name: 'Admin', role: 'state-admin', organizationId: null };
const TABLES = ['organizations', 'organization_enrollments', 'sites', 'teams', 'team_fidelity', 'staff', 'staff_credentials', 'members',
  'eligibility_spans', 'program_enrollments', 'care_manager_assignments', 'recovery_plans', 'plan_lines', 'authorizations'];

async function counts(database: Database): Promise<Record<string, number>> {
  const rows = await database.query<{ t: string; n: string }>(TABLES.map((t) => `select '${t}' as t, count(*) as n from ${t}`).join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
const n = async (database: Database, sql: string, params: unknown[] = []) => Number((await database.query<{ n: string }>(sql, params))[0]!.n);

describe.each(testDatabases())('importing a bundle on $kind', ({ open }) => {
  let database: Database;
  beforeAll(async () => { database = await open(); });
  afterAll(async () => { await database?.close(); });

  test('a bundle loads with its references resolved and is audited', async () => {
    const result = await importBundle(database, admin, smallBundle({ members: 6 }), undefined, { today: '2025-03-01' });
    expect(result).toMatchObject({ ok: true, value: { counts: { organizations: { created: 2, updated: 0 }, members: { created: 6, updated: 0 }, authorizations: { created: 2 } } } });
    expect(await counts(database)).toMatchObject({ organizations: 2, members: 6, program_enrollments: 6, plan_lines: 1, care_manager_assignments: 1 });
    const [team] = await database.query<{ org: string; site: string }>(
      `select o.ref as org, s.ref as site from teams t join organizations o on o.id = t.organization_id join sites s on s.id = t.site_id where t.ref = 'TEAM-A'`);
    expect(team).toEqual({ org: 'ORG-A', site: 'SITE-A1' });
    expect(await n(database, `select count(*) as n from audit_events where action = 'import' and entity = 'import'`)).toBe(1);
    expect(await n(database, `select count(distinct member_id) as n from audit_events where action = 'import' and entity = 'member'`)).toBe(6);
    const [event] = await database.query<{ detail: unknown }>(`select detail from audit_events where entity = 'import'`);
    expect(JSON.stringify(event!.detail)).not.toMatch(/Given|Family|DE0000/); // counts, never member data
  });

  test('re-importing updates in place: same counts, no duplicates, changed fields and lists replaced', async () => {
    const before = await counts(database);
    const [{ slug }] = await database.query<{ slug: string }>(`select slug from organizations where ref = 'ORG-A'`) as [{ slug: string }];
    const bundle = smallBundle({ members: 6 });
    bundle.organizations[0] = { ...bundle.organizations[0]!, name: 'Alpha Recovery (renamed)' };
    bundle.members[0] = { ...bundle.members[0]!, lastName: 'Renamed', eligibility: [], careManager: undefined };
    bundle.members[2] = { ...bundle.members[2]!, careManager: 'STAFF-A1' };
    const result = await importBundle(database, admin, bundle, undefined, { today: '2025-03-02' });
    expect(result).toMatchObject({ ok: true, value: { counts: { organizations: { created: 0, updated: 2 }, members: { created: 0, updated: 6 }, plans: { created: 0, updated: 1 } } } });
    expect(await counts(database)).toEqual({ ...before, eligibility_spans: before.eligibility_spans! - 1, care_manager_assignments: 2 });
    expect(await database.query(`select name, slug from organizations where ref = 'ORG-A'`)).toEqual([{ name: 'Alpha Recovery (renamed)', slug }]);
    expect(await database.query(`select last_name from members where ref = 'M-1'`)).toEqual([{ last_name: 'Renamed' }]);
    // M-1's care manager ended (history kept), M-3's began.
    const history = await database.query<{ ref: string; open: boolean }>(
      `select m.ref, c.to_date is null as open from care_manager_assignments c join members m on m.id = c.member_id order by m.ref`);
    expect(history).toEqual([{ ref: 'M-1', open: false }, { ref: 'M-3', open: true }]);
  });

  test('units used survive a re-import', async () => {
    await database.query(`update authorizations set units_used = 10 where ref = 'AUTH-1'`);
    expect((await importBundle(database, admin, smallBundle({ members: 6 }))).ok).toBe(true);
    expect(await database.query(`select units_used::text as u from authorizations where ref = 'AUTH-1'`)).toEqual([{ u: '10.00' }]);
  });

  test('a member that breaks a database rule rolls back the whole import', async () => {
    const fresh = await open();
    try {
      const bundle = smallBundle({ members: 8 });
      // Past the schema (the test bypasses it) so only the database can refuse it, after organizations were written.
      bundle.members[4] = { ...bundle.members[4]!, sex: 'Q' as MemberRecord['sex'] };
      const result = await importBundle(fresh, admin, bundle);
      expect(result).toMatchObject({ ok: false, problem: { status: 409, type: '/problems/conflict' } });
      expect(JSON.stringify(result)).not.toMatch(/Given5|DE00000005/);
      expect(Object.values(await counts(fresh)).every((c) => c === 0)).toBe(true);
      expect(await n(fresh, `select count(*) as n from audit_events where action = 'import'`)).toBe(0);
    } finally { await fresh.close(); }
  });

  test('unresolved and cross-organization references are reported by file, record and field, and nothing is written', async () => {
    const fresh = await open();
    try {
      const bundle = smallBundle({ members: 4 });
      bundle.members[2] = { ...bundle.members[2]!, enrollments: [{ program: 'act', organization: 'ORG-Z', from: '2024-01-01' }] };
      bundle.members[3] = { ...bundle.members[3]!, enrollments: [{ program: 'act', organization: 'ORG-B', team: 'TEAM-A', from: '2024-01-01' }] };
      bundle.authorizations[0] = { ...bundle.authorizations[0]!, member: 'M-99' };
      const result = await importBundle(fresh, admin, bundle);
      expect(result.ok).toBe(false);
      const errors = (result as { problem: { errors: { path: string; message: string }[] } }).problem.errors;
      expect(errors.map((e) => e.path)).toEqual(['members.2.enrollments.0.organization', 'members.3.enrollments.0.team', 'authorizations.0.member']);
      expect(errors[0]!.message).toBe('members.json: record 2 (ref M-3): enrollments.0.organization: No organization with ref "ORG-Z" in this import or the database');
      expect(await n(fresh, 'select count(*) as n from organizations')).toBe(0);
    } finally { await fresh.close(); }
  });

  test('duplicates, reversed dates and a Medicaid id held by another member are refused', async () => {
    const bundle = smallBundle({ members: 3 });
    bundle.members.push({ ...bundle.members[0]!, ref: 'M-NEW' }); // same Medicaid id as M-1, within the bundle
    bundle.members[1] = { ...bundle.members[1]!, eligibility: [{ program: 'test-program', from: '2024-05-01', to: '2024-04-30' }] };
    const result = await importBundle(database, admin, bundle);
    const messages = (result as { problem: { errors: { message: string }[] } }).problem.errors.map((e) => e.message);
    expect(messages).toEqual([
      'members.json: record 3 (ref M-NEW): medicaidId: Medicaid id DE00000001 is also on record 0',
      'members.json: record 1 (ref M-2): eligibility.0.to: Ends before it starts ("to" is earlier than "from")',
    ]);
    const taken: ImportBundle = { ...smallBundle({ members: 0 }), members: [{ ...smallBundle({ members: 1 }).members[0]!, ref: 'M-OTHER' }] };
    const clash = await importBundle(database, admin, taken);
    expect(JSON.stringify(clash)).toContain('medicaidId: Already the Medicaid id of member ref \\"M-1\\"');
  });

  test('provider staff and auditors cannot import', async () => {
    for (const role of ['provider-staff', 'auditor', 'care-manager'] as const) {
      const result = await importBundle(database, { userId: 'u', name: 'x', role, organizationId: null }, smallBundle());
      expect(result).toMatchObject({ ok: false, problem: { status: 403 } });
    }
  });

  test('policy ids are checked when the known ids are given', async () => {
    const known = { programs: ['test-program'], services: ['act'], providerTypes: ['act-provider'], teamPrograms: ['act', 'icm'], fidelityLevels: ['provisional'], limits: [] };
    const result = await importBundle(database, admin, smallBundle({ members: 2 }), known);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('authorizations.json: record 1 (ref AUTH-2): service: Unknown service \\"icm\\"');
  });

  test('a few thousand members load in bulk and re-import without duplicates', async () => {
    const fresh = await open();
    try {
      const bundle = smallBundle({ members: 3000 });
      let calls = 0;
      const result = await importBundle(fresh, admin, bundle, undefined, { onProgress: () => { calls++; } });
      expect(result).toMatchObject({ ok: true, value: { counts: { members: { created: 3000 } } } });
      expect(calls).toBeLessThan(40); // progress per statement, not per record
      const again = await importBundle(fresh, admin, bundle);
      expect(again).toMatchObject({ ok: true, value: { counts: { members: { created: 0, updated: 3000 } } } });
      expect(await counts(fresh)).toMatchObject({ members: 3000, program_enrollments: 3000, eligibility_spans: 3000 });
      expect(await n(fresh, `select count(*) as n from audit_events where action = 'import' and entity = 'member'`)).toBe(6000);
    } finally { await fresh.close(); }
  });
});
