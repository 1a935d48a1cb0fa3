import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
import { testDatabases } from '../../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import { loadAdjudicator } from '../../claims/adjudicator.js';
import { submitClaims, type SubmitClaimsOptions } from '../../claims/submit-claims.js';
import { aClaim, seedClaimFixture, testPolicy, type Fixture } from '../../claims/testing/claim-fixtures.js';
import { runReverification } from './run-reverification.js';

// A benefits counseling agency re-verifies every 12 months (the DE pack); last verified 2024-06-10, it is due
// 2025-06-10 and overdue from 2025-06-11, while its certification runs to 2027.
const lastVerifiedOn = '2024-06-10';
const lapseDate = '2025-06-11';
const enrollmentId = 'oe-lapse';
const enrollmentReasons = ['provider-not-enrolled', 'provider-not-certified-for-service', 'provider-reverification-lapsed'];

describe.each(testDatabases())('a re-verification lapse acts on claims on $kind', ({ open }) => {
  let database: Database;
  let opts: SubmitClaimsOptions;
  let f: Fixture;
  let key = 0;
  const one = async (text: string, params: unknown[] = []) => (await database.query<Record<string, unknown>>(text, params))[0]!;

  /** Submits a one-line claim dated `day` and returns the line's stored findings. */
  async function findingsOn(day: string): Promise<Array<{ reason: string; rule: { id: string; source: unknown } }>> {
    const result = await submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, `lapse-${key++}`, { units: 1, day })], opts);
    if (!result.ok) throw new Error(`submission refused: ${JSON.stringify(result.problem)}`);
    const row = await one('select findings from claim_lines where claim_id = $1', [result.value.claims[0]!.claimId]);
    return row.findings as Array<{ reason: string; rule: { id: string; source: unknown } }>;
  }
  const enrollmentFindings = async (day: string) => (await findingsOn(day)).filter((x) => enrollmentReasons.includes(x.reason));

  beforeAll(async () => {
    database = await open();
    opts = { catalogs: (await testPolicy()).catalogs, adjudicate: await loadAdjudicator(), today: '2025-06-30' };
    f = await seedClaimFixture(database.db, 'lapse', 1, 100);
    await database.db.execute(sql`insert into organization_enrollments (id, organization_id, program, provider_type, from_date, status, certified_through, last_verified_on)
      values (${enrollmentId}, ${f.organizationId}, 'de-promise', 'benefits-counseling-agency', '2025-01-01', 'active', '2027-01-01', ${lastVerifiedOn})`);
  });
  afterAll(async () => { await database?.close(); });

  test('while the enrollment is active, a service on the due date is not denied for enrollment', async () => {
    expect(await enrollmentFindings('2025-06-10')).toEqual([]);
  });

  test('before the job runs, the edit already denies a service after the due date: re-verification lapsed', async () => {
    expect(await enrollmentFindings(lapseDate)).toEqual([expect.objectContaining({ outcome: 'deny', reason: 'provider-reverification-lapsed',
      rule: { id: 'benefits-counseling-agency.verification', source: '003_23a08ecffbbbbdbf.txt:L60' },
      saw: { lastVerifiedOn, everyMonths: 12, date: lapseDate } })]);
  });

  test('the job run as of the day after the due date lapses the enrollment, audited', async () => {
    const run = await runReverification(database.db, SYSTEM_CALLER, opts.catalogs, lapseDate);
    expect(run.lapsed).toEqual([enrollmentId]);
    expect(await one('select status from organization_enrollments where id = $1', [enrollmentId])).toEqual({ status: 'lapsed' });
    const audit = await one(`select detail from audit_events where entity = 'organization-enrollment' and entity_id = $1`, [enrollmentId]);
    expect(audit.detail).toMatchObject({ status: 'lapsed', reason: 're-verification overdue', asOf: lapseDate });
    expect(await one(`select kind, due_on::text as due_on from certification_notices where enrollment_id = $1`, [enrollmentId]))
      .toEqual({ kind: 'lapsed', due_on: '2025-06-10' });
  });

  test.each([lapseDate, '2025-06-20'])('a service on %s from the lapsed organization is denied: re-verification lapsed', async (day) => {
    const findings = await enrollmentFindings(day);
    expect(findings).toEqual([expect.objectContaining({ outcome: 'deny', reason: 'provider-reverification-lapsed', rule: expect.objectContaining({ id: 'benefits-counseling-agency.verification' }) })]);
  });

  // A lapse follows from the re-verification date, so a late claim for a service delivered while still verified pays.
  test('a service dated before the lapse is not denied for enrollment', async () => {
    expect(await enrollmentFindings('2025-06-02')).toEqual([]);
  });
});
