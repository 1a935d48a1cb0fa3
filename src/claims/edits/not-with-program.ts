import type { Edit, EditFinding } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** A service (or tier) not available to members enrolled in a program (Residential Tier 1 for ACT/ICM members …). */
export const notWithProgram: Edit = {
  id: 'not-with-program',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['not-with-program']?.length ?? 0) > 0,
  check(line, { member, resolved }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['not-with-program']!) {
      if (!rule.services.includes(resolved.service!) || (rule.codes?.length && !rule.codes.includes(resolved.codeId!))) continue;
      const program = member.member!.enrollments.find((e) => rule.programs.includes(e.program) && covers(e, line.serviceDate));
      if (program) (findings ??= []).push({ outcome: 'deny' as const, reason: 'not-covered', rule: ruleRef(rule), saw: { enrolledIn: program.program, code: resolved.codeId } });
    }
    return findings ?? PASS;
  },
};
