import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister, organizationExists } from '../network/index.js';
import { isMemberVisible } from '../members/index.js';
import { checkAuthorizationIds, type PolicyIds } from './check-authorization-ids.js';
import { loadAuthorization } from './store.js';
import { authorizations } from './tables.js';
import type { AuthorizationRequest, AuthorizationView } from './types.js';

/**
 * Records a request for an authorization, status `requested`, for a reviewer to decide. Provider staff request for
 * their own organization and for members it already serves (enrollment, plan line or earlier authorization);
 * state and ASO staff may enter a request on a provider's behalf.
 */
export async function requestAuthorization(db: Db, caller: Caller, input: AuthorizationRequest, known?: PolicyIds): Promise<Result<AuthorizationView>> {
  const isProvider = caller.role === 'provider-staff';
  if (!isProvider && !mayAdminister(caller)) return fail(problems.forbidden());
  const unknown = known ? checkAuthorizationIds(input, known) : [];
  if (unknown.length) return fail(problems.validation(unknown));
  const organizationId = isProvider ? caller.organizationId! : input.organizationId;
  if (!organizationId) return fail(problems.validation([{ path: 'organizationId', message: 'Required' }]));
  if (isProvider && input.organizationId && input.organizationId !== organizationId) return fail(problems.notFound('Organization', input.organizationId));
  return db.transaction(async (tx) => {
    if (!(await isMemberVisible(tx, caller, input.memberId))) return fail(problems.notFound('Member', input.memberId));
    if (!(await organizationExists(tx, organizationId))) return fail(problems.notFound('Organization', organizationId));
    const id = randomUUID();
    const ref = input.ref ?? id;
    const [clash] = await tx.select({ id: authorizations.id }).from(authorizations)
      .where(and(eq(authorizations.memberId, input.memberId), eq(authorizations.ref, ref)));
    if (clash) return fail(problems.conflict(`The member already has an authorization with ref ${ref}.`));
    await tx.insert(authorizations).values({
      id, ref, memberId: input.memberId, organizationId, program: input.program, service: input.service, code: input.code ?? null, beyondLimit: input.beyondLimit ?? null,
      mode: input.mode, units: input.units, fromDate: input.from, toDate: input.to ?? null, status: 'requested', requestedBy: caller.userId,
    });
    await recordAudit(tx, caller, { action: 'create', entity: 'authorization', entityId: id, memberId: input.memberId, detail: { organizationId } });
    return ok((await loadAuthorization(tx, caller, id))!);
  });
}
