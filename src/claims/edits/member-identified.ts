import type { Edit } from '../engine/edit.js';
import { engineRule } from './rule-ref.js';

/** The Medicaid id on the line must match a member on file. */
export const memberIdentified: Edit = {
  id: 'member-identified',
  appliesTo: () => true,
  check(line, { member }) {
    if (line.memberId !== null && member.member !== null) return [];
    return [{ outcome: 'deny', reason: 'member-not-found', rule: engineRule('member-identified'), saw: { medicaidId: line.medicaidId } }];
  },
};
