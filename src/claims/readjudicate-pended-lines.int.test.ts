import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalogs } from '../catalog/index.js';
import type { Database, Db } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { closeFidelityReview, findInstrument, type OnReviewClosed } from '../network/fidelity/index.js';
import { recordFidelityReview } from '../network/fidelity/record-fidelity-review.js';
import type { Adjudicate } from './adjudicator.js';
import { adjudicateMemberLines } from './engine/adjudicate-member-lines.js';
import { fidelityReview } from './edits/fidelity-review.js';
import { quantityLimits } from './edits/quantity-limits.js';
import { readjudicatePendedLines } from './readjudicate-pended-lines.js';
import { rowsOf } from './rows-of.js';
import { submitClaims } from './submit-claims.js';
import { testPolicy } from './testing/claim-fixtures.js';

// The real engine and pricing with only the edits this story is about: the fixture need not satisfy eligibility,
// staffing, plan and authorization edits to show what the fidelity review does to an ACT per diem.
const adjudicate: Adjudicate = (catalog, lines, context) => adjudicateMemberLines(catalog, lines, context, [fidelityReview, quantityLimits]);

describe.each(testDatabases())('re-adjudicating fidelity-pended lines on $kind', ({ open }) => {
  let database: Database;
  let catalogs: Catalogs;
  beforeAll(async () => {
    database = await open();
    catalogs = (await testPolicy()).catalogs;
  });
  afterAll(async () => { await database?.close(); });

  const instrumentOf = (program: string) => findInstrument(catalogs, { teamProgram: program });
  const instrumentById = (id: string) => findInstrument(catalogs, { id });
  const onClosed: OnReviewClosed = async (tx, caller, teamId) => { await readjudicatePendedLines(tx, caller, { teamId }, { catalogs, adjudicate }); };
  const line = async (db: Db, claimId: string) => rowsOf(await db.execute(sql`select status, rate_id, allowed_amount::text as allowed, paid_amount::text as paid,
      findings, (select status from claims where id = ${claimId}) as claim_status, (select total_paid::text from claims where id = ${claimId}) as claim_paid
    from claim_lines where claim_id = ${claimId}`))[0]!;
  const ledger = async (db: Db, claimId: string) => rowsOf(await db.execute(sql`select kind, limit_id, amount::text as amount from consumption_movements where claim_id = ${claimId} order by id`));

  /** An established large ACT team at `level`, one member enrolled with it, an information request from 2025-06-01 and a per diem on 2025-06-05. */
  async function pendedPerDiem(tag: string, level: string) {
    const db = database.db;
    const org = `org-${tag}`, team = `team-${tag}`, member = `m-${tag}`, medicaid = `FR${tag.toUpperCase()}`;
    const npi = `1${String(Math.abs([...tag].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7))).padStart(9, '0').slice(0, 9)}`;
    await db.execute(sql`insert into organizations (id, ref, name, slug, npi) values (${org}, ${org}, 'ACT Agency', ${`act-${tag}`}, ${npi})`);
    await db.execute(sql`insert into teams (id, ref, organization_id, program, name, size_band, start_date) values (${team}, ${team}, ${org}, 'act', 'ACT Team', 'large', '2020-01-01')`);
    await db.execute(sql`insert into team_fidelity (id, team_id, organization_id, level, from_date) values (${`tf-${tag}`}, ${team}, ${org}, ${level}, '2024-01-01')`);
    await db.execute(sql`insert into members (id, ref, medicaid_id, first_name, last_name, birth_date, sex, county) values (${member}, ${member}, ${medicaid}, 'Test', 'Member', '1980-01-01', 'U', 'Kent')`);
    await db.execute(sql`insert into program_enrollments (id, member_id, program, organization_id, team_id, from_date) values (${`pe-${tag}`}, ${member}, 'act', ${org}, ${team}, '2025-01-01')`);
    const review = await recordFidelityReview(db, SYSTEM_CALLER, team, { kind: 'information-request', requestedOn: '2025-06-01' }, instrumentOf);
    expect(review.ok).toBe(true);
    const submitted = await submitClaims(db, SYSTEM_CALLER, [{
      program: 'de-promise', submissionKey: `act-${tag}`, patientControlNumber: `PCN-${tag}`, frequency: '1', billingProvider: { npi },
      member: { medicaidId: medicaid }, totalCharge: '250.00', receivedOn: '2025-06-30',
      lines: [{ lineNumber: 1, serviceDate: '2025-06-05', code: 'H0040', modifiers: ['HO'], quantity: 1, quantityBasis: 'UN', placeOfService: '11', chargeAmount: '250.00' }],
    }], { catalogs, adjudicate, today: '2025-06-30' });
    if (!submitted.ok || !review.ok) throw new Error('fixture failed');
    return { claimId: submitted.value.claims[0]!.claimId, reviewId: review.value.id, team };
  }

  test('an ACT per diem billed during an open information request pends and consumes nothing', async () => {
    const { claimId } = await pendedPerDiem('open', 'basic');
    expect(await line(database.db, claimId)).toMatchObject({ status: 'pended', rate_id: null, paid: '0.00', claim_status: 'pended' });
    expect((await line(database.db, claimId)).findings.map((f: { reason: string }) => f.reason)).toEqual(['fidelity-review-pend']);
    expect(await ledger(database.db, claimId)).toEqual([]);
  });

  test('cured in time: the level is kept and the line is re-adjudicated to paid at the ACT rate, consumption recorded once', async () => {
    const { claimId, reviewId } = await pendedPerDiem('cured', 'moderately-high');
    const closed = await closeFidelityReview(database.db, SYSTEM_CALLER, reviewId, { closedOn: '2025-09-01', belowFloorOn: '2025-06-10', curedOn: '2025-09-01' }, instrumentById, onClosed);
    expect(closed).toMatchObject({ ok: true, value: { outcomeLevel: 'moderately-high' } });
    expect(await line(database.db, claimId)).toMatchObject({
      status: 'paid', rate_id: 'H0040-HO-established-large', allowed: '187.15', paid: '187.15', claim_status: 'adjudicated', claim_paid: '187.15',
    });
    const moved = await ledger(database.db, claimId);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((m) => m.kind === 'limit' && Number(m.amount) > 0)).toBe(true);
    // Running it again finds nothing left pended: nothing is consumed twice.
    expect(await readjudicatePendedLines(database.db, SYSTEM_CALLER, { memberIds: ['m-cured'] }, { catalogs, adjudicate })).toEqual({ lines: 0, byStatus: {} });
    expect(await ledger(database.db, claimId)).toEqual(moved);
    const [audit] = rowsOf(await database.db.execute(sql`select detail from audit_events where entity = 'claim' and entity_id = ${claimId} and action = 'update'`));
    expect(audit!.detail).toMatchObject({ readjudicated: 1, reason: 'fidelity-review-pend', status: 'adjudicated' });
  });

  test('not cured from basic: the level reverts to non-fidelity from the request, and the ACT per diem is re-adjudicated at that level (the H0037 rate, so H0040 denies)', async () => {
    const { claimId, reviewId } = await pendedPerDiem('reverted', 'basic');
    const closed = await closeFidelityReview(database.db, SYSTEM_CALLER, reviewId, { closedOn: '2025-09-09', belowFloorOn: '2025-06-10' }, instrumentById, onClosed);
    expect(closed).toMatchObject({ ok: true, value: { outcomeLevel: 'non-fidelity' } });
    const after = await line(database.db, claimId);
    expect(after).toMatchObject({ status: 'denied', rate_id: null, paid: '0.00', claim_status: 'adjudicated', claim_paid: '0.00' });
    expect(after.findings.map((f: { reason: string }) => f.reason)).toEqual(['level-not-supported']);
    expect(await ledger(database.db, claimId)).toEqual([]);
  });

  test('not cured from moderately high: reverts to basic, which bills the same ACT rate program, so the line pays', async () => {
    const { claimId, reviewId } = await pendedPerDiem('mhbasic', 'moderately-high');
    const closed = await closeFidelityReview(database.db, SYSTEM_CALLER, reviewId, { closedOn: '2025-09-09', belowFloorOn: '2025-06-10' }, instrumentById, onClosed);
    expect(closed).toMatchObject({ ok: true, value: { outcomeLevel: 'basic' } });
    expect(await line(database.db, claimId)).toMatchObject({ status: 'paid', rate_id: 'H0040-HO-established-large', paid: '187.15' });
  });

  test('a line of a team whose review is still open stays pended when taken up again', async () => {
    const { claimId, team } = await pendedPerDiem('still', 'basic');
    expect(await readjudicatePendedLines(database.db, SYSTEM_CALLER, { teamId: team }, { catalogs, adjudicate })).toEqual({ lines: 1, byStatus: { pended: 1 } });
    expect(await line(database.db, claimId)).toMatchObject({ status: 'pended', claim_status: 'pended' });
  });
});
