import type { Edit } from '../engine/edit.js';
import { engineRule, ruleRef } from './rule-ref.js';
import { holdsLevel, LEVEL_MODIFIERS } from './practitioner-level.js';
import { PASS } from './pass.js';

/**
 * The rendering practitioner must hold the level the modifier bills (HO master's/licensed/team lead, HN bachelor's,
 * HM less than bachelor's or peer, AM physician, HP APRN, TD RN) and work for the billing provider. A team code
 * (ACT/ICM practitioner category) without a rendering practitioner is denied; other codes without one are not judged.
 */
export const renderingQualified: Edit = {
  id: 'rendering-qualified',
  appliesTo: (line, { resolved }) => resolved.code !== null && (resolved.code.practitionerCategory !== undefined || line.modifiers.some((m) => LEVEL_MODIFIERS.has(m))),
  check(line, { catalog, member, resolved }) {
    const level = line.modifiers.find((m) => LEVEL_MODIFIERS.has(m));
    const modifier = level ? catalog.modifier(level) : undefined;
    const category = resolved.code!.practitionerCategory ? catalog.practitionerCategory(resolved.code!.practitionerCategory) : undefined;
    const rule = modifier ? ruleRef({ id: `modifier.${modifier.code}`, source: modifier.source, decision: modifier.decision })
      : category ? ruleRef(category) : engineRule('rendering-practitioner');
    if (line.renderingStaffId === null) {
      // Outside a team the 837P may leave the rendering provider out (billing = rendering): nothing to judge.
      if (!category) return PASS;
      return [{ outcome: 'deny', reason: 'rendering-not-qualified', rule, saw: { rendering: null, modifier: level ?? null } }];
    }
    const staff = member.staff.get(line.renderingStaffId);
    if (!staff || staff.organizationId !== line.billingOrganizationId) {
      return [{ outcome: 'deny', reason: 'rendering-not-qualified', rule, saw: { rendering: line.renderingStaffId, ofBillingProvider: false } }];
    }
    if (level && !holdsLevel(staff, level, line.serviceDate)) {
      return [{ outcome: 'deny', reason: 'rendering-not-qualified', rule, saw: { rendering: staff.id, modifier: level, role: staff.role, degree: staff.degree, credentials: staff.credentials.map((c) => c.name) } }];
    }
    return PASS;
  },
};
