import type { Edit } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';

/** Group ACT/ICM contacts are not reimbursable: a line for more than one member served together is denied. */
export const groupNotReimbursable: Edit = {
  id: 'group-not-reimbursable',
  appliesTo: (line, { resolved }) => (resolved.rules['group-not-reimbursable']?.length ?? 0) > 0 && ((line.groupSize ?? 1) > 1 || line.modifiers.includes('HQ')),
  check(line, { resolved }) {
    const rule = resolved.rules['group-not-reimbursable']![0]!;
    return [{ outcome: 'deny', reason: 'group-not-reimbursable', rule: ruleRef(rule), saw: { groupSize: line.groupSize, modifiers: line.modifiers } }];
  },
};
