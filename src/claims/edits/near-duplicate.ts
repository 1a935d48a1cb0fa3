import type { Edit } from '../engine/edit.js';
import { modifiersKey } from '../engine/running-totals.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

/** A line for the same member, date, code and modifiers as another, with different units or provider, pends for review. */
export const nearDuplicate: Edit = {
  id: 'near-duplicate',
  appliesTo: (line, { running }) => running.onDay(line.serviceDate).length > 0,
  check(line, { running }) {
    const mods = modifiersKey(line.modifiers);
    const near = running.onDay(line.serviceDate).find((e) => e.lineId !== line.lineId && e.code === line.code
      && e.modifiersKey === mods && (e.units !== line.units || e.organizationId !== line.billingOrganizationId));
    if (!near) return PASS;
    return [{ outcome: 'pend', reason: 'near-duplicate', rule: engineRule('near-duplicate'), saw: { similarTo: near.lineId, units: near.units, provider: near.organizationId } }];
  },
};
