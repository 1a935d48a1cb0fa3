import type { Edit } from '../engine/edit.js';
import { ageLimit } from './age-limit.js';
import { authorizationRequired } from './authorization-required.js';
import { billingMethodExclusive } from './billing-method-exclusive.js';
import { codeValidOnDate } from './code-valid-on-date.js';
import { dailyPerDiem } from './daily-per-diem.js';
import { exactDuplicate } from './exact-duplicate.js';
import { excludedSetting } from './excluded-setting.js';
import { fidelityReview } from './fidelity-review.js';
import { groupNotReimbursable } from './group-not-reimbursable.js';
import { groupSize } from './group-size.js';
import { memberEligible } from './member-eligible.js';
import { memberEnrolled } from './member-enrolled.js';
import { memberIdentified } from './member-identified.js';
import { minimumMinutesPerUnit } from './minimum-minutes-per-unit.js';
import { nearDuplicate } from './near-duplicate.js';
import { notWithProgram } from './not-with-program.js';
import { perDiemContact } from './per-diem-contact.js';
import { planCostCap } from './plan-cost-cap.js';
import { planRequired } from './plan-required.js';
import { providerEnrolled } from './provider-enrolled.js';
import { quantityLimits } from './quantity-limits.js';
import { renderingQualified } from './rendering-qualified.js';
import { requiresProgram } from './requires-program.js';
import { sameDaySameTime } from './same-day-same-time.js';
import { samePlan } from './same-plan.js';
import { teamOnlyService } from './team-only-service.js';
import { timelyFiling } from './timely-filing.js';
import { touchLevelSupported } from './touch-level-supported.js';
import { unitsConsistent } from './units-consistent.js';

/** The claims edits in the order the pipeline runs them; pricing and the decision follow. */
export const EDITS: readonly Edit[] = Object.freeze([
  memberIdentified,       // the Medicaid id matches a member                                   member-not-found
  memberEligible,         // eligible for the program on the date                               member-not-eligible
  codeValidOnDate,        // code + modifiers billable on the date (codes.yaml)                 invalid-code-for-date
  timelyFiling,           // received within the timely-filing days                             timely-filing
  memberEnrolled,         // enrolled in the program; ACT/ICM codes with the billing team       member-not-enrolled(-in-team)
  ageLimit,               // age limits (ACT/ICM, CPST, PSR 18 and over)                        age-limit
  providerEnrolled,       // provider type delivers the service; active, certified, re-verified provider-not-…
  renderingQualified,     // rendering practitioner holds the level the modifier bills          rendering-not-qualified
  unitsConsistent,        // whole units; one per diem a day; one monthly unit a month          units-inconsistent
  minimumMinutesPerUnit,  // the 8-minute rule for 15-minute units                              units-exceed-minutes
  excludedSetting,        // not in a setting the pack excludes (IMD, institutions …)           excluded-setting
  groupNotReimbursable,   // group ACT/ICM contacts are not reimbursable                        group-not-reimbursable
  groupSize,              // PSR and peer groups 1:8; STSGSE 2–4                                group-size-exceeded
  perDiemContact,         // ACT/ICM per diem needs a face-to-face contact of 8 minutes         per-diem-without-contact
  teamOnlyService,        // CPST, peer, PSR only through the member's ACT/ICM team             team-only-service
  notWithProgram,         // tiers not available to ACT/ICM members                             not-covered
  planRequired,           // the service is on the active Recovery Plan                         not-on-recovery-plan
  samePlan,               // services that may not share a Recovery Plan                        same-plan-conflict
  touchLevelSupported,    // Care Management touch level no higher than the member's setting    level-not-supported
  requiresProgram,        // Tier 4 Supervised Apartment only with an ACT/ICM team              program-required
  exactDuplicate,         // same provider, date, code, modifiers, units                        duplicate
  nearDuplicate,          // same date and code, other units or provider                        near-duplicate
  sameDaySameTime,        // services that may not overlap in time                              same-day-same-time
  dailyPerDiem,           // one ACT per diem a day; one ICM per diem per category a day        daily-per-diem
  billingMethodExclusive, // per diems or 15-minute units in a month, not both                  billing-method-exclusive
  fidelityReview,         // team under an open fidelity review                                 fidelity-review-pend
  quantityLimits,         // every limits.yaml cap, reduced to what remains                     per-diem-*-cap, limit-exceeded-*
  authorizationRequired,  // authorization covers the date and has units left                   authorization-*
  planCostCap,            // Tier 3/4 apartment supports within the Group Home per diem a day   plan-cost-cap-exceeded
]);
