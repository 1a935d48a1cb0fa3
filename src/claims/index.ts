/** Claims: intake (JSON, 837P), adjudication with atomic consumption, voids/replacements, payment cycles and remittances. */
export { ClaimSubmission, ClaimLineSubmission } from './submission.js';
export { submitClaims, type SubmitClaimsOptions } from './submit-claims.js';
export { import837, type Import837Options, type Import837Result } from './import-837.js';
export { runPaymentCycle, type PaymentCycleOptions } from './run-payment-cycle.js';
export { searchClaims, loadClaim, searchRemittances, loadRemittance, claimScope } from './store.js';
export { seedDemoClaims } from './seed-demo-claims.js';
export { loadAdjudicator, type Adjudicate } from './adjudicator.js';
export { readjudicatePendedLines, type PendedLineTarget, type Readjudication } from './readjudicate-pended-lines.js';
export { claimsRoutes, type ClaimsRoutesOptions } from './routes.js';
export * from './types.js';
