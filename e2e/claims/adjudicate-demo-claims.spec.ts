import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, apiAs, demoPassword, findProviderUser, signInWithForm, type SessionUser } from '../support/demo.ts';

// A provider's claim goes through the real pipeline: submitted through the API (as the provider's billing
// clerk), opened by the state administrator with each line's outcome, its reason (CARC, wording, rule and the
// manual citation) and the trace; after a payment cycle the provider sees its remittance with downloads.
let adminApi: APIRequestContext;
let providerApi: APIRequestContext;
let provider: SessionUser;
let claimId: string;

test.beforeAll(async ({ baseURL }) => {
  ({ api: adminApi } = await apiAs(baseURL!, admin));
  provider = await findProviderUser(baseURL!, adminApi);
  ({ api: providerApi } = await apiAs(baseURL!, provider.email));
  const org = await (await adminApi.get(`/api/v1/organizations/${provider.organizationId}`)).json() as { npi: string };
  const members = await (await providerApi.get('/api/v1/members?pageSize=1')).json() as { items: Array<{ medicaidId: string }> };
  const medicaidId = members.items[0]?.medicaidId ?? 'UNKNOWN0001';
  // Two 15-minute units billed for 5 minutes: the line denies under the 8-minute rule, which cites the manual.
  const response = await providerApi.post('/api/v1/claims', { data: {
    program: 'de-promise', submissionKey: `e2e-${Date.now()}`, patientControlNumber: `E2E${Date.now() % 1e8}`,
    billingProvider: { npi: org.npi }, member: { medicaidId }, totalCharge: '48.00',
    lines: [{ lineNumber: 1, serviceDate: '2025-03-03', code: 'H2014', modifiers: ['SE'], quantity: 2, minutes: 5, placeOfService: '11', chargeAmount: '48.00' }],
  } });
  expect(response.status(), await response.text()).toBe(202);
  claimId = ((await response.json()) as { claims: Array<{ claimId: string }> }).claims[0]!.claimId;
  expect((await adminApi.post('/api/v1/payment-cycles')).status()).toBe(201);
});
test.afterAll(async () => { await adminApi?.dispose(); await providerApi?.dispose(); });

test('the administrator opens an adjudicated claim and sees the line outcome, the reason and its citation', async ({ page }) => {
  await page.goto(`/claims/${claimId}`);
  await signInWithForm(page, admin);
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  const line = page.getByTestId('claim-line').first();
  await expect(line.getByTestId('claim-status')).toHaveText('denied');
  await expect(line.getByTestId('line-reason').first().getByTestId('carc')).toHaveText(/^[A-Z]{2}-\w+$/);
  const cited = line.getByTestId('line-reason').filter({ hasText: 'units-exceed-minutes' });
  await expect(cited.getByTestId('citation').first()).toBeVisible();
  await line.getByTestId('trace-toggle').click();
  await expect(line.getByTestId('trace')).toBeVisible();

  await page.getByRole('link', { name: 'Claims', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
});

test('the provider sees its remittance and can download it', async ({ page }) => {
  await page.goto('/remittances');
  await signInWithForm(page, provider.email, demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Remittances' })).toBeVisible();
  const first = page.locator('a[href^="/remittances/"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByTestId('download-csv')).toBeVisible();
  await expect(page.getByTestId('net-payment')).toHaveText(/\$|\d/);
});
