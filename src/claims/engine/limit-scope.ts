import type { Catalog, Limit, Unit } from '../../catalog/index.js';
import { periodKey } from './period-key.js';
import type { MemberFacts } from './types.js';

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
  /** The limit's maximum in the same base units. */
  max: number;
}

const MINUTES_PER_HOUR = 60;

/**
 * The limits a line counts toward, with accumulator keys. Limits are skipped when their filters do not match
 * (practitioner category, setting, fidelity level) or when their period or measure is not one a line shows
 * (stay, episode, transition, months, dollars: kept by the pipeline's stay and transition records).
 */
export function limitUses(catalog: Catalog, facts: LimitFacts, unit: Unit, limits: readonly Limit[], member: MemberFacts | null): LimitUse[] {
  const uses: LimitUse[] = [];
  const code = catalog.code(facts.codeId);
  let levelled: string[] | null = null;
  for (const limit of limits) {
    if (limit.practitionerCategory && code?.practitionerCategory !== limit.practitionerCategory) continue;
    if (limit.setting && facts.setting !== limit.setting) continue;
    // The Medicaid claim line bills the care component; component-specific limits count invoices to the state.
    if (limit.conditions && Object.entries(limit.conditions).some(([k, v]) => k !== 'component' || v !== 'care')) continue;
    if (limit.fidelityLevel) {
      // Caps vary by the team's fidelity level; with no level on file the first variant of each cap applies.
      const signature = facts.fidelityLevel ? '' : `${limit.practitionerCategory ?? ''}|${limit.setting ?? ''}|${limit.period}|${limit.measure}`;
      if (facts.fidelityLevel ? facts.fidelityLevel !== limit.fidelityLevel : levelled?.includes(signature)) continue;
      if (!facts.fidelityLevel) (levelled ??= []).push(signature);
    }
    const perUnit = unitsOf(limit.measure, unit);
    if (perUnit === null) continue;
    const period = periodKey(limit.period, facts.serviceDate, member);
    if (period === null) continue;
    const scope = limit.per === 'member-provider' ? `:${facts.organizationId}` : limit.per === 'member-team' ? `:${facts.teamId}` : '';
    const max = limit.measure === 'hours' ? Number(limit.max) * MINUTES_PER_HOUR : Number(limit.max);
    uses.push({ limit, key: `${limit.id}:${period}${scope}`, period, perUnit, max });
  }
  return uses;
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

/** The amount a consumption entry records, in the limit's own measure (hours as hours). */
export function measureAmount(use: LimitUse, base: number): number {
  return use.limit.measure === 'hours' ? base / MINUTES_PER_HOUR : base;
}
