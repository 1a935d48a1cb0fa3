import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, apiAs, findMemberOfAnotherOrganization, findProviderUser, signInWithForm, type MemberRecord, type SessionUser } from '../support/demo.ts';

// Organization scope in the browser: a provider sees only its own members; another organization's member is
// "not found" (never "forbidden"), while the state administrator can open it. The provider account and the
// member are found through the API as the admin (see e2e/support/demo.ts for the assumptions).
let provider: SessionUser;
let otherMember: MemberRecord;
let adminApi: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  ({ api: adminApi } = await apiAs(baseURL!, admin));
  provider = await findProviderUser(baseURL!, adminApi);
  otherMember = await findMemberOfAnotherOrganization(adminApi, provider.organizationId!);
});
test.afterAll(async () => { await adminApi?.dispose(); });

test('a provider opening another organization’s member by URL sees “not found”, and its list excludes the member', async ({ page }) => {
  await page.goto(`/members/${otherMember.id}`);
  await signInWithForm(page, provider.email);
  await expect(page).toHaveURL(new RegExp(`/members/${otherMember.id}$`));
  await expect(page.getByTestId('not-found-state')).toBeVisible();
  await expect(page.getByTestId('not-found-state')).toContainText('Not found or not available to your organization');
  await expect(page.getByTestId('member-name')).toHaveCount(0);

  // The member list, searched by the member's name, does not offer the member.
  const search = otherMember.lastName ?? otherMember.firstName ?? '';
  await page.goto(`/members${search ? `?q=${encodeURIComponent(search)}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toHaveText(/\d+ results?/);
  await expect(page.locator(`a[href="/members/${otherMember.id}"]`)).toHaveCount(0);

  // And the API behind it agrees, with the provider's own session.
  const list = await page.request.get('/api/v1/members?pageSize=100');
  expect(list.ok()).toBeTruthy();
  const { items } = (await list.json()) as { items: MemberRecord[] };
  expect(items.map((m) => m.id)).not.toContain(otherMember.id);
  expect((await page.request.get(`/api/v1/members/${otherMember.id}`)).status()).toBe(404);
});

test('the state administrator can open the same member', async ({ page }) => {
  await page.goto(`/members/${otherMember.id}`);
  await signInWithForm(page, admin);
  await expect(page).toHaveURL(new RegExp(`/members/${otherMember.id}$`));
  await expect(page.getByTestId('not-found-state')).toHaveCount(0);
  const name = page.getByTestId('member-name');
  await expect(name).toBeVisible();
  if (otherMember.lastName) await expect(name).toContainText(otherMember.lastName);
  await expect(page.getByRole('heading', { name: 'Program enrollments' })).toBeVisible();
});
