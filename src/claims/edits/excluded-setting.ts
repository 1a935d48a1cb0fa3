import type { Edit, EditFinding } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** A service is not paid in a setting its pack rule excludes (CPST/PSR in an IMD, Residential in an institution …). */
export const excludedSetting: Edit = {
  id: 'excluded-setting',
  appliesTo: (_line, { resolved }) => (resolved.rules['excluded-setting']?.length ?? 0) > 0 && resolved.settings.length > 0,
  check(line, { resolved }) {
    let findings: EditFinding[] | undefined;
    for (const rule of resolved.rules['excluded-setting']!) {
      if (rule.appliesTo.codes?.length && !rule.appliesTo.codes.includes(resolved.codeId!)) continue;
      const hit = rule.settings.find((s) => resolved.settings.includes(s));
      if (hit) (findings ??= []).push({ outcome: 'deny' as const, reason: 'excluded-setting', rule: ruleRef(rule), saw: { placeOfService: line.placeOfService, setting: hit } });
    }
    return findings ?? PASS;
  },
};
