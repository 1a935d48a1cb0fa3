import { inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { FieldError } from '../platform/http/problems.js';
import { organizations, staff, teams } from '../network/index.js';
import type { MemberPatch } from './types.js';

/** Field errors for enrollments naming an unknown organization or another organization's team, or an unknown care manager. */
export async function checkMemberLinks(db: Db, input: Pick<MemberPatch, 'enrollments' | 'careManagerId'>): Promise<FieldError[]> {
  const enrollments = input.enrollments ?? [];
  const orgIds = [...new Set(enrollments.map((e) => e.organizationId))];
  const teamIds = [...new Set(enrollments.flatMap((e) => (e.teamId ? [e.teamId] : [])))];
  const knownOrgs = new Set(orgIds.length
    ? (await db.select({ id: organizations.id }).from(organizations).where(inArray(organizations.id, orgIds))).map((r) => r.id) : []);
  const teamOrg = new Map(teamIds.length
    ? (await db.select({ id: teams.id, org: teams.organizationId }).from(teams).where(inArray(teams.id, teamIds))).map((r) => [r.id, r.org]) : []);
  const errors: FieldError[] = [];
  enrollments.forEach((e, i) => {
    if (!knownOrgs.has(e.organizationId)) errors.push({ path: `enrollments.${i}.organizationId`, message: 'No such organization' });
    else if (e.teamId && teamOrg.get(e.teamId) !== e.organizationId) errors.push({ path: `enrollments.${i}.teamId`, message: 'Not a team of this organization' });
  });
  if (input.careManagerId) {
    const [found] = await db.select({ id: staff.id }).from(staff).where(inArray(staff.id, [input.careManagerId]));
    if (!found) errors.push({ path: 'careManagerId', message: 'No such staff member' });
  }
  return errors;
}
