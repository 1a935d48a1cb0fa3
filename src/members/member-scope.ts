import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { seesAllOrganizations, type Caller } from '../platform/auth/caller.js';

/**
 * The members a caller may see, as a condition on a member id column: every member for state and ASO roles;
 * for provider staff, the members their organization serves (see `servedBy`). Every query of member data adds
 * this condition; `undefined` means no restriction (drizzle's `and` drops it).
 */
export function memberScope(caller: Caller, memberId: AnyColumn | SQL): SQL | undefined {
  if (seesAllOrganizations(caller)) return undefined;
  return caller.organizationId ? servedBy(caller.organizationId, memberId) : sql`false`;
}

/**
 * Members an organization serves: any program enrollment, Recovery Plan line or authorization with it, past or
 * present (a former provider still answers for its claims and appeals). Plan lines and authorizations belong to
 * the plans and um modules; they are named here as SQL, not imported, so the import direction (members ← plans,
 * um) holds while the scope stays one definition. Each branch is served by an (organization_id, member_id) index.
 */
export function servedBy(organizationId: string, memberId: AnyColumn | SQL): SQL {
  return sql`${memberId} in (
    select member_id from program_enrollments where organization_id = ${organizationId}
    union select member_id from plan_lines where organization_id = ${organizationId}
    union select member_id from authorizations where organization_id = ${organizationId})`;
}
