// What the browser tests assume about the demo data that scripts/e2e-server.mjs seeds, and helpers to find it
// through the API instead of hard-coding ids: the seed may change, the contract should not.
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';

/** Every demo account's password. */
export const demoPassword = 'demo-password-2025';
export const admin = 'admin@state.example';

export interface SessionUser { id: string; email: string; name: string; role: string; organizationId?: string | null; organizationName?: string | null }
export interface MemberRecord {
  id: string; firstName?: string; lastName?: string; medicaidId?: string;
  enrollments?: Array<{ organizationId?: string; organizationName?: string }>;
}

/** An API client signed in as `email` (its own cookie jar, apart from the browser's). */
export async function apiAs(baseURL: string, email: string): Promise<{ api: APIRequestContext; user: SessionUser }> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/auth/login', { data: { email, password: demoPassword } });
  if (!response.ok()) {
    await api.dispose();
    throw new Error(`Sign-in as ${email} failed: HTTP ${response.status()} ${await response.text()}`);
  }
  const { user } = (await response.json()) as { user: SessionUser };
  return { api, user };
}

/** Signs in through the sign-in form; the caller is already on /sign-in or gets sent there. */
export async function signInWithForm(page: Page, email: string, password = demoPassword) {
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const legalSuffixes = /\b(inc|llc|l\.l\.c|corp|corporation|co|company|ltd|pc|pllc|lp|the)\b\.?/gi;
const slugify = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * Slugs an organization's billing account may use: `billing@<org-slug>.example`. The seed names the slug;
 * the API may or may not return it, so try it first, then slugs made from the name.
 */
function candidateSlugs(org: Record<string, unknown>): string[] {
  const name = String(org.name ?? '');
  const words = slugify(name.replace(legalSuffixes, ' ')).split('-').filter(Boolean);
  return [...new Set([
    typeof org.slug === 'string' ? org.slug : '',
    slugify(name),
    words.join('-'),
    words.slice(0, 2).join('-'),
    words[0] ?? '',
  ].filter(Boolean))];
}

/**
 * Finds a provider-staff demo account: lists organizations as the admin and signs in as
 * `billing@<slug>.example` for each until one works. Assumption (from the seed's contract): every seeded
 * organization has such an account, with a slug derived from its name (or given as `slug`).
 */
export async function findProviderUser(baseURL: string, adminApi: APIRequestContext): Promise<SessionUser> {
  const orgs = await adminApi.get('/api/v1/organizations?pageSize=100');
  expect(orgs.ok(), 'admin can list organizations').toBeTruthy();
  const { items } = (await orgs.json()) as { items: Array<Record<string, unknown>> };
  for (const org of items) {
    for (const slug of candidateSlugs(org)) {
      const api = await request.newContext({ baseURL });
      try {
        const response = await api.post('/api/v1/auth/login', { data: { email: `billing@${slug}.example`, password: demoPassword } });
        if (response.ok()) {
          const { user } = (await response.json()) as { user: SessionUser };
          if (user.role === 'provider-staff' && user.organizationId) return user;
        }
      } finally {
        await api.dispose();
      }
    }
  }
  throw new Error(`No billing@<org-slug>.example account among ${items.length} organizations`);
}

/** Organizations a member is enrolled with, from the list row or (when the row has none) the detail record. */
async function enrolledOrganizations(api: APIRequestContext, member: MemberRecord): Promise<MemberRecord> {
  if (Array.isArray(member.enrollments)) return member;
  const detail = await api.get(`/api/v1/members/${member.id}`);
  expect(detail.ok(), `admin can open member ${member.id}`).toBeTruthy();
  return (await detail.json()) as MemberRecord;
}

/**
 * A member enrolled only with organizations other than `organizationId`, found as the admin. Assumption: the
 * demo data has at least one member enrolled with another organization than the provider's.
 */
export async function findMemberOfAnotherOrganization(adminApi: APIRequestContext, organizationId: string): Promise<MemberRecord> {
  const list = await adminApi.get('/api/v1/members?pageSize=100');
  expect(list.ok(), 'admin can list members').toBeTruthy();
  const { items } = (await list.json()) as { items: MemberRecord[] };
  for (const row of items) {
    const member = await enrolledOrganizations(adminApi, row);
    const orgIds = (member.enrollments ?? []).map((e) => e.organizationId).filter(Boolean);
    if (orgIds.length > 0 && !orgIds.includes(organizationId)) return { ...row, ...member };
  }
  throw new Error(`No member among ${items.length} is enrolled only with organizations other than ${organizationId}`);
}
