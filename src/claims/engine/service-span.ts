import type { Limit } from '../../catalog/index.js';
import type { AuthorizationFacts, MemberFacts, Span } from './types.js';
import { isApproved } from './approved.js';
import { addDays } from './dates.js';

/** The continuous run of a service that contains a date: where it started, and the source it was read from. */
export interface ServiceSpan { from: string; source: 'authorization' | 'plan' }

/**
 * The stay, episode or transition a service date belongs to, read from the member's context rather than new
 * records: the chain of approved authorizations for the limit's service (and codes, where an authorization names
 * one) that touch or overlap — a gap of at most one day — and contain the date; where no authorization covers the
 * date, the same chain of active Recovery Plan lines. Null when neither covers the date. Authorizations of units
 * beyond a limit (`beyondLimit`) are exceptions inside a span, not spans.
 */
export function serviceSpan(limit: Limit, date: string, authorizations: readonly AuthorizationFacts[], member: MemberFacts | null): ServiceSpan | null {
  const services = new Set(limit.appliesTo.services ?? []);
  const codes = new Set(limit.appliesTo.codes ?? []);
  const authorized = authorizations.filter((a) => isApproved(a.status) && !a.beyondLimit && services.has(a.service)
    && (a.code === null || codes.size === 0 || codes.has(a.code)));
  const fromAuthorizations = chainStart(authorized, date);
  if (fromAuthorizations) return { from: fromAuthorizations, source: 'authorization' };
  const planned = (member?.planLines ?? []).filter((p) => services.has(p.service) && (p.code === null || codes.size === 0 || codes.has(p.code)));
  const fromPlan = chainStart(planned, date);
  return fromPlan ? { from: fromPlan, source: 'plan' } : null;
}

/** Start of the chain of spans (overlapping, touching, or with a gap of at most one day) that contains the date, or null. */
export function chainStart(spans: readonly Span[], date: string): string | null {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let start: string | null = null, end: string | null = null;
  for (const s of sorted) {
    const to = s.to ?? '9999-12-31';
    if (start !== null && s.from <= addDays(end!, 2)) {
      if (to > end!) end = to;
    } else {
      if (start !== null && start <= date && date <= end!) return start;
      start = s.from; end = to;
    }
  }
  return start !== null && start <= date && date <= end! ? start : null;
}
