import type { Edit, EditFinding } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { ruleConditionSetting } from './member-settings.js';
import { PASS } from './pass.js';
import { ruleRef } from './rule-ref.js';

/**
 * A service only members enrolled in one of the rule's programs may receive (a Tier 4 Supervised Apartment needs an
 * ACT or ICM team). A rule with a `when` holds only for members in the setting the pack names as its condition
 * (touch-levels.yaml `conditionOf`, decision D-83); a condition the pack cannot detect is not enforced at claim time.
 */
export const requiresProgram: Edit = {
  id: 'requires-program',
  appliesTo: (_line, { member, resolved }) => member.member !== null && (resolved.rules['requires-program']?.length ?? 0) > 0,
  check(line, { catalog, member, resolved }) {
    const date = line.serviceDate;
    let findings: EditFinding[] | null = null;
    for (const rule of resolved.rules['requires-program']!) {
      // The rule is listed for every code of a service it names; named codes narrow it.
      const { codes, services } = rule.appliesTo;
      if (codes?.length ? !codes.includes(resolved.codeId!) : !services?.includes(resolved.service!)) continue;
      let setting: string | null = null;
      if (rule.when !== undefined) {
        const inSetting = ruleConditionSetting(catalog, member, rule.id, date);
        if (!inSetting) continue;
        setting = inSetting.setting;
      }
      if (member.member!.enrollments.some((e) => rule.programs.includes(e.program) && covers(e, date))) continue;
      (findings ??= []).push({ outcome: 'deny', reason: 'program-required', rule: ruleRef(rule), saw: { requires: rule.programs, setting, code: resolved.codeId } });
    }
    return findings ?? PASS;
  },
};
