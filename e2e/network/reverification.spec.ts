import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, apiAs, signInWithForm } from '../support/demo.ts';

interface Row {
  enrollmentId: string; organizationName: string; program: string; status: string; lastVerifiedOn: string | null;
  certifiedThrough: string | null; dueOn: string | null; daysLeft: number | null; state: string;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function reverifications(api: APIRequestContext): Promise<Row[]> {
  const res = await api.get('/api/v1/certification/reverifications');
  expect(res.ok(), 'the admin can list re-verifications').toBeTruthy();
  return (await res.json()) as Row[];
}

async function reverify(api: APIRequestContext, id: string, body: { verifiedOn?: string; certifiedThrough?: string }) {
  const res = await api.post(`/api/v1/certification/reverifications/${id}`, { data: body });
  expect(res.ok(), `re-verify ${id}: ${await res.text()}`).toBeTruthy();
}

// A state administrator works the re-verification dashboard: due and overdue certifications show in their buckets,
// and re-verifying one moves its last-verified date to today. The demo data is dated around today and may have every
// certification current; when a bucket is empty the test makes one due in 30 days or one overdue (lapsed by the
// job) through the API, and it puts what it changed back afterwards so later tests see the demo as seeded.
test('a state administrator sees due and overdue certifications and re-verifies one', async ({ page, baseURL }) => {
  const { api } = await apiAs(baseURL!, admin);
  const before = await reverifications(api);
  const dated = before.find((r) => r.dueOn !== null && r.daysLeft !== null);
  expect(dated, 'the demo data has a certified enrollment with a due date').toBeTruthy();
  // The server's today, as the dashboard computes it.
  const today = addDays(dated!.dueOn!, -dated!.daysLeft!);
  // Rows are found on the page by organization name, so only organizations with one certified enrollment qualify.
  const unique = before.filter((r) => before.filter((o) => o.organizationName === r.organizationName).length === 1);
  const candidates = unique.filter((r) => r.status === 'active' && r.lastVerifiedOn && r.certifiedThrough && r.lastVerifiedOn < today);
  let due = unique.find((r) => (r.state === 'due-in-30-days' || r.state === 'due-in-60-days') && r.lastVerifiedOn && r.lastVerifiedOn < today);
  let overdue = unique.find((r) => r.state === 'overdue');
  const changed: Row[] = [];
  try {
    if (due) changed.push(due);
    else {
      due = candidates.find((r) => r !== overdue);
      expect(due, 'an active enrollment to make due').toBeTruthy();
      changed.push(due!);
      await reverify(api, due!.enrollmentId, { verifiedOn: addDays(today, -200), certifiedThrough: addDays(today, 20) });
    }
    if (!overdue) {
      overdue = candidates.find((r) => r.enrollmentId !== due!.enrollmentId);
      expect(overdue, 'an active enrollment to make overdue').toBeTruthy();
      changed.push(overdue!);
      await reverify(api, overdue!.enrollmentId, { verifiedOn: addDays(today, -400), certifiedThrough: addDays(today, -3) });
      const run = await api.post('/api/v1/certification/reverifications/run', { data: {} });
      expect((await run.json()).lapsed).toContain(overdue!.enrollmentId);
    }
    const dueState = (await reverifications(api)).find((r) => r.enrollmentId === due!.enrollmentId)!.state;

    await page.goto('/certification/reverification');
    await signInWithForm(page, admin);
    await expect(page).toHaveURL(/\/certification\/reverification/);
    const table = page.getByTestId('reverifications');
    const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });

    await page.getByRole('radiogroup', { name: 'State' }).getByText('Overdue', { exact: true }).click();
    await expect(rowOf(overdue!.organizationName)).toContainText('Overdue');
    await expect(rowOf(overdue!.organizationName)).toContainText('days ago');
    await expect(rowOf(due!.organizationName)).toHaveCount(0);

    const dueLabel = dueState === 'due-in-30-days' ? 'Due in 30 days' : 'Due in 60 days';
    await page.getByRole('radiogroup', { name: 'State' }).getByText(dueLabel, { exact: true }).click();
    const row = rowOf(due!.organizationName);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(dueLabel);
    const lastVerified = row.getByRole('cell').nth(3);
    await expect(lastVerified).not.toHaveText(today);

    await row.getByRole('button', { name: 'Re-verified today' }).click();
    // With a cadence, re-verifying moves the due date and the row leaves the due list; without one (the due date is
    // the end of certification) it stays, verified today.
    await expect.poll(async () => (await reverifications(api)).find((r) => r.enrollmentId === due!.enrollmentId)!.lastVerifiedOn).toBe(today);
    const after = (await reverifications(api)).find((r) => r.enrollmentId === due!.enrollmentId)!;
    if (after.state === dueState) {
      await expect(lastVerified).toHaveText(today);
    } else {
      await expect(row).toHaveCount(0);
    }
    await page.getByRole('radiogroup', { name: 'State' }).getByText('All', { exact: true }).click();
    await expect(rowOf(due!.organizationName).getByRole('cell').nth(3)).toHaveText(today);
  } finally {
    // Back to the seeded dates (a lapsed one returns to active, as its certification still runs).
    for (const r of changed) await reverify(api, r.enrollmentId, { verifiedOn: r.lastVerifiedOn!, certifiedThrough: r.certifiedThrough! });
    await api.dispose();
  }
});
