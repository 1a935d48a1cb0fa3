import type { Edit } from '../engine/edit.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

/** The code + modifiers must be a billing code of the program in force on the date of service (codes.yaml). */
export const codeValidOnDate: Edit = {
  id: 'code-valid-on-date',
  appliesTo: () => true,
  check(_line, { resolved }) {
    if (!resolved.problem) return PASS;
    return [{ outcome: 'deny', reason: resolved.problem.reason, rule: engineRule('codes'), saw: resolved.problem.saw }];
  },
};
