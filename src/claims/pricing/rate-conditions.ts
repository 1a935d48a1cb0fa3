import type { BillingCode, Catalog, Rule } from '../../catalog/index.js';
import type { ResolvedLine } from '../engine/edit.js';
import { addMonths } from '../engine/dates.js';
import { rulesOfKindOn } from '../engine/resolve-code.js';
import { covers } from '../engine/resolve-line.js';
import type { ClaimLine, MemberContext, TeamFacts } from '../engine/types.js';

/**
 * The rate conditions a line's facts give, for the dimensions its code is priced by or implies (dimensions.yaml
 * `derivedFrom`): team size band and stage, rate program from the team's fidelity level, setting from the place of
 * service, members served together, Group Home census, the billing provider's enrolled type, the billed component.
 * A fact that is not on file is left out, so the lookup names it as missing.
 */
export function rateConditions(catalog: Catalog, line: ClaimLine, resolved: ResolvedLine, ctx: MemberContext): Record<string, string | number> {
  const code = resolved.code!;
  const conditions: Record<string, string | number> = {};
  const team = resolved.team;
  if (team && wants(code, 'teamSize')) conditions['teamSize'] = team.sizeBand;
  if (team && wants(code, 'teamStage')) {
    const stage = teamStage(catalog, team, line.serviceDate);
    if (stage) conditions['teamStage'] = stage;
  }
  if (team && wants(code, 'rateProgram') && resolved.fidelityLevel) {
    const level = catalog.pack.fidelity.find((f) => f.program === team.program)?.levels.find((l) => l.id === resolved.fidelityLevel);
    if (level) conditions['rateProgram'] = level.billing.rateProgram;
  }
  if (resolved.setting && wants(code, 'setting')) conditions['setting'] = resolved.setting;
  if (line.groupSize !== null && wants(code, 'groupSize')) conditions['groupSize'] = line.groupSize;
  if (line.residents !== null && wants(code, 'residents')) conditions['residents'] = line.residents;
  // A Medicaid claim line bills the care component; room and board and vacant beds are invoiced to the state.
  if (wants(code, 'component')) conditions['component'] = 'care';
  for (const rule of resolved.rules['provider-year'] ?? NO_RULES) {
    if (!wants(code, rule.dimension)) continue;
    const value = providerYear(catalog, line, resolved.service!, ctx, rule);
    if (value) conditions[rule.dimension] = value;
  }
  if (wants(code, 'providerType')) {
    const type = providerTypeOn(catalog, line, resolved.service!, ctx);
    if (type && catalog.dimension('providerType')?.values?.includes(type)) conditions['providerType'] = type;
  }
  return conditions;
}

/** Whether a code is priced by, or implies, a rate dimension. */
function wants(code: BillingCode, id: string): boolean {
  return code.dimensions.includes(id) || id in code.implies;
}

/** New for the pack's team-stage months after the team's start date, then established (decision in the pack). */
export function teamStage(catalog: Catalog, team: TeamFacts, date: string): string | null {
  const rule = rulesOfKindOn(catalog, 'team-stage', date).find((r) => r.program === team.program);
  if (!rule) return null;
  const established = addMonths(team.startDate, rule.newForMonths);
  return date < established ? 'new-first-year' : 'established';
}

type ProviderYearRule = Extract<Rule, { kind: 'provider-year' }>;
const NO_RULES: readonly ProviderYearRule[] = [];

/**
 * The provider-year value of a date: whole periods of `monthsEach` since the billing organization's first enrollment
 * for a provider type that delivers the service (its initial certification), capped at the last value. Null when
 * the organization has no such enrollment, so the rate lookup names the fact as missing.
 */
export function providerYear(catalog: Catalog, line: ClaimLine, service: string, ctx: MemberContext, rule: ProviderYearRule): string | null {
  const org = line.billingOrganizationId ? ctx.organizations.get(line.billingOrganizationId) : undefined;
  let start: string | null = null;
  for (const e of org?.enrollments ?? []) {
    if (e.program === line.program && (start === null || e.from < start) && catalog.providerType(e.providerType)?.services.includes(service)) start = e.from;
  }
  if (start === null || line.serviceDate < start) return null;
  let period = 0;
  while (period < rule.values.length - 1 && line.serviceDate >= addMonths(start, rule.monthsEach * (period + 1))) period++;
  return rule.values[period]!;
}

/** The billing organization's enrolled provider type on the date that delivers the service. */
export function providerTypeOn(catalog: Catalog, line: ClaimLine, service: string, ctx: MemberContext): string | null {
  const org = line.billingOrganizationId ? ctx.organizations.get(line.billingOrganizationId) : undefined;
  for (const e of org?.enrollments ?? []) {
    if (covers(e, line.serviceDate) && catalog.providerType(e.providerType)?.services.includes(service)) return e.providerType;
  }
  return null;
}
