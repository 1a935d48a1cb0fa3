import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { targetOrganization } from './target-organization.js';
import { fidelityRow, loadTeam, organizationExists, organizationOfSite, replaceTeamFidelity, type TeamContext } from './store.js';
import { teams } from './tables.js';
import type { TeamInput, TeamView } from './types.js';

/** Adds a team to an organization: state and ASO staff for any, provider staff for their own. */
export async function createTeam(db: Db, caller: Caller, input: TeamInput, context: TeamContext): Promise<Result<TeamView>> {
  const target = targetOrganization(caller, input.organizationId);
  if (!target.ok) return fail(target.problem);
  const organizationId = target.value;
  return db.transaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) return fail(problems.notFound('Organization', organizationId));
    if (input.siteId && (await organizationOfSite(tx, input.siteId)) !== organizationId) {
      return fail(problems.validation([{ path: 'siteId', message: 'Not a site of this organization' }]));
    }
    const id = randomUUID();
    const ref = input.ref ?? id;
    const [clash] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.ref, ref));
    if (clash) return fail(problems.conflict(`A team with ref ${ref} exists.`));
    await tx.insert(teams).values({
      id, ref, organizationId, siteId: input.siteId ?? null, program: input.program, name: input.name,
      sizeBand: input.sizeBand, startDate: input.startDate, caseloadCap: input.caseloadCap ?? null,
    });
    await replaceTeamFidelity(tx, [], (input.fidelity ?? []).map((f) => fidelityRow(id, organizationId, f, randomUUID())));
    await recordAudit(tx, caller, { action: 'create', entity: 'team', entityId: id, detail: { ref, organizationId } });
    return ok((await loadTeam(tx, caller, id, context))!);
  });
}
