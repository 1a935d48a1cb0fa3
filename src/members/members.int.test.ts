import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import type { Caller, Role } from '../platform/auth/caller.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { importBundle } from '../data-import/import-bundle.js';
import { smallBundle } from '../data-import/testing/small-bundle.js';
import { AuthorizationRecord, PlanRecord } from '../data-import/bundle-schema.js';
import { createMember, getMember, listMembers, loadMember, searchMembers, updateMember } from './index.js';

const page = { page: 1, pageSize: 50 };
const today = { today: '2025-03-01' };

describe.each(testDatabases())('member data through the organization scope on $kind', ({ open }) => {
  let database: Database;
  const ids = new Map<string, string>();
  const orgs = new Map<string, string>();
  const as = (role: Role, org?: 'ORG-A' | 'ORG-B'): Caller => ({ userId: `u-${role}-${org ?? 'all'}`, name: role, role, organizationId: org ? orgs.get(org)! : null });
  const refsOf = (items: { ref: string }[]) => items.map((m) => m.ref).sort();
  const auditCount = async (where: string) => Number((await database.query<{ n: string }>(`select count(*) as n from audit_events where ${where}`))[0]!.n);

  beforeAll(async () => {
    database = await open();
    const bundle = smallBundle({ members: 6 });
    // ORG-B also serves M-3 (an authorization) and M-5 (a line on M-5's plan): either makes the member visible to it.
    bundle.authorizations.push(AuthorizationRecord.parse({ ref: 'AUTH-3B', member: 'M-3', organization: 'ORG-B', program: 'test-program',
      service: 'icm', mode: 'registration', units: 4, from: '2024-03-01', status: 'approved' }));
    bundle.plans.push(PlanRecord.parse({ ref: 'P-5', member: 'M-5', program: 'test-program', from: '2024-03-01', status: 'active',
      lines: [{ service: 'peer-support', organization: 'ORG-B', from: '2024-03-01', frequency: 'week', amount: 2.5, unit: 'hours' }] }));
    const result = await importBundle(database, as('state-admin'), bundle);
    expect(result.ok).toBe(true);
    for (const r of await database.query<{ id: string; ref: string }>('select id, ref from members')) ids.set(r.ref, r.id);
    for (const r of await database.query<{ id: string; ref: string }>('select id, ref from organizations')) orgs.set(r.ref, r.id);
  });
  afterAll(async () => { await database?.close(); });

  test('provider staff list only the members their organization serves', async () => {
    expect(refsOf((await searchMembers(database.db, as('provider-staff', 'ORG-A'), page)).items)).toEqual(['M-1', 'M-3', 'M-5']);
    expect(refsOf((await searchMembers(database.db, as('provider-staff', 'ORG-B'), page)).items)).toEqual(['M-2', 'M-3', 'M-4', 'M-5', 'M-6']);
  });

  test('state, ASO, care management and audit roles see every member', async () => {
    for (const role of ['state-admin', 'aso-reviewer', 'care-manager', 'auditor'] as const) {
      expect((await searchMembers(database.db, as(role), page)).total).toBe(6);
    }
  });

  test("another organization's member reads as not found; one's own reads in full", async () => {
    const other = await getMember(database.db, as('provider-staff', 'ORG-A'), ids.get('M-2')!);
    expect(other).toMatchObject({ ok: false, problem: { status: 404, type: '/problems/not-found' } });
    const own = await getMember(database.db, as('provider-staff', 'ORG-A'), ids.get('M-1')!);
    expect(own).toMatchObject({ ok: true, value: {
      ref: 'M-1', medicaidId: 'DE00000001', eligibility: [{ program: 'test-program', from: '2024-01-01', to: null }],
      enrollments: [{ program: 'act', organizationName: 'Alpha Recovery Services', teamName: 'Alpha ACT 1', from: '2024-02-01', to: null }],
      careManager: { name: 'Casey Lead' },
      planLines: [{ service: 'act', organizationName: 'Alpha Recovery Services', amount: 40, frequency: 'month', unit: 'units', status: 'active' }],
      authorizations: [{ ref: 'AUTH-1', units: 480, unitsUsed: 0, status: 'approved', decidedOn: '2024-01-25', memberName: 'Given1 Family1' }],
    } });
  });

  test("provider staff see their own organization's authorizations on a shared member, not another's", async () => {
    const byB = await loadMember(database.db, as('provider-staff', 'ORG-B'), ids.get('M-3')!);
    expect(byB!.authorizations.map((a) => a.ref)).toEqual(['AUTH-3B']);
    const byA = await loadMember(database.db, as('provider-staff', 'ORG-A'), ids.get('M-3')!);
    expect(byA!.authorizations).toEqual([]);
    const byState = await loadMember(database.db, as('state-admin'), ids.get('M-5')!);
    expect(byState!.planLines.map((l) => [l.service, l.amount])).toEqual([['peer-support', 2.5]]);
  });

  test('search matches name words, Medicaid id or ref, with a total', async () => {
    const admin = as('state-admin');
    expect(refsOf((await searchMembers(database.db, admin, { ...page, q: 'given3 fam' })).items)).toEqual(['M-3']);
    expect(refsOf((await searchMembers(database.db, admin, { ...page, q: 'de00000004' })).items)).toEqual(['M-4']);
    expect(refsOf((await searchMembers(database.db, admin, { ...page, q: 'm-6' })).items)).toEqual(['M-6']);
    expect(refsOf((await searchMembers(database.db, admin, { ...page, q: '100%_' })).items)).toEqual([]);
    const second = await searchMembers(database.db, admin, { page: 2, pageSize: 4 });
    expect([second.items.length, second.total]).toEqual([2, 6]);
    expect(refsOf((await searchMembers(database.db, admin, { ...page, organizationId: orgs.get('ORG-A') })).items)).toEqual(['M-1', 'M-3', 'M-5']);
  });

  test('every read is audited in its transaction: one event per member listed, one per record opened', async () => {
    const caller = { ...as('provider-staff', 'ORG-A'), userId: 'u-audited' };
    await listMembers(database.db, caller, page);
    expect(await auditCount(`action = 'list' and entity = 'member' and actor_user_id = '${caller.userId}'`)).toBe(3);
    await getMember(database.db, caller, ids.get('M-1')!);
    expect(await auditCount(`action = 'read' and member_id = '${ids.get('M-1')}' and actor_user_id = '${caller.userId}'`)).toBe(1);
    await getMember(database.db, caller, ids.get('M-2')!); // not found: nothing was read, nothing recorded
    expect(await auditCount(`member_id = '${ids.get('M-2')}' and actor_user_id = '${caller.userId}'`)).toBe(0);
    const [row] = await database.query<{ detail: unknown }>(`select detail from audit_events where action = 'list' and actor_user_id = '${caller.userId}' limit 1`);
    expect(row!.detail).toBeNull();
  });

  test('auditors and provider staff cannot change members; care managers neither', async () => {
    const input = { medicaidId: 'NEW0000001', firstName: 'New', lastName: 'Person', birthDate: '1990-01-01', sex: 'U' as const, county: 'Kent' };
    for (const caller of [as('auditor'), as('provider-staff', 'ORG-A'), as('care-manager')]) {
      expect(await createMember(database.db, caller, input, today)).toMatchObject({ ok: false, problem: { status: 403 } });
    }
    expect(await updateMember(database.db, as('auditor'), ids.get('M-1')!, { lastName: 'X' }, today)).toMatchObject({ ok: false, problem: { status: 403 } });
    // Out of scope is not found even for a write.
    expect(await updateMember(database.db, as('provider-staff', 'ORG-A'), ids.get('M-2')!, { lastName: 'X' }, today)).toMatchObject({ ok: false, problem: { status: 404 } });
  });

  test('a change is audited with field names only, and its audit rolls back with it', async () => {
    const admin = as('aso-reviewer');
    const created = await createMember(database.db, admin, {
      medicaidId: 'NEW0000002', firstName: 'Nia', lastName: 'Newcomer', birthDate: '1991-02-03', sex: 'F', county: 'Kent',
      enrollments: [{ program: 'act', organizationId: orgs.get('ORG-A')!, from: '2025-01-01' }],
    }, today);
    expect(created).toMatchObject({ ok: true, value: { ref: expect.any(String), enrollments: [{ organizationName: 'Alpha Recovery Services' }] } });
    const id = (created as { value: { id: string } }).value.id;
    expect((await searchMembers(database.db, as('provider-staff', 'ORG-A'), { ...page, q: 'nia' })).total).toBe(1);

    const updated = await updateMember(database.db, admin, id, { lastName: 'Settled', careManagerId: null }, today);
    expect(updated).toMatchObject({ ok: true, value: { lastName: 'Settled' } });
    const [event] = await database.query<{ detail: { fields: string[] } }>(`select detail from audit_events where action = 'update' and member_id = $1`, [id]);
    expect(event!.detail).toEqual({ fields: ['lastName', 'careManagerId'] });

    const events = await auditCount(`member_id = '${id}'`);
    await expect(database.db.transaction(async (tx) => {
      await updateMember(tx, admin, id, { lastName: 'Never' }, today);
      throw new Error('the request failed after the change');
    })).rejects.toThrow('failed after');
    expect(await database.query(`select last_name from members where id = $1`, [id])).toEqual([{ last_name: 'Settled' }]);
    expect(await auditCount(`member_id = '${id}'`)).toBe(events);
  });

  test('bad links and duplicates are refused with field paths or a conflict, writing nothing', async () => {
    const admin = as('state-admin');
    const bad = await createMember(database.db, admin, {
      medicaidId: 'NEW0000003', firstName: 'A', lastName: 'B', birthDate: '1990-01-01', sex: 'U', county: 'Kent',
      enrollments: [{ program: 'act', organizationId: 'nope', from: '2025-01-01' }, { program: 'act', organizationId: orgs.get('ORG-B')!, teamId: 'x', from: '2025-01-01' }],
      careManagerId: 'ghost',
    }, today);
    expect(bad).toMatchObject({ ok: false, problem: { status: 400, errors: [
      { path: 'enrollments.0.organizationId' }, { path: 'enrollments.1.teamId' }, { path: 'careManagerId' }] } });
    const duplicate = await createMember(database.db, admin, { medicaidId: 'DE00000001', firstName: 'A', lastName: 'B', birthDate: '1990-01-01', sex: 'U', county: 'Kent' }, today);
    expect(duplicate).toMatchObject({ ok: false, problem: { status: 409 } });
    expect(await auditCount(`action = 'create' and entity = 'member' and actor_user_id = '${admin.userId}'`)).toBe(0);
  });
});
