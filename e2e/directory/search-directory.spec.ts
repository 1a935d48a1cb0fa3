import { expect, request, test } from '@playwright/test';

// The directory is public: no sign-in. The service and county come from the server's own directory, not hard-coded.
test('anyone can find a certified provider by service and county', async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL });
  const filters = await (await api.get('/api/v1/directory/filters')).json() as { services: Array<{ id: string; name: string }>; counties: string[] };
  const withService = filters.services.map((s) => s.id);
  let pick: { service: { id: string; name: string }; county: string; provider: string } | null = null;
  for (const id of withService) {
    const found = await (await api.get(`/api/v1/directory?service=${encodeURIComponent(id)}`)).json() as { items: Array<{ name: string; sites: Array<{ county: string }> }> };
    const entry = found.items.find((e) => e.sites.length > 0);
    if (entry) { pick = { service: filters.services.find((s) => s.id === id)!, county: entry.sites[0]!.county, provider: entry.name }; break; }
  }
  await api.dispose();
  expect(pick, 'the demo data lists at least one certified provider with a site').not.toBeNull();

  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'Provider directory' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Service', exact: true }).click();
  await page.getByRole('option', { name: pick!.service.name, exact: true }).click();
  await page.getByRole('combobox', { name: 'County', exact: true }).click();
  await page.getByRole('option', { name: pick!.county, exact: true }).click();

  const card = page.getByRole('article', { name: pick!.provider });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('services')).toContainText(pick!.service.name);
  await expect(card.getByTestId('sites')).toContainText(`${pick!.county} County`);
  await expect(card.getByTestId('certification-badge').first()).toHaveText(/certified|provisional/);
  for (const c of await page.getByTestId('provider-card').all()) await expect(c.getByTestId('sites')).toContainText(`${pick!.county} County`);
});
