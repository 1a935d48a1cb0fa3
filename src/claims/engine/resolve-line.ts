import type { Catalog } from '../../catalog/index.js';
import type { ResolvedLine } from './edit.js';
import { placeOfService } from './place-of-service.js';
import { resolveCode } from './resolve-code.js';
import type { ClaimLine, MemberContext, TeamFacts } from './types.js';

/** Whether a span covers a date (both ends inclusive, open `to`). */
export function covers(span: { from: string; to: string | null }, date: string): boolean {
  return span.from <= date && (span.to === null || date <= span.to);
}

/**
 * The line's code resolved on its service date, with its setting (from the place of service), the member's team
 * for team-program codes, and that team's fidelity level. A code two services share (T2033 residential vs
 * respite) is read as the service on the member's Recovery Plan or authorization on the date.
 */
export function resolveLine(catalog: Catalog, line: ClaimLine, ctx: MemberContext): ResolvedLine {
  let code = resolveCode(catalog, line.code, line.modifiers, line.serviceDate);
  if (code.problem?.reason === 'missing-information') {
    const service = sharedCodeService(catalog, line, ctx, code.problem.saw['services'] as string[]);
    if (service) code = resolveCode(catalog, line.code, line.modifiers, line.serviceDate, service);
  }
  const pos = placeOfService(line.placeOfService);
  const team = code.teamPrograms.length > 0 ? teamOf(catalog, line, ctx, code.teamPrograms) : null;
  // The cached code facts are the prototype: a line adds four fields instead of copying a dozen.
  const resolved = Object.create(code) as ResolvedLine;
  resolved.setting = pos.setting;
  resolved.settings = pos.settings;
  resolved.team = team;
  resolved.fidelityLevel = team ? fidelityLevelOn(team, line.serviceDate) : null;
  return resolved;
}

/**
 * Which of the services sharing a billed code the line is: the one on the member's plan or authorizations on the
 * date; if both are, the one planned or authorized with the billing provider; if still both, the one the billing
 * provider's enrolled types deliver. Null when that does not decide it (the line is denied for missing information).
 */
function sharedCodeService(catalog: Catalog, line: ClaimLine, ctx: MemberContext, services: readonly string[]): string | null {
  const date = line.serviceDate, org = line.billingOrganizationId;
  const plannedWith = (s: string, byOrg: boolean) =>
    ctx.member?.planLines.some((p) => p.service === s && covers(p, date) && (!byOrg || p.organizationId === org))
    || ctx.authorizations.some((a) => a.service === s && a.from <= date && date <= a.to && (!byOrg || a.organizationId === org));
  let candidates = services.filter((s) => plannedWith(s, false));
  if (candidates.length > 1) candidates = candidates.filter((s) => plannedWith(s, true));
  if (candidates.length > 1) {
    const delivered = ctx.organizations.get(org ?? '')?.enrollments
      .filter((e) => e.program === line.program && covers(e, date)).flatMap((e) => catalog.providerType(e.providerType)?.services ?? []) ?? [];
    candidates = candidates.filter((s) => delivered.includes(s));
  }
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The member's team on the date that bills the line: an enrollment in a team program, with the billing organization. */
export function teamOf(catalog: Catalog, line: ClaimLine, ctx: MemberContext, programs: readonly string[]): TeamFacts | null {
  let fallback: TeamFacts | null = null;
  for (const e of ctx.member?.enrollments ?? []) {
    if (!e.teamId || e.organizationId !== line.billingOrganizationId || !covers(e, line.serviceDate)) continue;
    const team = ctx.teams.get(e.teamId);
    if (!team) continue;
    if (programs.includes(e.program)) return team;
    if (catalog.manifest.programs.some((p) => p.id === e.program && p.kind === 'team')) fallback = team;
  }
  return fallback;
}

/** The team's fidelity level id in force on a date, or null. */
export function fidelityLevelOn(team: TeamFacts, date: string): string | null {
  for (const f of team.fidelity) if (covers(f, date)) return f.level;
  return null;
}
