import { expect, test } from '@playwright/test';

// The catalog is public: no sign-in. Assumes the server has the de-promise pack with H0040 rates and decision D-01.
test('anyone can browse the de-promise catalog: services, the H0040 fee, decision D-01 with citations', async ({ page }) => {
  await page.goto('/catalog');
  await expect(page).toHaveURL(/\/catalog/);
  await expect(page.getByRole('heading', { level: 1, name: 'Policy catalog' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Program', exact: true }).click();
  await page.getByRole('option', { name: /de-promise/ }).click();
  await expect(page).toHaveURL(/program=de-promise/);

  const services = page.getByRole('table', { name: 'Services' });
  await expect(services.getByRole('row').nth(1)).toBeVisible();
  expect(await services.getByTestId('citation').count()).toBeGreaterThan(0);

  await page.getByRole('tab', { name: /^Codes & rates/ }).click();
  await page.getByRole('searchbox', { name: 'Search codes and rates' }).fill('H0040');
  const fees = page.getByRole('table', { name: 'Fee schedule' });
  const h0040 = fees.getByRole('row').filter({ hasText: 'H0040' }).first();
  await expect(h0040).toBeVisible();
  await expect(h0040.getByTestId('amount')).toHaveText(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', /format=csv/);

  await page.getByRole('tab', { name: /^Decisions/ }).click();
  const d01 = page.getByTestId('decision-D-01');
  await expect(d01).toBeVisible();
  await expect(d01.getByTestId('in-force')).not.toBeEmpty();
  expect(await d01.getByTestId('alternatives').getByRole('listitem').count()).toBeGreaterThan(1);
  expect(await d01.getByTestId('citation').count()).toBeGreaterThan(0);
  await expect(d01.getByTestId('citation').first()).toHaveText(/^\d{3}:L\d+/);
});
