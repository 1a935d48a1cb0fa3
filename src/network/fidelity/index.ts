/** Fidelity of team programs (instrument reviews, levels, billing consequences) and item-scale reviews of organizations. */
export { fidelityReviews, scaleReviews } from './tables.js';
export { computeFidelityLevel, type ReviewScores, type ThresholdCheck, type FidelityOutcome } from './compute-fidelity-level.js';
export { scoreItemScale, type ItemRatings, type ScaleScore } from './score-item-scale.js';
export { fidelityTimeline, type BillingPeriod, type FidelityTimeline, type ReviewFacts, type TimelineFacts } from './fidelity-timeline.js';
export { findInstrument, findScale } from './find-instrument.js';
export { reviewFactsForTeams } from './review-facts-for-teams.js';
export { closeFidelityReview, type OnReviewClosed } from './close-fidelity-review.js';
export { fidelityRoutes, type FidelityRoutesOptions } from './routes.js';
export * from './types.js';
