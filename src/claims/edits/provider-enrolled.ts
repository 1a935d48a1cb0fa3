import type { Edit } from '../engine/edit.js';
import { addMonths } from '../engine/dates.js';
import { covers } from '../engine/resolve-line.js';
import type { OrganizationFacts } from '../engine/types.js';
import { engineRule, ruleRef } from './rule-ref.js';
import { PASS } from './pass.js';

// A lapsed enrollment still pays the dates before it lapsed: a lapse is the consequence of the certification or
// re-verification dates checked below, so those dates, not the status, decide each service date.
const PAYABLE_STATUSES = new Set(['active', 'provisional', 'lapsed']);
const NO_ENROLLMENTS: OrganizationFacts['enrollments'] = [];

/**
 * The billing provider must be enrolled on the date for a provider type that delivers the service, with status
 * active or provisional (or lapsed, for dates before the lapse), certification current (certifiedThrough) and re-verification current (lastVerifiedOn plus
 * the provider type's verification everyMonths).
 */
export const providerEnrolled: Edit = {
  id: 'provider-enrolled',
  appliesTo: (_line, { resolved }) => resolved.code !== null,
  check(line, { catalog, member, resolved }) {
    const date = line.serviceDate;
    const org = line.billingOrganizationId ? member.organizations.get(line.billingOrganizationId) : undefined;
    // The common case first, without allocating: one enrollment that passes every check below.
    for (const e of org?.enrollments ?? NO_ENROLLMENTS) {
      if (e.program !== line.program || !covers(e, date) || !PAYABLE_STATUSES.has(e.status) || e.certifiedThrough === null || date > e.certifiedThrough) continue;
      const type = catalog.providerType(e.providerType);
      if (!type?.services.includes(resolved.service!)) continue;
      if (!type.verification || (e.lastVerifiedOn !== null && date <= addMonths(e.lastVerifiedOn, type.verification.everyMonths))) return PASS;
    }
    // Otherwise say which check failed.
    const enrollments = (org?.enrollments ?? []).filter((e) => e.program === line.program && covers(e, date) && PAYABLE_STATUSES.has(e.status));
    if (enrollments.length === 0) {
      return [{ outcome: 'deny', reason: 'provider-not-enrolled', rule: engineRule('provider-enrollment'), saw: { billingNpi: line.billingNpi, date } }];
    }
    const delivering = enrollments.filter((e) => catalog.providerType(e.providerType)?.services.includes(resolved.service!));
    if (delivering.length === 0) {
      return [{ outcome: 'deny', reason: 'provider-not-certified-for-service', rule: engineRule('provider-types'), saw: { service: resolved.service, providerTypes: enrollments.map((e) => e.providerType) } }];
    }
    const certified = delivering.filter((e) => e.certifiedThrough !== null && date <= e.certifiedThrough);
    if (certified.length === 0) {
      const type = catalog.providerType(delivering[0]!.providerType)!;
      return [{ outcome: 'deny', reason: 'provider-not-certified-for-service', rule: ruleRef(type), saw: { certifiedThrough: delivering.map((e) => e.certifiedThrough), date } }];
    }
    for (const e of certified) {
      const verification = catalog.providerType(e.providerType)!.verification;
      if (!verification) return PASS;
      if (e.lastVerifiedOn !== null && date <= addMonths(e.lastVerifiedOn, verification.everyMonths)) return PASS;
    }
    const e = certified[0]!;
    const verification = catalog.providerType(e.providerType)!.verification!;
    return [{
      outcome: 'deny', reason: 'provider-reverification-lapsed', rule: { id: `${e.providerType}.verification`, source: verification.source },
      saw: { lastVerifiedOn: e.lastVerifiedOn, everyMonths: verification.everyMonths, date },
    }];
  },
};
