import { randomUUID } from 'node:crypto';
import { eq, or } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister } from './may-administer.js';
import { slugify } from './slugify.js';
import { enrollmentRow, loadOrganization, replaceOrganizationEnrollments, takenSlugs } from './store.js';
import { organizations } from './tables.js';
import type { OrganizationDetail, OrganizationInput } from './types.js';

/** Adds a provider organization (state and ASO staff), with its program enrollments, in one audited transaction. */
export async function createOrganization(db: Db, caller: Caller, input: OrganizationInput): Promise<Result<OrganizationDetail>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden());
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const ref = input.ref ?? id;
    const [clash] = await tx.select({ ref: organizations.ref, slug: organizations.slug }).from(organizations)
      .where(input.slug ? or(eq(organizations.ref, ref), eq(organizations.slug, input.slug)) : eq(organizations.ref, ref));
    if (clash) return fail(problems.conflict(clash.ref === ref ? `An organization with ref ${ref} exists.` : `The slug ${input.slug} is taken.`));
    const slug = input.slug ?? await freeSlug(tx, slugify(input.name));
    await tx.insert(organizations).values({
      id, ref, slug, name: input.name, npi: input.npi, taxId: input.taxId ?? null, phone: input.phone ?? null,
      email: input.email ?? null, website: input.website ?? null, acceptingNewClients: input.acceptingNewClients,
    });
    await replaceOrganizationEnrollments(tx, [], (input.enrollments ?? []).map((e) => enrollmentRow(id, e, randomUUID())));
    await recordAudit(tx, caller, { action: 'create', entity: 'organization', entityId: id, detail: { ref } });
    return ok((await loadOrganization(tx, caller, id))!);
  });
}

/** `base`, else `base-2`, `base-3` … whichever is free. */
async function freeSlug(db: Db, base: string): Promise<string> {
  const candidates = [base, ...Array.from({ length: 49 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await takenSlugs(db, candidates);
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${randomUUID().slice(0, 8)}`;
}
