import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/index.js';
import { testDatabases } from '../../platform/testing/test-databases.js';
import { seedSmallProgram } from '../../data-import/testing/core-test-app.js';
import { buildCertificationTestApp, signInAs } from './testing/certification-test-app.js';

describe.each(testDatabases())('certification over HTTP on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let ids: Map<string, string>;
  let providerA: string;
  let providerB: string;
  let reviewer: string;
  let admin: string;
  let today = '2025-03-03';
  let applicationId: string;
  beforeAll(async () => {
    database = await open();
    app = await buildCertificationTestApp(database, () => today);
    ids = await seedSmallProgram(database);
    providerA = (await signInAs(app, database, { role: 'provider-staff', organizationId: ids.get('ORG-A')!, name: 'Pat Provider' })).cookie;
    providerB = (await signInAs(app, database, { role: 'provider-staff', organizationId: ids.get('ORG-B')! })).cookie;
    reviewer = (await signInAs(app, database, { role: 'aso-reviewer', name: 'Riley Reviewer' })).cookie;
    admin = (await signInAs(app, database, { role: 'state-admin' })).cookie;
  });
  afterAll(async () => { await app?.close(); await database?.close(); });
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });

  test('a provider opens an application; its packet is the provider type checklist for the kinds declared', async () => {
    const res = await call('POST', '/certification/applications', providerA,
      { program: 'ct-mro', providerType: 'specialty-provider', applicationKinds: ['interim certification'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    applicationId = body.id;
    expect(body).toMatchObject({ status: 'draft', organizationId: ids.get('ORG-A'), providerTypeName: 'Specialty Provider' });
    const itemIds = body.items.map((i: { requirementId: string }) => i.requirementId);
    expect(itemIds).toContain('interim-plans');
    expect(itemIds).not.toContain('appendix-b-credentialing');
    expect(itemIds).toContain('cst-team-leader');
    const bad = await call('POST', '/certification/applications', providerA, { program: 'ct-mro', providerType: 'specialty-provider', applicationKinds: ['nonsense'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  test("another organization's application is not there", async () => {
    expect((await call('GET', `/certification/applications/${applicationId}`, providerB)).statusCode).toBe(404);
    expect((await call('PATCH', `/certification/applications/${applicationId}`, providerB, { projectedClients: 3 })).statusCode).toBe(404);
    expect((await call('GET', '/certification/applications', providerB)).json().total).toBe(0);
  });

  test('the provider names staff, answers items and uploads a document', async () => {
    const other = await call('PATCH', `/certification/applications/${applicationId}`, providerA, { staff: [{ roleId: 'cst-team-leader', staffId: ids.get('STAFF-B1') }] });
    expect(other.statusCode).toBe(400);
    const app1 = (await call('GET', `/certification/applications/${applicationId}`, providerA)).json();
    const plan = app1.items.find((i: { requirementId: string }) => i.requirementId === 'interim-plans');
    const res = await call('PATCH', `/certification/applications/${applicationId}`, providerA, {
      projectedClients: 30, staff: [{ roleId: 'cst-team-leader', staffId: ids.get('STAFF-A1'), fte: 1 }],
      items: [{ id: plan.id, providerNote: 'See the attached transition plan.' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().staff).toEqual([expect.objectContaining({ roleId: 'cst-team-leader', name: 'Casey Lead', fte: 1 })]);
    const upload = await call('POST', `/certification/applications/${applicationId}/documents`, providerA,
      { name: 'plan.txt', contentType: 'text/plain', contentBase64: Buffer.from('Transition plan').toString('base64'), itemId: plan.id });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ size: 15, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const download = await call('GET', `/certification/applications/${applicationId}/documents/${upload.json().id}`, providerA);
    expect(download.body).toBe('Transition plan');
    expect((await call('GET', `/certification/applications/${applicationId}/documents/${upload.json().id}`, providerB)).statusCode).toBe(404);
  });

  test('a document over 5 MB is refused, and auditors change nothing', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64');
    const res = await call('POST', `/certification/applications/${applicationId}/documents`, providerA, { name: 'big.bin', contentType: 'application/octet-stream', contentBase64: big });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ type: '/problems/validation' });
    const auditor = (await signInAs(app, database, { role: 'auditor' })).cookie;
    expect((await call('GET', `/certification/applications/${applicationId}`, auditor)).statusCode).toBe(200);
    expect((await call('POST', `/certification/applications/${applicationId}/submit`, auditor)).statusCode).toBe(403);
  });

  test('submitting runs the automatic checks and files findings on the items', async () => {
    const res = await call('POST', `/certification/applications/${applicationId}/submit`, providerA);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('submitted');
    const item = (id: string) => body.items.find((i: { requirementId: string }) => i.requirementId === id);
    expect(item('cst-team-leader').findings[0]).toMatchObject({ check: 'role-qualification', outcome: 'met' });
    expect(item('cst-staff').findings[0]).toMatchObject({ outcome: 'not-met', saw: { named: 0 } });
    expect((await call('POST', `/certification/applications/${applicationId}/submit`, providerA)).statusCode).toBe(409);
  });

  test('a reviewer works the queue: item findings, a request for information, the resubmission', async () => {
    expect((await call('GET', '/certification/applications?status=submitted', reviewer)).json().items.map((a: { id: string }) => a.id)).toContain(applicationId);
    expect((await call('POST', `/certification/applications/${applicationId}/decision`, providerA, { outcome: 'approved' })).statusCode).toBe(403);
    const body = (await call('GET', `/certification/applications/${applicationId}`, reviewer)).json();
    const staffItem = body.items.find((i: { requirementId: string }) => i.requirementId === 'cst-staff');
    const decided = await call('PUT', `/certification/applications/${applicationId}/items/${staffItem.id}`, reviewer, { status: 'needs-info', note: 'Name your CST staff.' });
    expect(decided.statusCode).toBe(200);
    const back = await call('POST', `/certification/applications/${applicationId}/request-information`, reviewer, { note: 'Please name CST staff.', itemIds: [staffItem.id] });
    expect(back.json()).toMatchObject({ status: 'needs-info' });
    const again = await call('POST', `/certification/applications/${applicationId}/submit`, providerA);
    expect(again.json().status).toBe('submitted');
    expect(again.json().events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['created', 'submitted', 'information-requested', 'resubmitted']));
  });

  test('a denial needs reasons; an approval sets the enrollment and writes the letter', async () => {
    const denial = await call('POST', `/certification/applications/${applicationId}/decision`, reviewer, { outcome: 'denied' });
    expect(denial.statusCode).toBe(400);
    const res = await call('POST', `/certification/applications/${applicationId}/decision`, reviewer, { outcome: 'approved', conditions: [] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', certifiedFrom: '2025-03-03', certifiedThrough: '2026-03-02', hasLetter: true, decidedBy: 'Riley Reviewer' });
    const org = (await call('GET', `/organizations/${ids.get('ORG-A')}`, providerA)).json();
    expect(org.enrollments).toEqual(expect.arrayContaining([expect.objectContaining({
      program: 'ct-mro', providerType: 'specialty-provider', status: 'active', certifiedThrough: '2026-03-02', lastVerifiedOn: '2025-03-03' })]));
    const letter = await call('GET', `/certification/applications/${applicationId}/letter.pdf`, providerA);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await call('GET', `/certification/applications/${applicationId}/letter.pdf`, providerB)).statusCode).toBe(404);
  });

  test('re-verification warns, lapses past due and is restored by re-verifying', async () => {
    const rows = (await call('GET', '/certification/reverifications?asOf=2026-01-15', reviewer)).json();
    const row = rows.find((r: { program: string }) => r.program === 'ct-mro');
    expect(row).toMatchObject({ dueOn: '2026-03-02', state: 'due-in-60-days' });
    expect((await call('POST', '/certification/reverifications/run', reviewer, { asOf: '2026-03-03' })).statusCode).toBe(403);
    const run = (await call('POST', '/certification/reverifications/run', admin, { asOf: '2026-03-03' })).json();
    expect(run.lapsed).toContain(row.enrollmentId);
    const audit = await database.query<{ n: number }>(`select count(*)::int as n from audit_events where entity = 'organization-enrollment' and entity_id = '${row.enrollmentId}'`);
    expect(audit[0]!.n).toBeGreaterThanOrEqual(2);
    today = '2026-03-04';
    const lapsed = (await call('GET', '/certification/reverifications?state=overdue', providerA)).json();
    expect(lapsed.find((r: { enrollmentId: string }) => r.enrollmentId === row.enrollmentId)).toMatchObject({ status: 'lapsed', notices: [expect.objectContaining({ kind: 'lapsed' })] });
    const restored = await call('POST', `/certification/reverifications/${row.enrollmentId}`, reviewer, { certifiedThrough: '2027-03-02' });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ status: 'active', lastVerifiedOn: '2026-03-04', state: 'current' });
    today = '2025-03-03';
  });
});
