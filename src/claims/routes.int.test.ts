import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { buildTestApp, signInAs } from '../platform/testing/test-app.js';
import { EDITS } from './edits/index.js';
import { write837ToString } from './x12/write-837.js';
import { aClaim, seedClaimFixture, type Fixture } from './testing/claim-fixtures.js';

describe.each(testDatabases())('claims routes on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let f: Fixture;
  let admin: string, provider: string, other: string;
  beforeAll(async () => {
    database = await open();
    app = await buildTestApp(database);
    f = await seedClaimFixture(database.db, 'routes', 2, 20);
    admin = (await signInAs(app, database, { role: 'state-admin' })).cookie;
    provider = (await signInAs(app, database, { role: 'provider-staff', organizationId: f.organizationId })).cookie;
    other = (await signInAs(app, database, { role: 'provider-staff', organizationId: f.otherOrganizationId })).cookie;
  });
  afterAll(async () => { await app?.close(); await database?.close(); });

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown, contentType?: string) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie, ...(contentType ? { 'content-type': contentType } : {}) }, payload: payload as string });

  test('a provider submits a claim; it is adjudicated with reasons that cite the manual; a repeat pays nothing twice', async () => {
    const res = await call(provider, 'POST', '/claims', aClaim(f, 'route-1'));
    expect(res.statusCode).toBe(202);
    const receipt = res.json().claims[0];
    expect(['adjudicated', 'pended']).toContain(receipt.status);
    const again = await call(provider, 'POST', '/claims', aClaim(f, 'route-1'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 1, claims: [{ claimId: receipt.claimId, duplicate: true }] });

    const detail = await call(admin, 'GET', `/claims/${receipt.claimId}`);
    expect(detail.statusCode).toBe(200);
    const line = detail.json().lines[0];
    expect(line).toMatchObject({ lineNumber: 1, code: 'H2014', groupSize: null, residents: null, placeOfService: '11' });
    for (const r of line.reasons) expect(r.carc).toMatchObject({ group: expect.any(String), code: expect.any(String) });
    // The stored trace comes back as every edit in order (the pipeline's, then pricing), each finding on its step.
    expect(line.trace.map((s: { edit: string }) => s.edit)).toEqual([...EDITS.map((e) => e.id), 'price-line']);
    const found = line.trace.flatMap((s: { findings: Array<{ reason: string }> }) => s.findings.map((f) => f.reason));
    expect(found).toEqual(line.reasons.map((r: { reason: string }) => r.reason));
    expect(line.trace.some((s: { applied: boolean }) => !s.applied)).toBe(true);

    expect((await call(other, 'GET', `/claims/${receipt.claimId}`)).statusCode).toBe(404);
    expect((await call(other, 'GET', '/claims')).json().total).toBe(0);
    expect((await call(provider, 'GET', '/claims')).json().total).toBe(1);
    expect((await call(admin, 'GET', `/members/${f.memberIds[0]}/claims`)).json().items[0].id).toBe(receipt.claimId);
    const audit = await database.query<{ n: number }>(`select count(*)::int as n from audit_events where entity = 'claim' and action = 'read' and entity_id = $1`, [receipt.claimId]);
    expect(audit[0]!.n).toBe(1);
  });

  test('bad JSON gets a problem with field paths; another organization cannot be billed', async () => {
    const bad = await call(provider, 'POST', '/claims', { claims: [{ ...aClaim(f, 'route-bad'), totalCharge: '1.00' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('claims.0.totalCharge');
    const foreign = await call(other, 'POST', '/claims', aClaim(f, 'route-foreign'));
    expect(foreign.statusCode).toBe(400);
  });

  test('an 837 file is adjudicated claim by claim; sending it again pays nothing twice', async () => {
    // The second claim's line reports a group of 6 in our K3 convention: it is stored with the line and shown.
    const grouped = aClaim(f, 'y', { member: 1 });
    grouped.lines[0] = { ...grouped.lines[0]!, groupSize: 6 };
    const file = write837ToString([{ ...aClaim(f, 'x'), patientControlNumber: 'PCN-X12-1' }, { ...grouped, patientControlNumber: 'PCN-X12-2' }],
      { sender: 'PROVIDER1', receiver: 'DEPROMISE', controlNumber: 101, groupControlNumber: 1, date: '2025-06-30', time: '10:00', usage: 'T' });
    const first = await call(provider, 'POST', '/claims/x12', file, 'application/edi-x12');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ accepted: 2, rejected: 0, interchange: { control: '000000101', repeated: false } });
    expect(first.json().ack999).toContain('ST*999');
    const second = await call(provider, 'POST', '/claims/x12', file, 'text/plain');
    expect(second.json()).toMatchObject({ accepted: 0, duplicates: 2, interchange: { repeated: true } });
    const stored = first.json().claims.find((c: { patientControlNumber: string }) => c.patientControlNumber === 'PCN-X12-2');
    expect((await call(admin, 'GET', `/claims/${stored.claimId}`)).json().lines[0]).toMatchObject({ groupSize: 6, residents: null });
  });

  test('a payment cycle remits to the provider, who downloads JSON and CSV; other providers see none', async () => {
    expect((await call(provider, 'POST', '/payment-cycles')).statusCode).toBe(403);
    const cycle = await call(admin, 'POST', '/payment-cycles');
    expect(cycle.statusCode).toBe(201);
    const mine = (await call(provider, 'GET', '/remittances')).json();
    expect(mine.total).toBe(1);
    const id = mine.items[0].id;
    expect((await call(provider, 'GET', `/remittances/${id}`)).json().document.claims.length).toBeGreaterThan(0);
    const csv = await call(provider, 'GET', `/remittances/${id}?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect((await call(other, 'GET', '/remittances')).json().total).toBe(0);
    expect((await call(other, 'GET', `/remittances/${id}`)).statusCode).toBe(404);
  });
});
