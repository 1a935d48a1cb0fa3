import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs, admin, findProviderUser, signInWithForm } from '../support/demo.ts';

/** A Mantine Select by its label: open it, optionally type to filter, pick the option. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp, type?: string) {
  const input = scope.getByRole('textbox', { name: label, exact: true }).or(scope.getByRole('combobox', { name: label, exact: true })).first();
  await input.click();
  if (type) await input.fill(type);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

// A provider applies for CT MRO Specialty Provider certification (names a staff member for a role, answers an item,
// uploads a small document, submits); the ASO reviewer approves; the organization's enrollment is active with a
// certification period and the decision letter is a PDF. Assumes the demo accounts of e2e/support/demo.ts and the
// ct-mro pack's specialty-provider type with its cst-team-leader role.
test('a provider applies for certification, a reviewer approves, the enrollment is active and the letter is a PDF', async ({ page, browser, baseURL }) => {
  const { api: adminApi } = await apiAs(baseURL!, admin);
  const providerUser = await findProviderUser(baseURL!, adminApi);
  const { api: providerApi } = await apiAs(baseURL!, providerUser.email);
  const lastName = `Leader${Date.now() % 100000}`;
  const created = await providerApi.post('/api/v1/staff', { data: {
    firstName: 'Jordan', lastName, role: 'team-lead', degree: 'master',
    credentials: [{ kind: 'license', name: 'LCSW', number: 'E2E-1', from: '2015-01-01' }],
  } });
  expect(created.ok(), await created.text()).toBeTruthy();

  // The provider applies in the browser.
  await page.goto('/certification');
  await signInWithForm(page, providerUser.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Certification applications' })).toBeVisible();
  await page.getByRole('link', { name: 'Apply for certification' }).click();
  await choose(page, page, 'Program', /Connecticut/);
  await choose(page, page, 'Provider type', 'Specialty Provider');
  await page.getByRole('checkbox', { name: 'interim certification' }).check();
  await page.getByRole('button', { name: 'Start application' }).click();
  await expect(page).toHaveURL(/\/certification\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split('/').pop()!;
  await expect(page.getByTestId('status').first()).toHaveText('Draft');

  await choose(page, page, 'Role', 'Community Support Team Leader');
  await choose(page, page, 'Staff member', new RegExp(lastName), lastName);
  await page.getByRole('button', { name: 'Name staff' }).click();
  await expect(page.getByTestId('named-staff')).toContainText(`Jordan ${lastName}`);

  await page.getByRole('textbox', { name: 'Answer for interim-plans' }).fill('Our transition plan is attached.');
  await page.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByRole('button', { name: 'Save answer' })).toHaveCount(0);

  await page.locator('input[type=file]').setInputFiles({ name: 'transition-plan.txt', mimeType: 'text/plain', buffer: Buffer.from('Transition plan: hire two CST staff by March.') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByTestId('documents')).toContainText('transition-plan.txt');

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByTestId('status').first()).toHaveText('Submitted');
  await expect(page.getByTestId('item-cst-team-leader').getByTestId('findings')).toContainText('qualifies');

  // The ASO reviewer reviews and approves in a second browser session.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto('/certification');
  await signInWithForm(reviewer, 'reviewer@aso.example');
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Certification review queue' })).toBeVisible();
  await expect(reviewer.getByTestId('applications')).toContainText(providerUser.organizationName ?? '');
  await reviewer.goto(`/certification/${applicationId}`);
  const leaderRow = reviewer.getByTestId('item-cst-team-leader');
  await choose(reviewer, leaderRow, 'Decision for cst-team-leader', 'Met');
  await leaderRow.getByRole('button', { name: 'Save' }).click();
  await expect(leaderRow.getByTestId('status')).toHaveText('Met');
  await reviewer.getByRole('button', { name: 'Record decision' }).click();
  await expect(reviewer.getByTestId('status').first()).toHaveText('Approved');
  await expect(reviewer.getByTestId('certification-period')).toContainText('–');
  await expect(reviewer.getByTestId('letter-link')).toBeVisible();
  await reviewerContext.close();

  // The organization's enrollment shows active with a certification period.
  await page.goto(`/organizations/${providerUser.organizationId}`);
  const enrollment = page.getByRole('table', { name: 'Enrollments' }).getByRole('row').filter({ hasText: 'Specialty provider' });
  await expect(enrollment.getByTestId('status')).toHaveText('Active');
  const org = await (await providerApi.get(`/api/v1/organizations/${providerUser.organizationId}`)).json() as { enrollments: Array<Record<string, unknown>> };
  expect(org.enrollments).toEqual(expect.arrayContaining([expect.objectContaining({
    program: 'ct-mro', providerType: 'specialty-provider', status: 'active', certifiedThrough: expect.any(String) })]));

  // The letter downloads as a PDF.
  const letter = await providerApi.get(`/api/v1/certification/applications/${applicationId}/letter.pdf`);
  expect(letter.headers()['content-type']).toBe('application/pdf');
  expect((await letter.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await providerApi.dispose();
  await adminApi.dispose();
});
