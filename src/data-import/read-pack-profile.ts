import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AuthorizationMode, ProgramProfile, ProviderTypeProfile } from './program-profile.js';

type Entry = Record<string, unknown>;

/**
 * Overlays what a policy pack states onto a generator profile, so generated ids follow the pack: the program id
 * (pack.yaml), team programs (pack.yaml `programs`), provider types and the services each delivers
 * (provider-types.yaml), authorization modes and spans (services.yaml, authorization.yaml), team size bands
 * and stage length (rules.yaml), and the limits a plan line needs its own approval beyond (limits.yaml). Files the pack does not have yet leave the profile's fallback in place. It reads
 * entries loosely (ids and the few fields it needs) because the pack's own loader is what validates a pack.
 */
export function readPackProfile(packDir: string | undefined, base: ProgramProfile): ProgramProfile {
  if (!packDir || !existsSync(packDir)) return base;
  const profile: ProgramProfile = { ...base, authorization: { ...base.authorization } };

  const manifest = readYaml(packDir, 'pack.yaml') as Entry | undefined;
  if (manifest && typeof manifest.id === 'string') profile.program = manifest.id;
  const programs = Array.isArray(manifest?.programs) ? (manifest.programs as Entry[]) : [];
  const teamIds = new Map(programs.filter((p) => p.kind === 'team').map((p) => [p.id, p.name]));
  if (teamIds.size > 0) {
    profile.teamPrograms = base.teamPrograms.filter((t) => teamIds.has(t.id))
      .map((t) => ({ ...t, name: typeof teamIds.get(t.id) === 'string' ? (teamIds.get(t.id) as string) : t.name }));
  }

  const providerTypes = entries(packDir, 'provider-types.yaml')
    .filter((e) => typeof e.id === 'string')
    .map((e): ProviderTypeProfile => ({
      id: e.id as string,
      name: typeof e.name === 'string' ? e.name : (e.id as string),
      services: Array.isArray(e.services) ? e.services.filter((s): s is string => typeof s === 'string') : [],
      ...verifyEvery(e.verification),
    }));
  if (providerTypes.length > 0) profile.providerTypes = providerTypes;

  for (const service of entries(packDir, 'services.yaml')) {
    if (typeof service.id !== 'string') continue;
    if (service.authorization === 'none') delete profile.authorization[service.id];
    else if (service.authorization === 'registration' || service.authorization === 'prior-authorization') {
      profile.authorization[service.id] = { mode: service.authorization, days: profile.authorization[service.id]?.days ?? 180 };
    }
  }
  for (const rule of entries(packDir, 'authorization.yaml')) {
    const services = (rule.appliesTo as Entry | undefined)?.services;
    if (rule.when !== 'always' || !Array.isArray(services) || !isMode(rule.mode)) continue;
    for (const id of services) {
      if (typeof id !== 'string') continue;
      const days = typeof rule.maxSpanDays === 'number' ? rule.maxSpanDays : profile.authorization[id]?.days ?? 180;
      profile.authorization[id] = { mode: rule.mode, days };
    }
  }

  const rules = entries(packDir, 'rules.yaml');
  profile.teamPrograms = profile.teamPrograms.map((team) => {
    const caps = { ...team.caps };
    for (const r of rules) {
      if (r.kind !== 'team-size-band' || r.program !== team.id || typeof r.maxMembers !== 'number') continue;
      if (r.band === 'small' || r.band === 'large') caps[r.band] = r.maxMembers;
    }
    return { ...team, caps };
  });
  const stage = rules.find((r) => r.kind === 'team-stage' && typeof r.newForMonths === 'number');
  if (stage) profile.newTeamMonths = stage.newForMonths as number;
  profile.approvalLimits = approvalLimits(packDir);
  return profile;
}

/**
 * Per-member limits beyond which the pack wants an approval (`beyond: prior-authorization` or `state-approval`), in
 * a plan line's terms: dollars, or hours a year as units of each code (its unit's minutes, from units.yaml).
 */
function approvalLimits(packDir: string): ProgramProfile['approvalLimits'] {
  const unitMinutes = new Map<string, number>();
  for (const u of entries(packDir, 'units.yaml')) {
    if (typeof u.id !== 'string') continue;
    if (u.kind === 'timed' && typeof u.minutes === 'number') unitMinutes.set(u.id, u.minutes);
    else if (u.kind === 'hour') unitMinutes.set(u.id, 60);
  }
  const codes = entries(packDir, 'codes.yaml').filter((c) => typeof c.id === 'string' && typeof c.unit === 'string' && unitMinutes.has(c.unit));
  const out: ProgramProfile['approvalLimits'] = [];
  for (const l of entries(packDir, 'limits.yaml')) {
    const appliesTo = (l.appliesTo ?? {}) as Entry;
    const services = strings(appliesTo.services), listed = strings(appliesTo.codes);
    const max = Number(l.max);
    if ((l.beyond !== 'prior-authorization' && l.beyond !== 'state-approval') || (l.per !== undefined && l.per !== 'member') || services.length === 0 || !Number.isFinite(max)) continue;
    if (typeof l.id !== 'string') continue;
    if (l.measure === 'dollars') out.push({ limit: l.id, services, dollars: max });
    else if (l.measure === 'hours' && (l.period === 'calendar-year' || l.period === 'plan-year')) {
      const of = codes.filter((c) => (listed.length > 0 ? listed.includes(c.id as string) : services.includes(c.service as string)));
      out.push({ limit: l.id, services, unitsPerYear: Object.fromEntries(of.map((c) => [c.id as string, (max * 60) / unitMinutes.get(c.unit as string)!])) });
    }
  }
  return out;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function verifyEvery(verification: unknown): { verifyEveryMonths?: number } {
  const months = (verification as Entry | undefined)?.everyMonths;
  return typeof months === 'number' && months > 0 ? { verifyEveryMonths: months } : {};
}

function isMode(value: unknown): value is AuthorizationMode {
  return value === 'registration' || value === 'prior-authorization' || value === 'prior-approval';
}

function entries(packDir: string, file: string): Entry[] {
  const parsed = readYaml(packDir, file);
  return Array.isArray(parsed) ? parsed.filter((e): e is Entry => typeof e === 'object' && e !== null) : [];
}

function readYaml(packDir: string, file: string): unknown {
  const path = join(packDir, file);
  if (!existsSync(path)) return undefined;
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    // A pack mid-edit should stop generation loudly rather than silently fall back to ids that may not match.
    throw new Error(`${path}: cannot read the pack file (${(err as Error).message})`);
  }
}
