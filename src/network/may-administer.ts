import type { Caller } from '../platform/auth/caller.js';

/** State program staff and ASO reviewers administer the network and member records; others read or act for their own organization. */
export function mayAdminister(caller: Caller): boolean {
  return caller.role === 'state-admin' || caller.role === 'aso-reviewer';
}

/** Whether the caller may change records owned by an organization: administrators any, provider staff their own. */
export function mayManageOrganization(caller: Caller, organizationId: string): boolean {
  return mayAdminister(caller) || (caller.role === 'provider-staff' && caller.organizationId === organizationId);
}
