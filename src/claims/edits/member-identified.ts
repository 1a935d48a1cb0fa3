import type { Edit } from '../engine/edit.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

/** The Medicaid id on the line must match a member on file. */
export const memberIdentified: Edit = {
  id: 'member-identified',
  appliesTo: () => true,
  check(line, { member }) {
    if (line.memberId !== null && member.member !== null) return PASS;
    return [{ outcome: 'deny', reason: 'member-not-found', rule: engineRule('member-identified'), saw: { medicaidId: line.medicaidId } }];
  },
};
