import type { Edit } from '../engine/edit.js';
import { daysBetween } from '../engine/dates.js';
import { rulesOfKindOn } from '../engine/resolve-code.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';


/** A claim must be received within the pack's timely-filing days of the date of service. */
export const timelyFiling: Edit = {
  id: 'timely-filing',
  appliesTo: (line, { catalog }) => rulesOfKindOn(catalog, 'timely-filing', line.serviceDate).length > 0,
  check(line, { catalog }) {
    const rule = rulesOfKindOn(catalog, 'timely-filing', line.serviceDate)[0]!;
    const days = daysBetween(line.serviceDate, line.receivedOn);
    if (days <= rule.days) return PASS;
    return [{ outcome: 'deny', reason: 'timely-filing', rule: ruleRef(rule), saw: { serviceDate: line.serviceDate, receivedOn: line.receivedOn, days, allowed: rule.days } }];
  },
};
