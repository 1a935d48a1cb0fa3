import type { Edit, EditFinding } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** A member enrolled in a team program (ACT, ICM) receives team-only services (CPST, peer, PSR) only through the team. */
export const teamOnlyService: Edit = {
  id: 'team-only-service',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['team-only']?.length ?? 0) > 0,
  check(line, { member, resolved }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['team-only']!) {
      if (!rule.services.includes(resolved.service!)) continue;
      const teams = member.member!.enrollments.filter((e) => rule.programs.includes(e.program) && covers(e, line.serviceDate));
      if (teams.length === 0 || teams.some((e) => e.organizationId === line.billingOrganizationId)) continue;
      (findings ??= []).push({ outcome: 'deny' as const, reason: 'team-only-service', rule: ruleRef(rule), saw: { billedBy: line.billingOrganizationId, team: teams.map((e) => `${e.program}:${e.organizationId}`) } });
    }
    return findings ?? PASS;
  },
};
