import type { Edit } from '../engine/edit.js';
import { covers } from '../engine/resolve-line.js';
import { engineRule } from './rule-ref.js';
import { PASS } from './pass.js';

/** The member must hold an eligibility span for the program on the date of service. */
export const memberEligible: Edit = {
  id: 'member-eligible',
  appliesTo: (_line, { member }) => member.member !== null,
  check(line, { member }) {
    const spans = member.member!.eligibility.filter((e) => e.program === line.program);
    if (spans.some((e) => covers(e, line.serviceDate))) return PASS;
    const later = spans.some((e) => e.from > line.serviceDate);
    return [{
      outcome: 'deny', reason: later ? 'member-not-yet-eligible' : 'member-not-eligible', rule: engineRule('member-eligible'),
      saw: { date: line.serviceDate, spans: spans.map((e) => `${e.from}..${e.to ?? 'open'}`) },
    }];
  },
};
