import { isEffectiveOn } from '../../catalog/index.js';
import type { Edit } from '../engine/edit.js';
import { memberTouchLevel, touchLevelOfCode } from './member-settings.js';
import { PASS } from './pass.js';
import { ruleRef } from './rule-ref.js';

/**
 * A monthly Care Management code bills a touch level no higher than the member's setting allows on the date
 * (touch-levels.yaml `detect`, decision D-82). A lower level pays; a setting the facts cannot tell passes.
 */
export const touchLevelSupported: Edit = {
  id: 'touch-level-supported',
  appliesTo: (_line, { catalog, member, resolved }) => member.member !== null && resolved.codeId !== null && touchLevelOfCode(catalog, resolved.codeId) !== undefined,
  check(line, { catalog, member, resolved }) {
    const billed = touchLevelOfCode(catalog, resolved.codeId!)!;
    if (billed.rank === undefined || !isEffectiveOn(billed, line.serviceDate)) return PASS;
    const allowed = memberTouchLevel(catalog, member, line.serviceDate);
    if (!allowed.known || billed.rank <= allowed.level.rank!) return PASS;
    const rule = ruleRef({ id: allowed.level.id, source: allowed.level.source, decision: allowed.decision });
    return [{ outcome: 'deny', reason: 'level-not-supported', rule, saw: { billed: billed.id, allowed: allowed.level.id, settings: allowed.settings } }];
  },
};
