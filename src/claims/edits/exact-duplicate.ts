import type { Edit } from '../engine/edit.js';
import { modifiersKey } from '../engine/running-totals.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

/** A line identical to one already paid, reduced or pended (member, provider, date, code, modifiers, units) is denied. */
export const exactDuplicate: Edit = {
  id: 'exact-duplicate',
  appliesTo: (line, { running }) => running.onDay(line.serviceDate).length > 0,
  check(line, { running }) {
    const mods = modifiersKey(line.modifiers);
    const twin = running.onDay(line.serviceDate).find((e) => e.lineId !== line.lineId && e.organizationId === line.billingOrganizationId
      && e.code === line.code && e.modifiersKey === mods && e.units === line.units);
    if (!twin) return PASS;
    return [{ outcome: 'deny', reason: 'duplicate', rule: engineRule('exact-duplicate'), saw: { duplicateOf: twin.lineId, claimId: twin.claimId } }];
  },
};
