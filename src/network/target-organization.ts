import type { Caller } from '../platform/auth/caller.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { mayManageOrganization } from './may-administer.js';

/**
 * The organization a new team or staff member belongs to: the one named, or the provider's own; refused when the
 * caller may not manage it (another organization is simply not there for provider staff).
 */
export function targetOrganization(caller: Caller, named: string | null | undefined): Result<string> {
  const organizationId = named ?? (caller.role === 'provider-staff' ? caller.organizationId : null);
  if (!organizationId) return fail(problems.validation([{ path: 'organizationId', message: 'Required' }]));
  if (!mayManageOrganization(caller, organizationId)) {
    return fail(caller.role === 'provider-staff' ? problems.notFound('Organization', organizationId) : problems.forbidden());
  }
  return ok(organizationId);
}
