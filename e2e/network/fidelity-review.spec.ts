import { expect, test } from '@playwright/test';
import { apiAs, signInWithForm } from '../support/demo.ts';

const reviewer = 'reviewer@aso.example';

// A reviewer rates an ACT team on the TMACT and sees the level the program's thresholds give, before and after saving.
test('a reviewer records a TMACT review and sees the computed level', async ({ page, baseURL }) => {
  const { api } = await apiAs(baseURL!, reviewer);
  const teams = await (await api.get('/api/v1/teams?program=act&pageSize=5')).json() as { items: Array<{ id: string; name: string }> };
  await api.dispose();
  const team = teams.items[0];
  expect(team, 'the demo data has an ACT team').toBeTruthy();

  await page.goto(`/teams/${team!.id}/fidelity`);
  await signInWithForm(page, reviewer);
  await expect(page).toHaveURL(new RegExp(`/teams/${team!.id}/fidelity`));
  const form = page.getByTestId('tmact-form');
  await expect(form).toBeVisible();

  await form.getByLabel('Review date').fill('2026-01-15');
  await form.getByRole('textbox', { name: 'Overall score' }).fill('3.6');
  for (const id of ['OS1', 'OS5', 'OS6', 'OS9', 'OS10', 'CT', 'CP1', 'PP', 'ST', 'EBP']) {
    await form.getByRole('textbox', { name: `${id} score` }).fill(id === 'OS6' ? '4' : '4.5');
  }
  await expect(form.getByTestId('computed-level')).toHaveText(/Moderately High Fidelity Level/);
  const checks = form.getByRole('table', { name: 'Threshold checks' });
  await expect(checks.getByRole('row').filter({ hasText: 'OS6 (priority service population) must score a 5.' })).toContainText('not met');

  await form.getByRole('button', { name: 'Record review' }).click();
  await expect(form.getByTestId('review-recorded')).toContainText('Moderately High Fidelity Level');
  await expect(page.getByRole('table', { name: 'Fidelity reviews' }).getByRole('row').nth(1)).toContainText('Moderately High Fidelity Level');
});
