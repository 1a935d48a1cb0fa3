import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayAdminister } from '../network/index.js';
import { loadAuthorization } from './store.js';
import { authorizations } from './tables.js';
import type { AuthorizationDecision, AuthorizationView } from './types.js';

const OPEN = new Set(['requested', 'pended']);

/** A reviewer decides an open request: approve, approve fewer units, deny, or pend. Dated `today`, audited. */
export async function decideAuthorization(db: Db, caller: Caller, id: string, decision: AuthorizationDecision, { today }: { today: string }): Promise<Result<AuthorizationView>> {
  return db.transaction(async (tx) => {
    const current = await loadAuthorization(tx, caller, id);
    if (!current) return fail(problems.notFound('Authorization', id));
    if (!mayAdminister(caller)) return fail(problems.forbidden('Only state and ASO reviewers decide authorizations.'));
    if (!OPEN.has(current.status)) return fail(problems.conflict(`The authorization is ${current.status}; only requested or pended ones can be decided.`));
    const partial = decision.status === 'partially-approved';
    if (partial && !(decision.units !== undefined && decision.units < current.units)) {
      return fail(problems.validation([{ path: 'units', message: `A partial approval needs fewer units than the ${current.units} requested` }]));
    }
    if (!partial && decision.units !== undefined && decision.units !== current.units) {
      return fail(problems.validation([{ path: 'units', message: 'Units change only with a partial approval' }]));
    }
    const decided = decision.status !== 'pended';
    await tx.update(authorizations).set({
      status: decision.status, units: partial ? decision.units : current.units,
      decidedOn: decided ? today : null, decidedBy: decided ? caller.userId : null, updatedAt: sql`now()`,
    }).where(eq(authorizations.id, id));
    await recordAudit(tx, caller, {
      action: 'update', entity: 'authorization', entityId: id, memberId: current.memberId,
      detail: { decision: decision.status, from: current.status, ...(partial ? { requestedUnits: current.units, approvedUnits: decision.units } : {}) },
    });
    return ok((await loadAuthorization(tx, caller, id))!);
  });
}
