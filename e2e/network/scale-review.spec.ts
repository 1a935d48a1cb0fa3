import { expect, test } from '@playwright/test';
import { apiAs, signInWithForm } from '../support/demo.ts';

const reviewer = 'reviewer@aso.example';
// A date no demo review uses, so the history row this test adds is the one found.
const reviewedOn = '2026-02-17';

// A reviewer rates an organization on the 25-item Supported Employment scale, watches the total and band the pack's
// bands give, saves, and finds the review in the organization's history.
test('a reviewer rates all 25 Supported Employment items and sees the total, band and saved review', async ({ page, baseURL }) => {
  const { api } = await apiAs(baseURL!, reviewer);
  const orgs = await (await api.get('/api/v1/organizations?pageSize=5')).json() as { items: Array<{ id: string; name: string }> };
  const scales = await (await api.get('/api/v1/fidelity/scales')).json() as { items: Array<{ id: string; name: string; items: unknown[] }> };
  await api.dispose();
  const org = orgs.items[0];
  expect(org, 'the demo data has an organization').toBeTruthy();
  expect(scales.items[0]?.items, 'the first scale is the 25-item one').toHaveLength(25);

  await page.goto(`/organizations/${org!.id}/scale-reviews`);
  await signInWithForm(page, reviewer);
  await expect(page).toHaveURL(new RegExp(`/organizations/${org!.id}/scale-reviews`));
  const form = page.getByTestId('scale-form');
  await expect(form).toBeVisible();
  await form.getByLabel('Review date').fill(reviewedOn);
  await expect(form.getByTestId('scale-total')).toContainText('(0/25 rated)');

  const fours = form.getByRole('radio', { name: /^4 — / });
  await expect(fours).toHaveCount(25);
  for (let i = 0; i < 25; i += 1) await fours.nth(i).check();

  await expect(form.getByTestId('scale-total')).toHaveText('Total 100 of 125 (25/25 rated)');
  await expect(form.getByTestId('scale-band')).toHaveText('Good Fidelity');

  await form.getByRole('button', { name: 'Record review' }).click();
  await expect(form.getByText('Review recorded: total 100, Good Fidelity.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Scale reviews' }).getByRole('row').filter({ hasText: reviewedOn });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('100');
  await expect(row).toContainText('Good Fidelity');
});
