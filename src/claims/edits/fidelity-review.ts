import type { Edit } from '../engine/edit.js';
import { ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

/** Lines of a team under an open fidelity review pend from the review's pend date until it closes. */
export const fidelityReview: Edit = {
  id: 'fidelity-review',
  appliesTo: (_line, { resolved }) => (resolved.team?.reviews.length ?? 0) > 0,
  check(line, { catalog, resolved }) {
    const team = resolved.team!;
    const review = team.reviews.find((r) => r.closedOn === null && r.pendFrom <= line.serviceDate);
    if (!review) return PASS;
    const instrument = catalog.pack.fidelity.find((f) => f.program === team.program);
    const rule = instrument ? ruleRef(instrument) : { id: `${team.program}-fidelity`, source: null };
    return [{ outcome: 'pend', reason: 'fidelity-review-pend', rule, saw: { team: team.id, review: review.id, pendFrom: review.pendFrom } }];
  },
};
