import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalogs } from '../catalog/index.js';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import type { Adjudicate } from './adjudicator.js';
import { adjudicateMemberLines } from './engine/adjudicate-member-lines.js';
import { quantityLimits } from './edits/quantity-limits.js';
import { submitClaims } from './submit-claims.js';
import { aClaim, LIMIT_ID, seedClaimFixture, testPolicy } from './testing/claim-fixtures.js';

// The real engine with the limit edit only: the fixture need not satisfy eligibility, plan and staffing edits.
const adjudicate: Adjudicate = (catalog, lines, context) => adjudicateMemberLines(catalog, lines, context, [quantityLimits]);

describe.each(testDatabases())('a limit across batches on $kind', ({ open }) => {
  let database: Database;
  let catalogs: Catalogs;
  beforeAll(async () => { database = await open(); catalogs = (await testPolicy()).catalogs; });
  afterAll(async () => { await database?.close(); });

  test('a later batch reads only its own months of history, yet the calendar-year hours already used come from the ledger', async () => {
    const f = await seedClaimFixture(database.db, 'across', 1, 400);
    const submit = (key: string, day: string, units: number) => submitClaims(database.db, SYSTEM_CALLER, [aClaim(f, key, { day, units })], { catalogs, adjudicate, today: '2025-12-31' });
    // 15 of the 20 hours in February; in November (outside the second batch's history window) 7.5 hours are billed.
    const february = await submit('feb', '2025-02-03', 60);
    expect(february.ok && february.value.claims[0]!.lines[0]).toMatchObject({ status: 'paid', paidUnits: 60 });
    const november = await submit('nov', '2025-11-03', 30);
    expect(november.ok && november.value.claims[0]!.lines[0]).toMatchObject({ status: 'reduced', paidUnits: 20 });
    // The first hour of the next year is a new period.
    const january = await submit('jan', '2026-01-05', 4);
    expect(january.ok && january.value.claims[0]!.lines[0]).toMatchObject({ status: 'paid', paidUnits: 4 });
    const totals = await database.query<{ period_key: string; amount: string }>(
      'select period_key, amount::text from limit_accumulators where member_id = $1 and limit_id = $2 order by period_key', [f.memberIds[0], LIMIT_ID]);
    expect(totals).toEqual([{ period_key: '2025', amount: '20.00' }, { period_key: '2026', amount: '1.00' }]);
  });
});
