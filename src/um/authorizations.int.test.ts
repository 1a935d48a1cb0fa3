import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import type { Caller, Role } from '../platform/auth/caller.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { importBundle } from '../data-import/import-bundle.js';
import { smallBundle } from '../data-import/testing/small-bundle.js';
import { decideAuthorization, getAuthorization, listAuthorizations, requestAuthorization, searchAuthorizations } from './index.js';

const page = { page: 1, pageSize: 50 };
const today = { today: '2025-03-01' };

describe.each(testDatabases())('authorizations on $kind', ({ open }) => {
  let database: Database;
  const ref = new Map<string, string>();
  const as = (role: Role, org?: string): Caller => ({ userId: `u-${role}-${org ?? ''}`, name: role, role, organizationId: org ? ref.get(org)! : null });
  const request = (memberRef: string, extra: Record<string, unknown> = {}) => ({
    memberId: ref.get(memberRef)!, program: 'test-program', service: 'act', mode: 'prior-authorization' as const, units: 120, from: '2025-04-01', ...extra,
  });

  beforeAll(async () => {
    database = await open();
    expect((await importBundle(database, as('state-admin'), smallBundle({ members: 4 }))).ok).toBe(true);
    for (const t of ['organizations', 'members', 'authorizations']) {
      for (const r of await database.query<{ id: string; ref: string }>(`select id, ref from ${t}`)) ref.set(r.ref, r.id);
    }
  });
  afterAll(async () => { await database?.close(); });

  test("provider staff see their own organization's authorizations; another's is not found", async () => {
    expect((await searchAuthorizations(database.db, as('provider-staff', 'ORG-A'), page)).items.map((a) => a.ref)).toEqual(['AUTH-1']);
    expect(await getAuthorization(database.db, as('provider-staff', 'ORG-A'), ref.get('AUTH-2')!)).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await getAuthorization(database.db, as('auditor'), ref.get('AUTH-2')!)).toMatchObject({ ok: true, value: {
      ref: 'AUTH-2', memberName: 'Given2 Family2', organizationName: 'Beacon Health', units: 12.5, unitsUsed: 0, status: 'requested', to: null, decidedOn: null } });
    expect((await searchAuthorizations(database.db, as('state-admin'), { ...page, q: 'family2' })).items.map((a) => a.ref)).toEqual(['AUTH-2']);
    expect((await searchAuthorizations(database.db, as('state-admin'), { ...page, status: 'approved' })).total).toBe(1);
  });

  test('reads are audited against the member', async () => {
    const caller = { ...as('provider-staff', 'ORG-B'), userId: 'u-reader' };
    await listAuthorizations(database.db, caller, page);
    const rows = await database.query<{ action: string; member_id: string }>(`select action, member_id from audit_events where actor_user_id = 'u-reader'`);
    expect(rows).toEqual([{ action: 'list', member_id: ref.get('M-2') }]);
  });

  test('provider staff request for members their organization serves, for their own organization', async () => {
    const providerA = as('provider-staff', 'ORG-A');
    const made = await requestAuthorization(database.db, providerA, request('M-1'));
    expect(made).toMatchObject({ ok: true, value: { status: 'requested', organizationId: ref.get('ORG-A'), units: 120, decidedOn: null, beyondLimit: null } });
    // Units past a limit name the limit they lift; the engine pays the excess from them and from nothing else.
    const beyond = await requestAuthorization(database.db, providerA, request('M-1', { ref: 'BEYOND-1', beyondLimit: 'act-per-diems-total-per-month-high' }));
    expect(beyond).toMatchObject({ ok: true, value: { beyondLimit: 'act-per-diems-total-per-month-high' } });
    // Against the loaded packs' ids (as the app passes them), an unknown service or limit is refused by field, and nothing is stored.
    const known = { programs: ['test-program'], services: ['act', 'icm'], limits: ['act-per-diems-total-per-month-high'] };
    expect(await requestAuthorization(database.db, providerA, request('M-1', { ref: 'BAD-1', service: 'massage', beyondLimit: 'act-huge' }), known))
      .toMatchObject({ ok: false, problem: { status: 400, errors: [{ path: 'service' }, { path: 'beyondLimit' }] } });
    expect(await database.query(`select id from authorizations where ref = 'BAD-1'`)).toEqual([]);
    const id = (made as { value: { id: string } }).value.id;
    expect(await database.query(`select action, member_id from audit_events where entity = 'authorization' and entity_id = $1`, [id]))
      .toEqual([{ action: 'create', member_id: ref.get('M-1') }]);
    expect(await requestAuthorization(database.db, providerA, request('M-2'))).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await requestAuthorization(database.db, providerA, request('M-1', { organizationId: ref.get('ORG-B') }))).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await requestAuthorization(database.db, as('auditor'), request('M-1', { organizationId: ref.get('ORG-A') }))).toMatchObject({ ok: false, problem: { status: 403 } });
    expect(await requestAuthorization(database.db, as('aso-reviewer'), request('M-2'))).toMatchObject({ ok: false, problem: { status: 400, errors: [{ path: 'organizationId' }] } });
    expect(await requestAuthorization(database.db, as('aso-reviewer'), request('M-2', { organizationId: ref.get('ORG-B'), ref: 'AUTH-2' })))
      .toMatchObject({ ok: false, problem: { status: 409 } });
  });

  test('reviewers decide open requests once; providers and auditors may not', async () => {
    const made = await requestAuthorization(database.db, as('provider-staff', 'ORG-B'), request('M-2', { units: 40 }));
    const id = (made as { value: { id: string } }).value.id;
    expect(await decideAuthorization(database.db, as('provider-staff', 'ORG-B'), id, { status: 'approved' }, today)).toMatchObject({ ok: false, problem: { status: 403 } });
    expect(await decideAuthorization(database.db, as('auditor'), id, { status: 'approved' }, today)).toMatchObject({ ok: false, problem: { status: 403 } });
    expect(await decideAuthorization(database.db, as('aso-reviewer'), id, { status: 'partially-approved', units: 40 }, today))
      .toMatchObject({ ok: false, problem: { status: 400, errors: [{ path: 'units' }] } });
    expect(await decideAuthorization(database.db, as('aso-reviewer'), id, { status: 'pended' }, today)).toMatchObject({ ok: true, value: { status: 'pended', decidedOn: null } });
    expect(await decideAuthorization(database.db, as('aso-reviewer'), id, { status: 'partially-approved', units: 30 }, today))
      .toMatchObject({ ok: true, value: { status: 'partially-approved', units: 30, decidedOn: '2025-03-01' } });
    expect(await decideAuthorization(database.db, as('aso-reviewer'), id, { status: 'denied' }, today)).toMatchObject({ ok: false, problem: { status: 409 } });
    const [event] = await database.query<{ detail: unknown }>(`select detail from audit_events where entity_id = $1 and action = 'update' order by id desc limit 1`, [id]);
    expect(event!.detail).toEqual({ decision: 'partially-approved', from: 'pended', requestedUnits: 40, approvedUnits: 30 });
  });
});
