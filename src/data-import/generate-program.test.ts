import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import { checkBundle } from './check-bundle.js';
import { epochDay } from './epoch-day.js';
import { generateProgram } from './generate-program.js';
import { isValidNpi } from './make-npi.js';
import { loadProgramProfile } from './read-demo-profile.js';
import { defaultAsOf, defaultPackDir } from './stream-program.js';
import { bundleKeyOf } from './write-bundle.js';

const asOf = epochDay(defaultAsOf);
const profile = loadProgramProfile(defaultPackDir);
const ageOn = (birthDate: string, day: string) => {
  const [by, bm, bd] = birthDate.split('-').map(Number), [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

describe('generated program: determinism', () => {
  test('the same seed gives byte-identical output', () => {
    expect(JSON.stringify(generateProgram({ members: 300, seed: 5 }))).toBe(JSON.stringify(generateProgram({ members: 300, seed: 5 })));
  });
  test('a different seed gives a different program', () => {
    const a = generateProgram({ members: 300, seed: 5 }), b = generateProgram({ members: 300, seed: 6 });
    expect(JSON.stringify(a.members)).not.toBe(JSON.stringify(b.members));
    expect(JSON.stringify(a.organizations)).not.toBe(JSON.stringify(b.organizations));
  });
  test('a different as-of date moves the data with it', () => {
    const later = generateProgram({ members: 50, seed: 5, asOf: '2026-06-30' });
    expect(later.members.every((m) => m.eligibility.every((e) => e.from <= '2026-06-30'))).toBe(true);
    expect(later.members.some((m) => m.eligibility.some((e) => e.from > defaultAsOf))).toBe(true);
  });
  test.each([[0], [1.5], [NaN]])('members = %s is refused', (members) => {
    expect(() => generateProgram({ members, seed: 1 })).toThrow(/members/);
  });
});

describe('generated program: 2,000 members', () => {
  let bundle: ImportBundle;
  beforeAll(() => { bundle = generateProgram({ members: 2000, seed: 2025 }); });

  test('every record validates against its import schema', () => {
    for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
      for (const [index, record] of bundle[bundleKeyOf(file)].entries()) {
        const parsed = ImportFiles[file].safeParse(record);
        expect(parsed.success, `${file} record ${index}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });
  test('every ref resolves, refs and Medicaid ids are unique, NPIs pass the check digit, no span runs backwards', () => {
    expect(checkBundle(bundle)).toEqual([]);
  });
  test('members and agencies are spread over the three counties', () => {
    expect(new Set(bundle.members.map((m) => m.county))).toEqual(new Set(['New Castle', 'Kent', 'Sussex']));
    expect(new Set(bundle.sites.map((s) => s.county))).toEqual(new Set(['New Castle', 'Kent', 'Sussex']));
  });
  test('every provider type of the pack has an enrolled agency', () => {
    const enrolled = new Set(bundle.organizations.flatMap((o) => o.enrollments.map((e) => e.providerType)));
    for (const type of profile.providerTypes) expect(enrolled, type.id).toContain(type.id);
  });
  test('agencies are re-verified on their provider type\'s cycle: active ones current, some due soon, lapsed ones overdue', () => {
    const every = new Map(profile.providerTypes.map((t) => [t.id, Math.round((t.verifyEveryMonths ?? 12) * 30.4)]));
    expect([...every.values()]).toContain(Math.round(6 * 30.4)); // the pack's bi-annual types are read
    const dueIn = (e: { providerType: string; lastVerifiedOn?: string }) => epochDay(e.lastVerifiedOn!) + every.get(e.providerType)! - asOf;
    const enrollments = bundle.organizations.flatMap((o) => o.enrollments);
    const active = enrollments.filter((e) => e.status === 'active');
    for (const e of active) expect(dueIn(e), `${e.providerType} ${e.lastVerifiedOn}`).toBeGreaterThanOrEqual(0);
    expect(active.some((e) => dueIn(e) <= 30)).toBe(true);
    for (const e of enrollments.filter((x) => x.status === 'lapsed')) expect(dueIn(e)).toBeLessThan(0);
  });
  test('organization NPIs are valid and unique', () => {
    expect(bundle.organizations.every((o) => isValidNpi(o.npi))).toBe(true);
    expect(new Set(bundle.organizations.map((o) => o.npi)).size).toBe(bundle.organizations.length);
  });
  test.each(['act', 'icm'])('%s teams come in both size bands and both stages', (program) => {
    const teams = bundle.teams.filter((t) => t.program === program);
    const isNew = (start: string) => asOf - epochDay(start) < profile.newTeamMonths * 30.4;
    expect(new Set(teams.map((t) => t.sizeBand))).toEqual(new Set(['small', 'large']));
    expect(new Set(teams.map((t) => isNew(t.startDate)))).toEqual(new Set([true, false]));
  });
  test('ACT fidelity histories cover every level, start provisional and run back to back', () => {
    const act = bundle.teams.filter((t) => t.program === 'act');
    const levels = new Set(act.flatMap((t) => t.fidelity.map((f) => f.level)));
    for (const level of ['non-fidelity', 'provisional', 'basic', 'moderately-high', 'high']) expect(levels).toContain(level);
    for (const team of act) {
      expect(team.fidelity[0]).toMatchObject({ level: 'provisional', from: team.startDate });
      expect(team.fidelity.at(-1)!.to).toBeUndefined();
      for (let i = 1; i < team.fidelity.length; i++) expect(epochDay(team.fidelity[i].from) - epochDay(team.fidelity[i - 1].to!)).toBe(1);
    }
  });
  test('team caseloads stay within each team\'s cap', () => {
    const current = new Map<string, number>();
    for (const m of bundle.members) for (const e of m.enrollments) if (e.team && !e.to) current.set(e.team, (current.get(e.team) ?? 0) + 1);
    for (const team of bundle.teams) expect(current.get(team.ref) ?? 0).toBeLessThanOrEqual(team.caseloadCap!);
    expect([...current.values()].some((n) => n > 50)).toBe(true);
  });
  test('teams are staffed by the ACT table: a lead, clinicians, a peer, a prescriber and nurses', () => {
    const roles = new Map<string, Set<string>>();
    for (const s of bundle.staff) if (s.team) (roles.get(s.team) ?? roles.set(s.team, new Set()).get(s.team)!).add(s.role);
    for (const team of bundle.teams) {
      const r = roles.get(team.ref)!;
      for (const role of ['team-lead', 'masters-clinician', 'bachelors-clinician', 'peer-specialist', 'rn']) expect(r, team.ref).toContain(role);
      expect(r.has('psychiatrist') || r.has('aprn'), team.ref).toBe(true);
    }
  });
  test('some credentials have expired and some expire within 60 days', () => {
    const ends = bundle.staff.flatMap((s) => s.credentials.flatMap((c) => (c.to ? [epochDay(c.to)] : [])));
    expect(ends.some((d) => d < asOf)).toBe(true);
    expect(ends.some((d) => d >= asOf && d <= asOf + 60)).toBe(true);
  });
  test('a few members are under 18 and peers are at least 21', () => {
    expect(bundle.members.filter((m) => ageOn(m.birthDate, defaultAsOf) < 18).length).toBeGreaterThan(10);
    for (const s of bundle.staff.filter((x) => x.role === 'peer-specialist')) expect(ageOn(s.birthDate!, defaultAsOf)).toBeGreaterThanOrEqual(21);
  });
  test('eligibility has gaps for some members and has ended for others', () => {
    const gaps = bundle.members.filter((m) => m.eligibility.length === 2 && epochDay(m.eligibility[1].from) - epochDay(m.eligibility[0].to!) > 1);
    expect(gaps.length).toBeGreaterThan(50);
    expect(bundle.members.some((m) => m.eligibility.length === 1 && m.eligibility[0].to)).toBe(true);
  });
  test('each member is enrolled with a team or a clinical home, and every active member has a care manager', () => {
    const careManagers = new Set(bundle.staff.filter((s) => s.role === 'care-manager').map((s) => s.ref));
    for (const m of bundle.members) {
      expect(m.enrollments.length, m.ref).toBeGreaterThan(0);
      if (!m.eligibility.at(-1)!.to) expect(careManagers).toContain(m.careManager);
    }
    const caseloads = new Map<string, number>();
    for (const m of bundle.members) if (m.careManager) caseloads.set(m.careManager, (caseloads.get(m.careManager) ?? 0) + 1);
    expect(Math.max(...caseloads.values())).toBeLessThanOrEqual(profile.careManagerCaseload);
  });
  test('Recovery Plans follow the rules: Care Management for everyone, no separate CPST/Peer/PSR for ACT/ICM members', () => {
    const team = new Map(bundle.members.map((m) => [m.ref, m.enrollments.find((e) => !e.to && (e.program === 'act' || e.program === 'icm'))]));
    for (const plan of bundle.plans) {
      expect(plan.lines.some((l) => l.service === 'care-management'), plan.ref).toBe(true);
      const enrollment = team.get(plan.member);
      if (!enrollment) continue;
      for (const line of plan.lines) {
        if (['cpst', 'peer-support', 'psr', 'nmt', 'nursing'].includes(line.service)) throw new Error(`${plan.ref} gives a team member ${line.service}`);
        if (line.service === 'residential') expect(line.code).toBe(profile.residentialCodes['tier-2-night']);
      }
    }
  });
  test('plans and authorizations come in every status the workflows handle', () => {
    expect(new Set(bundle.plans.map((p) => p.status))).toEqual(new Set(['draft', 'active', 'superseded', 'closed']));
    const statuses = new Set(bundle.authorizations.map((a) => a.status));
    for (const s of ['approved', 'partially-approved', 'requested', 'pended', 'denied', 'expired']) expect(statuses).toContain(s);
    expect(bundle.authorizations.some((a) => a.status === 'approved' && epochDay(a.from) < asOf - 30 && epochDay(a.to!) > asOf)).toBe(true);
  });
  test('service, billing-code, team-program and fidelity-level ids are the pack\'s', () => {
    const ids = (file: string, pick: (entry: any) => string[] = (e) => [e.id]) =>
      existsSync(join(defaultPackDir, file)) ? new Set((parse(readFileSync(join(defaultPackDir, file), 'utf8')) as any[]).flatMap(pick)) : undefined;
    const services = ids('services.yaml'), codes = ids('codes.yaml'), levels = ids('fidelity.yaml', (f) => f.levels.map((l: any) => l.id));
    const lines = bundle.plans.flatMap((p) => p.lines);
    if (services) for (const s of [...lines.map((l) => l.service), ...bundle.authorizations.map((a) => a.service)]) expect(services).toContain(s);
    if (codes) for (const c of [...lines, ...bundle.authorizations].flatMap((x) => (x.code ? [x.code] : []))) expect(codes).toContain(c);
    if (levels) for (const l of bundle.teams.flatMap((t) => t.fidelity.map((f) => f.level))) expect(levels).toContain(l);
    expect(new Set(bundle.teams.map((t) => t.program))).toEqual(new Set(profile.teamPrograms.map((p) => p.id)));
  });
  test('authorizations are only for services that need one (or a line past its limit)', () => {
    for (const a of bundle.authorizations) {
      const overLimit = a.service === 'community-transition' || a.service === 'benefits-counseling';
      expect(profile.authorization[a.service] !== undefined || overLimit, `${a.ref} ${a.service}`).toBe(true);
    }
  });
});

describe('generated program at scale', () => {
  test('20,000 members generate with consistent counts', () => {
    const bundle = generateProgram({ members: 20_000, seed: 1 });
    expect(bundle.members).toHaveLength(20_000);
    expect(new Set(bundle.members.map((m) => m.ref)).size).toBe(20_000);
    expect(new Set(bundle.members.map((m) => m.medicaidId)).size).toBe(20_000);
    const planMembers = new Set(bundle.plans.map((p) => p.member));
    expect(planMembers.size).toBeGreaterThan(19_000);
    // The network grows with the caseload rather than staying at its minimum.
    expect(bundle.teams.length).toBeGreaterThan(60);
    expect(bundle.organizations.length).toBeGreaterThan(50);
  });
});

describe('generated program follows the pack it is given', () => {
  test('provider types and the program id come from the pack folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'pack.yaml'), 'id: test-program\nprograms:\n  - { id: act, name: Assertive Community Treatment (ACT), kind: team }\n');
    writeFileSync(join(dir, 'provider-types.yaml'), [
      '- { id: cm-shop, name: CM Shop, services: [care-management] }',
      '- { id: rehab-shop, name: Rehab Shop, services: [cpst, psr, peer-support] }',
      '- { id: act-provider, name: ACT Provider, services: [act] }',
      '- { id: odd-one, name: Something New, services: [] }',
    ].join('\n'));
    const bundle = generateProgram({ members: 400, seed: 3, packDir: dir });
    const types = new Set(bundle.organizations.flatMap((o) => o.enrollments.map((e) => e.providerType)));
    expect(types).toEqual(new Set(['cm-shop', 'rehab-shop', 'act-provider', 'odd-one']));
    expect(new Set(bundle.teams.map((t) => t.program))).toEqual(new Set(['act']));
    expect(bundle.members.every((m) => m.eligibility.every((e) => e.program === 'test-program'))).toBe(true);
    expect(checkBundle(bundle)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
