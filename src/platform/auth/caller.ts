/** The five roles of the product; provider staff are bound to one organization. */
export const ROLES = ['state-admin', 'aso-reviewer', 'care-manager', 'provider-staff', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: every store function takes one and scopes its queries by it. */
export interface Caller {
  userId: string;
  name: string;
  role: Role;
  /** Set for provider staff only. */
  organizationId: string | null;
  ip?: string;
}

/** The system itself (start-up seeding, CLI import) — audited under its own name. */
export const SYSTEM_CALLER: Caller = { userId: 'system', name: 'OpenHCBS system', role: 'state-admin', organizationId: null };

/** State and ASO roles see every organization; provider staff see their own only. */
export function seesAllOrganizations(caller: Caller): boolean {
  return caller.role !== 'provider-staff';
}

/** Auditors read everything and change nothing. */
export function canWrite(caller: Caller): boolean {
  return caller.role !== 'auditor';
}
