import type { Catalog, Limit, Unit } from '../../catalog/index.js';
import { addMonths } from './dates.js';
import { centsOf } from './cents.js';
import { periodKey } from './period-key.js';
import { serviceSpan } from './service-span.js';
import type { AuthorizationFacts, MemberFacts } from './types.js';

/** Facts of a line (this batch or history) that decide which limit accumulators it counts toward. */
export interface LimitFacts {
  codeId: string;
  serviceDate: string;
  organizationId: string | null;
  teamId: string | null;
  setting: string | null;
  fidelityLevel: string | null;
}

/** One limit applied to one line: its accumulator key and how a unit of the line counts toward it. */
export interface LimitUse {
  limit: Limit;
  /** `limitId:period[:scope]`, the accumulator the pipeline updates atomically. */
  key: string;
  period: string;
  /** Amount of the limit's measure one billed unit uses, in base units (minutes for hours). 0 = counted per day. */
  perUnit: number;
  /** The limit's maximum in the same base units (cents for dollars, months for a span). */
  max: number;
  /** How the limit counts: `count` accumulates units, minutes or days; `money` accumulates the cents paid; `span`
   * keeps no total — a stay or episode is measured from its start (`until` is the first date past the limit). */
  basis: 'count' | 'money' | 'span';
  until?: string;
}

const MINUTES_PER_HOUR = 60;

/**
 * The limits a line counts toward, with accumulator keys. Limits are skipped when their filters do not match
 * (practitioner category, setting, fidelity level, a component other than the Medicaid care line). A stay,
 * episode or transition is the continuous span of the service's approved authorizations (else Recovery Plan
 * lines) that contains the date (service-span.ts); months are measured from its start, dollars summed within it.
 */
export function limitUses(
  catalog: Catalog, facts: LimitFacts, unit: Unit, limits: readonly Limit[], member: MemberFacts | null,
  authorizations: readonly AuthorizationFacts[] = [],
): LimitUse[] {
  const uses: LimitUse[] = [];
  const code = catalog.code(facts.codeId);
  let levelled: string[] | null = null;
  for (const limit of limits) {
    if (limit.practitionerCategory && code?.practitionerCategory !== limit.practitionerCategory) continue;
    if (limit.setting && facts.setting !== limit.setting) continue;
    // The Medicaid claim line bills the care component; component-specific limits count invoices to the state.
    if (limit.conditions && !onMedicaidLine(limit)) continue;
    if (limit.fidelityLevel) {
      // Caps vary by the team's fidelity level; with no level on file the first variant of each cap applies.
      const signature = facts.fidelityLevel ? '' : `${limit.practitionerCategory ?? ''}|${limit.setting ?? ''}|${limit.period}|${limit.measure}`;
      if (facts.fidelityLevel ? facts.fidelityLevel !== limit.fidelityLevel : levelled?.includes(signature)) continue;
      if (!facts.fidelityLevel) (levelled ??= []).push(signature);
    }
    const spanned = limit.period === 'stay' || limit.period === 'episode' || limit.period === 'transition';
    const span = spanned ? serviceSpan(limit, facts.serviceDate, authorizations, member) : null;
    const period = periodKey(limit.period, facts.serviceDate, member, span);
    if (period === null) continue;
    const scope = limit.per === 'member-provider' ? `:${facts.organizationId}` : limit.per === 'member-team' ? `:${facts.teamId}` : '';
    const key = `${limit.id}:${period}${scope}`;
    if (limit.measure === 'months') {
      if (!span) continue;
      uses.push({ limit, key, period, perUnit: 0, max: Number(limit.max), basis: 'span', until: addMonths(span.from, Number(limit.max)) });
      continue;
    }
    // Money counts in integer cents so sums are exact.
    if (limit.measure === 'dollars') { uses.push({ limit, key, period, perUnit: 1, max: centsOf(String(limit.max)), basis: 'money' }); continue; }
    const perUnit = unitsOf(limit.measure, unit);
    if (perUnit === null) continue;
    const max = limit.measure === 'hours' ? Number(limit.max) * MINUTES_PER_HOUR : Number(limit.max);
    uses.push({ limit, key, period, perUnit, max, basis: 'count' });
  }
  return uses;
}

// Whether a limit's conditions fit the Medicaid care line (component: care only), once per (frozen) limit.
const medicaidLine = new WeakMap<Limit, boolean>();
function onMedicaidLine(limit: Limit): boolean {
  let fits = medicaidLine.get(limit);
  if (fits === undefined) medicaidLine.set(limit, (fits = Object.entries(limit.conditions ?? {}).every(([k, v]) => k === 'component' && v === 'care')));
  return fits;
}

/** How much of a measure one unit uses (minutes for hours); 0 for days counted per date; null when not countable. */
function unitsOf(measure: Limit['measure'], unit: Unit): number | null {
  switch (measure) {
    case 'units': case 'per-diems': return 1;
    case 'hours': return unit.kind === 'timed' ? unit.minutes : unit.kind === 'hour' ? MINUTES_PER_HOUR : null;
    case 'days': return unit.kind === 'day' ? 1 : 0;
    default: return null;
  }
}

/** The amount a consumption entry records, in the limit's own measure (hours as hours, dollars from cents). */
export function measureAmount(use: LimitUse, base: number): number {
  return use.limit.measure === 'hours' ? base / MINUTES_PER_HOUR : use.basis === 'money' ? base / 100 : base;
}

/** The inverse of `measureAmount`: a stored accumulator amount in the engine's base units (minutes, cents). */
export function baseAmount(use: LimitUse, measured: number): number {
  return use.limit.measure === 'hours' ? Math.round(measured * MINUTES_PER_HOUR) : use.basis === 'money' ? Math.round(measured * 100) : measured;
}
