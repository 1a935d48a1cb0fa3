import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import type { Caller, Role } from '../platform/auth/caller.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { importBundle } from '../data-import/import-bundle.js';
import { smallBundle } from '../data-import/testing/small-bundle.js';
import {
  createOrganization, createStaff, createTeam, loadOrganization, loadStaff, loadTeam, searchOrganizations, searchSites, searchStaff,
  searchTeams, updateOrganization, updateStaff, updateTeam, type TeamContext,
} from './index.js';

const page = { page: 1, pageSize: 50 };
const context: TeamContext = { today: '2024-06-01', stageMonths: (program) => (program === 'act' ? 12 : undefined) };

describe.each(testDatabases())('the provider network on $kind', ({ open }) => {
  let database: Database;
  const ref = new Map<string, string>();
  const as = (role: Role, org?: string): Caller => ({ userId: `u-${role}`, name: role, role, organizationId: org ? ref.get(org)! : null });
  const auditCount = async (where: string) => Number((await database.query<{ n: string }>(`select count(*) as n from audit_events where ${where}`))[0]!.n);

  beforeAll(async () => {
    database = await open();
    expect((await importBundle(database, as('state-admin'), smallBundle({ members: 4 }))).ok).toBe(true);
    for (const t of ['organizations', 'sites', 'teams', 'staff']) {
      for (const r of await database.query<{ id: string; ref: string }>(`select id, ref from ${t}`)) ref.set(r.ref, r.id);
    }
  });
  afterAll(async () => { await database?.close(); });

  test('the organization directory is open to every role; full detail is the own organization only for provider staff', async () => {
    const providerA = as('provider-staff', 'ORG-A');
    expect((await searchOrganizations(database.db, page)).items.map((o) => o.ref)).toEqual(['ORG-A', 'ORG-B']);
    expect(await loadOrganization(database.db, providerA, ref.get('ORG-B')!)).toBeNull();
    expect(await loadOrganization(database.db, providerA, ref.get('ORG-A')!)).toMatchObject({
      ref: 'ORG-A', slug: 'alpha-recovery-services', taxId: '12-3456789', staffCount: 1,
      enrollments: [{ program: 'test-program', providerType: 'act-provider', status: 'active', certifiedThrough: '2026-12-31', to: null }],
      sites: [{ name: 'Alpha Dover', county: 'Kent', address: { city: 'Dover', state: 'DE', line2: null } }],
      teams: [{ name: 'Alpha ACT 1', program: 'act', sizeBand: 'small' }],
    });
    expect(await loadOrganization(database.db, as('auditor'), ref.get('ORG-B')!)).toMatchObject({ ref: 'ORG-B' });
  });

  test('directory search matches name, NPI or ref; sites filter by county', async () => {
    expect((await searchOrganizations(database.db, { ...page, q: 'beacon' })).items.map((o) => o.ref)).toEqual(['ORG-B']);
    expect((await searchOrganizations(database.db, { ...page, q: '1000000004' })).items.map((o) => o.ref)).toEqual(['ORG-A']);
    expect((await searchOrganizations(database.db, { ...page, acceptingNewClients: 'false' })).total).toBe(1);
    expect((await searchSites(database.db, { ...page, county: 'sussex' })).items.map((s) => s.ref)).toEqual(['SITE-B1']);
  });

  test('teams carry caseload today, stage from the policy months, and fidelity; provider staff see their own', async () => {
    const teamA = await loadTeam(database.db, as('state-admin'), ref.get('TEAM-A')!, context);
    expect(teamA).toMatchObject({ organizationName: 'Alpha Recovery Services', stage: 'new-first-year', caseload: 2, caseloadCap: 70,
      fidelity: [{ level: 'provisional', from: '2024-01-01', to: '2024-12-31', overallScore: 3.2 }] });
    expect((await loadTeam(database.db, as('state-admin'), ref.get('TEAM-A')!, { ...context, today: '2025-01-01' }))!.stage).toBe('established');
    expect((await loadTeam(database.db, as('state-admin'), ref.get('TEAM-B')!, context))!.stage).toBeNull();
    expect((await loadTeam(database.db, as('state-admin'), ref.get('TEAM-A')!, { ...context, today: '2024-01-15' }))!.caseload).toBe(0);
    expect((await searchTeams(database.db, as('provider-staff', 'ORG-B'), page, context)).items.map((t) => t.ref)).toEqual(['TEAM-B']);
    expect(await loadTeam(database.db, as('provider-staff', 'ORG-B'), ref.get('TEAM-A')!, context)).toBeNull();
  });

  test('staff and credentials are visible to their own organization only', async () => {
    expect((await searchStaff(database.db, as('provider-staff', 'ORG-A'), page)).items.map((s) => s.ref)).toEqual(['STAFF-A1']);
    expect(await loadStaff(database.db, as('provider-staff', 'ORG-A'), ref.get('STAFF-B1')!)).toBeNull();
    expect(await loadStaff(database.db, as('provider-staff', 'ORG-A'), ref.get('STAFF-A1')!)).toMatchObject({
      teamName: 'Alpha ACT 1', degree: 'master', credentials: [{ kind: 'license', name: 'LCSW', number: 'C-1', from: '2019-01-01', to: null }] });
    expect((await searchStaff(database.db, as('care-manager'), page)).total).toBe(2);
  });

  test('state and ASO staff add and change organizations; others may not', async () => {
    const created = await createOrganization(database.db, as('aso-reviewer'), { name: 'Alpha Recovery Services', npi: '1000000012', acceptingNewClients: true,
      enrollments: [{ program: 'test-program', providerType: 'act-provider', from: '2025-01-01', status: 'pending' }] });
    expect(created).toMatchObject({ ok: true, value: { slug: 'alpha-recovery-services-2', enrollments: [{ status: 'pending' }] } });
    const id = (created as { value: { id: string } }).value.id;
    expect(await updateOrganization(database.db, as('state-admin'), id, { acceptingNewClients: false, enrollments: [] }))
      .toMatchObject({ ok: true, value: { acceptingNewClients: false, enrollments: [] } });
    expect(await auditCount(`entity = 'organization' and entity_id = '${id}'`)).toBe(2);
    for (const role of ['auditor', 'provider-staff', 'care-manager'] as const) {
      expect(await updateOrganization(database.db, as(role, role === 'provider-staff' ? 'ORG-A' : undefined), ref.get('ORG-A')!, { name: 'X' }))
        .toMatchObject({ ok: false, problem: { status: 403 } });
    }
    expect(await createOrganization(database.db, as('state-admin'), { ref: 'ORG-A', name: 'Dup', npi: '1000000012', acceptingNewClients: true }))
      .toMatchObject({ ok: false, problem: { status: 409 } });
  });

  test("provider staff manage their own organization's teams and staff; another's is not found", async () => {
    const providerA = as('provider-staff', 'ORG-A');
    const team = await createTeam(database.db, providerA, { program: 'act', name: 'Alpha ACT 2', sizeBand: 'large', startDate: '2024-05-01', siteId: ref.get('SITE-A1') }, context);
    expect(team).toMatchObject({ ok: true, value: { organizationId: ref.get('ORG-A'), caseload: 0, stage: 'new-first-year' } });
    expect(await createTeam(database.db, providerA, { organizationId: ref.get('ORG-B'), program: 'act', name: 'X', sizeBand: 'small', startDate: '2024-01-01' }, context))
      .toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await createTeam(database.db, providerA, { program: 'act', name: 'X', sizeBand: 'small', startDate: '2024-01-01', siteId: ref.get('SITE-B1') }, context))
      .toMatchObject({ ok: false, problem: { status: 400, errors: [{ path: 'siteId' }] } });
    expect(await updateTeam(database.db, providerA, ref.get('TEAM-B')!, { name: 'Taken over' }, context)).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await updateTeam(database.db, providerA, ref.get('TEAM-A')!, { caseloadCap: 80, fidelity: [] }, context))
      .toMatchObject({ ok: true, value: { caseloadCap: 80, fidelity: [] } });

    const person = await createStaff(database.db, providerA, { firstName: 'Pat', lastName: 'Peer', role: 'peer-specialist', teamId: ref.get('TEAM-A'),
      credentials: [{ kind: 'certification', name: 'certified-peer-specialist', from: '2023-01-01' }] });
    expect(person).toMatchObject({ ok: true, value: { organizationName: 'Alpha Recovery Services', credentials: [{ kind: 'certification' }] } });
    expect(await createStaff(database.db, providerA, { firstName: 'X', lastName: 'Y', role: 'rn', teamId: ref.get('TEAM-B') }))
      .toMatchObject({ ok: false, problem: { errors: [{ path: 'teamId' }] } });
    expect(await updateStaff(database.db, providerA, ref.get('STAFF-B1')!, { role: 'rn' })).toMatchObject({ ok: false, problem: { status: 404 } });
    expect(await updateStaff(database.db, as('auditor'), ref.get('STAFF-A1')!, { role: 'rn' })).toMatchObject({ ok: false, problem: { status: 403 } });
    expect(await updateStaff(database.db, as('state-admin'), ref.get('STAFF-B1')!, { degree: 'bachelor', credentials: [] }))
      .toMatchObject({ ok: true, value: { degree: 'bachelor', credentials: [] } });
  });
});
