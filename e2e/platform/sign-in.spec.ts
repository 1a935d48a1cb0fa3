import { expect, test } from '@playwright/test';
import { admin, demoPassword, signInWithForm, type SessionUser } from '../support/demo.ts';

test.describe('sign in', () => {
  test('a signed-out user asking for a page signs in and lands on that page, then signs out', async ({ page }) => {
    await page.goto('/members');
    await expect(page).toHaveURL(/\/sign-in\?redirect=/);

    const login = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await signInWithForm(page, admin);
    const response = await login;
    expect(response.status()).toBe(200);
    const { user } = (await response.json()) as { user: SessionUser };

    await expect(page).toHaveURL(/\/members$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    const header = page.getByTestId('current-user');
    await expect(header.getByTestId('current-user-name')).toHaveText(user.name);
    await expect(header.getByTestId('current-user-role')).toHaveText('State administrator');
    if (user.organizationName) await expect(header.getByTestId('current-user-organization')).toHaveText(user.organizationName);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/organizations');
    await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  });

  test('a wrong password shows the server’s problem and stays on sign-in', async ({ page }) => {
    await page.goto('/sign-in');
    const login = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await signInWithForm(page, admin, `${demoPassword}-wrong`);
    const response = await login;
    expect(response.status()).toBe(401);
    const problem = (await response.json()) as { title: string };

    const alert = page.getByTestId('problem');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(problem.title);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByTestId('current-user')).toHaveCount(0);
  });
});
