import type { Catalog } from '../../catalog/index.js';
import type { ResolvedLine } from '../engine/edit.js';
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
  const wanted = (id: string) => code.dimensions.includes(id) || id in code.implies;
  const team = resolved.team;
  if (team && wanted('teamSize')) conditions['teamSize'] = team.sizeBand;
  if (team && wanted('teamStage')) {
    const stage = teamStage(catalog, team, line.serviceDate);
    if (stage) conditions['teamStage'] = stage;
  }
  if (team && wanted('rateProgram') && resolved.fidelityLevel) {
    const level = catalog.pack.fidelity.find((f) => f.program === team.program)?.levels.find((l) => l.id === resolved.fidelityLevel);
    if (level) conditions['rateProgram'] = level.billing.rateProgram;
  }
  if (resolved.setting && wanted('setting')) conditions['setting'] = resolved.setting;
  if (line.groupSize !== null && wanted('groupSize')) conditions['groupSize'] = line.groupSize;
  if (line.residents !== null && wanted('residents')) conditions['residents'] = line.residents;
  // A Medicaid claim line bills the care component; room and board and vacant beds are invoiced to the state.
  if (wanted('component')) conditions['component'] = 'care';
  if (wanted('providerType')) {
    const type = providerTypeOn(catalog, line, resolved.service!, ctx);
    if (type && catalog.dimension('providerType')?.values?.includes(type)) conditions['providerType'] = type;
  }
  return conditions;
}

/** New for the pack's team-stage months after the team's start date, then established (decision in the pack). */
export function teamStage(catalog: Catalog, team: TeamFacts, date: string): string | null {
  const rule = rulesOfKindOn(catalog, 'team-stage', date).find((r) => r.program === team.program);
  if (!rule) return null;
  const start = team.startDate;
  // start + months, clamping the day to the month's end as calendar arithmetic does (Jan 31 + 1 month = Feb 28).
  const months = Number(start.slice(5, 7)) - 1 + rule.newForMonths;
  const year = Number(start.slice(0, 4)) + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(Number(start.slice(8, 10)), new Date(Date.UTC(year, month, 0)).getUTCDate());
  const established = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date < established ? 'new-first-year' : 'established';
}

/** The billing organization's enrolled provider type on the date that delivers the service. */
export function providerTypeOn(catalog: Catalog, line: ClaimLine, service: string, ctx: MemberContext): string | null {
  const org = line.billingOrganizationId ? ctx.organizations.get(line.billingOrganizationId) : undefined;
  for (const e of org?.enrollments ?? []) {
    if (covers(e, line.serviceDate) && catalog.providerType(e.providerType)?.services.includes(service)) return e.providerType;
  }
  return null;
}
