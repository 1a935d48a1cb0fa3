import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { mayManageOrganization, organizationExists } from '../index.js';
import { applicationKindsOf, buildPacket } from './build-packet.js';
import { loadApplication, recordApplicationEvent } from './store.js';
import { certificationApplicationItems, certificationApplications } from './tables.js';
import type { ApplicationInput, ApplicationView } from './types.js';

/** Opens a draft application for a provider type of a program, with one checklist item per requirement and role. */
export async function createApplication(db: Db, caller: Caller, catalogs: Catalogs, input: ApplicationInput): Promise<Result<ApplicationView>> {
  const organizationId = caller.role === 'provider-staff' ? caller.organizationId : input.organizationId;
  if (!organizationId) return fail(problems.validation([{ path: 'organizationId', message: 'Required' }]));
  if (!mayManageOrganization(caller, organizationId)) {
    return fail(caller.role === 'provider-staff' ? problems.notFound('Organization', organizationId) : problems.forbidden());
  }
  const catalog = catalogs.get(input.program);
  if (!catalog) return fail(problems.validation([{ path: 'program', message: `No program ${input.program}` }]));
  const type = catalog.providerType(input.providerType);
  if (!type) return fail(problems.validation([{ path: 'providerType', message: `No provider type ${input.providerType} in ${input.program}` }]));
  const allowed = applicationKindsOf(type);
  const unknown = input.applicationKinds.filter((k) => !allowed.includes(k));
  if (unknown.length) {
    return fail(problems.validation([{ path: 'applicationKinds', message: `Not a kind of this provider type: ${unknown.join(', ')} (allowed: ${allowed.join(', ') || 'none'})` }]));
  }
  return db.transaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) return fail(problems.notFound('Organization', organizationId));
    const id = randomUUID();
    await tx.insert(certificationApplications).values({
      id, organizationId, program: input.program, providerType: input.providerType, projectedClients: input.projectedClients ?? null,
      applicationKinds: input.applicationKinds, status: 'draft', decisionReasons: [], decisionConditions: [],
    });
    const packet = buildPacket(type, input.applicationKinds);
    if (packet.length) {
      await tx.insert(certificationApplicationItems).values(packet.map((p, position) => ({
        id: randomUUID(), applicationId: id, organizationId, position, status: 'pending', findings: [], ...p,
      })));
    }
    await recordApplicationEvent(tx, caller, { id, organizationId }, 'created', null, { items: packet.length });
    await recordAudit(tx, caller, { action: 'create', entity: 'certification-application', entityId: id, detail: { organizationId, program: input.program, providerType: input.providerType } });
    return ok((await loadApplication(tx, caller, id, catalogs))!);
  });
}
