import type { Catalog, ProviderType } from '../../catalog/index.js';
import { checkCapacity } from './check-capacity.js';
import { checkCredentialsCurrent } from './check-credentials-current.js';
import { checkRoleQualifications } from './check-role-qualifications.js';
import { checkStaffShare } from './check-staff-share.js';
import { checkStaffingRatios } from './check-staffing-ratios.js';
import type { CheckFinding, StaffProfile } from './staff-profile.js';

export interface ChecksInput {
  catalog: Catalog;
  type: ProviderType;
  named: readonly StaffProfile[];
  projectedClients: number | null;
  on: string;
}

/**
 * Runs every automatic check of an application and files the findings by checklist item key
 * (`role:<id>` or `requirement:<id>`). Staffing-ratio findings go on the role item whose team the standard governs
 * (the roles of that program), else on the first staffing requirement.
 */
export function runAutomaticChecks({ catalog, type, named, projectedClients, on }: ChecksInput): Map<string, CheckFinding[]> {
  const out = new Map<string, CheckFinding[]>();
  const add = (key: string, findings: readonly CheckFinding[]) => { if (findings.length) out.set(key, [...(out.get(key) ?? []), ...findings]); };
  for (const [roleId, findings] of checkRoleQualifications(type.roles, named, on)) add(`role:${roleId}`, findings);
  for (const [reqId, findings] of checkCredentialsCurrent(type.requirements, named, on)) add(`requirement:${reqId}`, findings);
  for (const [reqId, findings] of checkStaffShare(type.requirements, named)) add(`requirement:${reqId}`, findings);
  for (const [reqId, findings] of checkCapacity(type.requirements, projectedClients)) add(`requirement:${reqId}`, findings);
  // Minimum ages and other person requirements of the organization's own checklist are judged inside the role paths.
  const programs = new Set(type.roles.map((r) => r.id.split('-')[0]!));
  const standards = catalog.rulesOfKind('operating-standard', on).filter((s) => programs.has(s.program));
  for (const s of standards) {
    const roleIds = type.roles.filter((r) => r.id.startsWith(`${s.program}-`)).map((r) => r.id);
    const findings = checkStaffingRatios([s], {
      projectedClients, named: named.filter((p) => roleIds.includes(p.roleId)),
      excludedRoles: new Set(roleIds.filter(isClerkOrPhysician(type))),
      psychiatristRoles: new Set(roleIds.filter(isPhysician(type))),
    });
    add(roleIds.length ? `role:${roleIds[0]}` : 'requirement:staffing', findings);
  }
  return out;
}

// A physician role is one whose every path asks for a psychiatrist credential; the clerk is administrative support.
// The pack states the exclusion only in prose ("excluding the clerk and the MD"), so it is read from the roles' own data.
const isPhysician = (type: ProviderType) => (roleId: string) => {
  const role = type.roles.find((r) => r.id === roleId)!;
  return role.qualifiedBy.every((path) => path.some((q) => /psychiatrist/.test(String(q.check?.credential ?? ''))));
};
const isClerkOrPhysician = (type: ProviderType) => (roleId: string) =>
  isPhysician(type)(roleId) || /administrative/.test(roleId);
