import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import type { Caller, Role } from '../platform/auth/caller.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { importBundle } from '../data-import/import-bundle.js';
import { smallBundle } from '../data-import/testing/small-bundle.js';
import { listMemberPlans } from './index.js';

const page = { page: 1, pageSize: 25 };

describe.each(testDatabases())("a member's Recovery Plans on $kind", ({ open }) => {
  let database: Database;
  const ref = new Map<string, string>();
  const as = (role: Role, org?: string): Caller => ({ userId: `u-${role}-${org ?? ''}`, name: role, role, organizationId: org ? ref.get(org)! : null });

  beforeAll(async () => {
    database = await open();
    expect((await importBundle(database, as('state-admin'), smallBundle({ members: 2 }))).ok).toBe(true);
    for (const t of ['organizations', 'members']) {
      for (const r of await database.query<{ id: string; ref: string }>(`select id, ref from ${t}`)) ref.set(r.ref, r.id);
    }
  });
  afterAll(async () => { await database?.close(); });

  test('plans come with their lines, read through the member scope and audited', async () => {
    const result = await listMemberPlans(database.db, as('provider-staff', 'ORG-A'), ref.get('M-1')!, page);
    expect(result).toMatchObject({ ok: true, value: { total: 1, items: [{
      ref: 'P-1', status: 'active', from: '2024-02-01', to: '2025-01-31', signedOn: null,
      lines: [{ service: 'act', code: 'H0039', organizationName: 'Alpha Recovery Services', amount: 40, frequency: 'month', unit: 'units' }],
    }] } });
    expect(await database.query(`select action, entity from audit_events where member_id = $1 and actor_role = 'provider-staff'`, [ref.get('M-1')]))
      .toEqual([{ action: 'list', entity: 'plan' }]);
  });

  test("another organization's member is not found", async () => {
    expect(await listMemberPlans(database.db, as('provider-staff', 'ORG-B'), ref.get('M-1')!, page)).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await listMemberPlans(database.db, as('state-admin'), 'no-such-member', page)).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await listMemberPlans(database.db, as('auditor'), ref.get('M-2')!, page)).toMatchObject({ ok: true, value: { items: [], total: 0 } });
  });
});
