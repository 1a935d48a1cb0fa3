import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayManageOrganization } from './may-administer.js';
import { fidelityRow, loadTeam, organizationOfSite, replaceTeamFidelity, type TeamContext } from './store.js';
import { teams } from './tables.js';
import type { TeamPatch, TeamView } from './types.js';

/** Changes a team: state and ASO staff any, provider staff their own organization's; fidelity sent replaces the history. */
export async function updateTeam(db: Db, caller: Caller, id: string, patch: TeamPatch, context: TeamContext): Promise<Result<TeamView>> {
  return db.transaction(async (tx) => {
    const team = await loadTeam(tx, caller, id, context);
    if (!team) return fail(problems.notFound('Team', id));
    if (!mayManageOrganization(caller, team.organizationId)) return fail(problems.forbidden());
    if (patch.siteId && (await organizationOfSite(tx, patch.siteId)) !== team.organizationId) {
      return fail(problems.validation([{ path: 'siteId', message: 'Not a site of this organization' }]));
    }
    if (patch.ref) {
      const [clash] = await tx.select({ id: teams.id }).from(teams).where(and(eq(teams.ref, patch.ref), ne(teams.id, id)));
      if (clash) return fail(problems.conflict(`A team with ref ${patch.ref} exists.`));
    }
    const { fidelity, ...fields } = patch;
    if (Object.keys(fields).length) await tx.update(teams).set({ ...fields, updatedAt: sql`now()` }).where(eq(teams.id, id));
    if (fidelity) await replaceTeamFidelity(tx, [id], fidelity.map((f) => fidelityRow(id, team.organizationId, f, randomUUID())));
    await recordAudit(tx, caller, { action: 'update', entity: 'team', entityId: id, detail: { fields: Object.keys(patch) } });
    return ok((await loadTeam(tx, caller, id, context))!);
  });
}
