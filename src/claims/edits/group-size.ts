import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** A group service pays only within its group size (PSR and peer groups 1:8; STSGSE 2–4 members). */
export const groupSize: Edit = {
  id: 'group-size',
  appliesTo: (line, { resolved }) => line.groupSize !== null && (resolved.rules['group-size']?.length ?? 0) > 0,
  check(line, { resolved }) {
    const size = line.groupSize!;
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['group-size']!) {
      if (rule.appliesTo.codes?.length && !rule.appliesTo.codes.includes(resolved.codeId!)) continue;
      if (size > rule.max || (rule.min !== undefined && size < rule.min)) {
        (findings ??= []).push({ outcome: 'deny' as const, reason: 'group-size-exceeded', rule: ruleRef(rule), saw: { groupSize: size, min: rule.min, max: rule.max } });
      }
    }
    return findings ?? PASS;
  },
};
