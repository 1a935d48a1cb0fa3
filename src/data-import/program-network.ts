import type { OrganizationRecord, SiteRecord, StaffRecord, TeamRecord } from './bundle-schema.js';
import { buildAddress } from './build-address.js';
import { buildFidelityHistory, type FidelityOutcome } from './build-fidelity-history.js';
import { addEnrollment, buildOrganization } from './build-organization.js';
import { buildStaffMember } from './build-staff-member.js';
import type { CountyProfile, ProgramProfile, ProviderTypeProfile, SizeBand, TeamProgramProfile } from './program-profile.js';
import { isoDate } from './epoch-day.js';
import type { Random } from './seeded-random.js';

export interface NetworkRecords { organizations: OrganizationRecord[]; sites: SiteRecord[]; teams: TeamRecord[]; staff: StaffRecord[] }
export interface TeamSlot { team: TeamRecord; start: number; target: number; members: number }
export interface Provider { org: OrganizationRecord; type: ProviderTypeProfile }
export interface CareManagerSlot { staff: StaffRecord; members: number; withPeer: boolean }

/** The provider network of a generated program; teams and care managers grow as members are placed. */
export interface ProgramNetwork {
  readonly records: NetworkRecords;
  /** A team of `program` in `county` with room for one more member; opens a new team when all are full. */
  joinTeam(program: TeamProgramProfile, county: string): TeamSlot;
  /** Some team of `program` in `county`, if any (for a member's past enrollment). */
  someTeam(program: string, county: string, rng: Random): TeamSlot | undefined;
  /** A care manager in `county` under the caseload limit; hires one when all are full. */
  assignCareManager(county: string): CareManagerSlot | undefined;
  /** An agency enrolled to deliver `service` with a site in `county`. */
  provider(service: string, county: string, rng: Random): Provider | undefined;
}

/** Scenario teams every program gets, so both size bands, both stages and the fidelity extremes always exist. */
const SCENARIO_TEAMS: { size: SizeBand; isNew: boolean; outcome: FidelityOutcome }[] = [
  { size: 'small', isNew: false, outcome: 'high' }, { size: 'large', isNew: false, outcome: 'moderately-high' },
  { size: 'small', isNew: true, outcome: 'rated' }, { size: 'large', isNew: true, outcome: 'rated' },
  { size: 'small', isNew: false, outcome: 'non-fidelity' },
];

export function createProgramNetwork(profile: ProgramProfile, memberCount: number, asOf: number, rng: Random): ProgramNetwork {
  const records: NetworkRecords = { organizations: [], sites: [], teams: [], staff: [] };
  const counties = new Map(profile.counties.map((c) => [c.name, c]));
  const usedNames = new Set<string>();
  const sitesByOrgCounty = new Map<string, SiteRecord>();
  const providers = new Map<string, Provider[]>();
  const teamSlots = new Map<string, { slots: TeamSlot[]; open: number }>();
  const careManagers = new Map<string, { slots: CareManagerSlot[]; agencies: number }>();
  const orgHasPeers = new Set<string>();
  const teamTypes = new Map(profile.teamPrograms.map((p) => [p.id, teamProviderType(profile, p.id)]));
  const teamTypeIds = new Set([...teamTypes.values()].flatMap((t) => (t ? [t.id] : [])));
  let teamAgency: { org: OrganizationRecord; teams: number; max: number } | undefined;

  const newOrganization = (types: ProviderTypeProfile[], alwaysActive = false) => {
    const org = buildOrganization(rng, { seq: records.organizations.length + 1, types, profile, asOf, usedNames, alwaysActive });
    records.organizations.push(org);
    return org;
  };
  const siteFor = (org: OrganizationRecord, county: CountyProfile, placeOfService: string, name?: string) => {
    const key = `${org.ref}|${county.name}`;
    const existing = name ? undefined : sitesByOrgCounty.get(key);
    if (existing) return existing;
    const address = buildAddress(rng, county, profile);
    const site: SiteRecord = {
      ref: `SITE-${String(records.sites.length + 1).padStart(5, '0')}`, organization: org.ref,
      name: name ?? `${org.name} — ${address.city}`, county: county.name, address,
      phone: `${profile.areaCode}-555-${String(rng.int(0, 9999)).padStart(4, '0')}`, placeOfService,
    };
    records.sites.push(site);
    if (!name) sitesByOrgCounty.set(key, site);
    return site;
  };
  const hire = (org: OrganizationRecord, role: string, team?: TeamRecord, hiredFrom = 0) => {
    const staff = buildStaffMember(rng, { seq: records.staff.length + 1, organization: org.ref, team: team?.ref, role, roles: profile.roles, issuers: profile.issuers, asOf, hiredFrom });
    records.staff.push(staff);
    return staff;
  };

  // Agencies of every non-team provider type, in proportion to the members their services reach.
  for (const type of profile.providerTypes) {
    if (teamTypeIds.has(type.id)) continue;
    const perAgency = Math.min(5000, ...type.services.map((s) => profile.membersPerAgency[s] ?? 5000));
    const count = Math.max(1, Math.round(memberCount / perAgency));
    const isCareManagement = type.services.includes(profile.serviceRoles.careManagement);
    for (let i = 0; i < count; i++) {
      // The only agencies of a type (and care managers' employers) stay active, so every member can be served.
      const org = newOrganization([type], isCareManagement || count < 3);
      // Pending and terminated agencies are on file but take no new members.
      const serving = org.enrollments[0].status !== 'pending' && org.enrollments[0].status !== 'terminated';
      const home = countyAt(profile.counties, (i + 0.5) / count);
      // Fewer agencies than counties: each serves the whole state, so every member can reach every service.
      const served = count < profile.counties.length ? profile.counties
        : rng.chance(0.25) ? [...new Set([home, rng.pick(profile.counties)])] : [home];
      for (const county of served) {
        siteFor(org, county, placeOfServiceOf(type));
        if (serving) for (const service of type.services) push(providers, `${service}|${county.name}`, { org, type });
      }
      if (type.services.includes(profile.serviceRoles.residential)) {
        const isGroupHome = /group/i.test(`${type.id} ${type.name}`);
        const homes = Math.max(1, Math.ceil((memberCount * 0.03) / 7 / count));
        for (let h = 0; h < homes; h++) {
          const county = served[h % served.length];
          siteFor(org, county, isGroupHome ? '14' : '99', `${rng.pick(['Maple', 'Cedar', 'Willow', 'Harbor', 'Meadow', 'Oak', 'Bayview', 'Elm'])} ${isGroupHome ? 'Group Home' : 'Supervised Apartments'} ${records.sites.length + 1}`);
        }
      }
      if (!isCareManagement) {
        for (const role of new Set(type.services.flatMap((s) => profile.staffByService[s] ?? []))) {
          for (let k = rng.int(1, 3); k > 0; k--) hire(org, role);
        }
      }
    }
  }

  const openTeam = (program: TeamProgramProfile, county: CountyProfile, variant?: (typeof SCENARIO_TEAMS)[number]) => {
    if (!teamAgency || teamAgency.teams >= teamAgency.max) {
      const type = teamTypes.get(program.id);
      teamAgency = { org: newOrganization(type ? [type] : [], true), teams: 0, max: rng.int(2, 4) };
    }
    const agency = teamAgency.org;
    teamAgency.teams++;
    const size = variant?.size ?? (rng.chance(0.5) ? 'small' : 'large');
    const isNew = variant?.isNew ?? rng.chance(0.15);
    const newDays = Math.floor(profile.newTeamMonths * 30.4);
    const start = isNew ? asOf - rng.int(20, newDays - 10) : asOf - rng.int(newDays + 30, 4000);
    const type = teamTypes.get(program.id);
    if (type) {
      addEnrollment(rng, agency, type, profile.program, asOf, true);
      // The agency was enrolled as this provider type before its team started.
      const enrollment = agency.enrollments.find((e) => e.providerType === type.id)!;
      if (enrollment.from > isoDate(start - 30)) enrollment.from = isoDate(start - rng.int(30, 120));
    }
    const cap = program.caps[size];
    // Established teams run near their cap, new ones are still building a caseload.
    const fill = isNew ? 0.35 + rng.next() * 0.35 : 0.82 + rng.next() * 0.16;
    const site = siteFor(agency, county, '53');
    const team: TeamRecord = {
      ref: `TEAM-${String(records.teams.length + 1).padStart(4, '0')}`, organization: agency.ref, site: site.ref,
      program: program.id, name: `${county.name} ${shortName(program.name)} Team ${records.teams.length + 1}`, sizeBand: size,
      startDate: isoDate(start), caseloadCap: cap,
      fidelity: program.fidelity ? buildFidelityHistory(profile.fidelityLevels, start, asOf, rng, variant?.outcome ?? 'rated') : [],
    };
    records.teams.push(team);
    for (const { role, count } of program.staffing[size]) {
      for (let k = 0; k < count; k++) {
        const actual = role === 'prescriber' ? (rng.chance(0.6) ? 'psychiatrist' : 'aprn') : role;
        hire(agency, actual, team, start - 60);
      }
    }
    const slot: TeamSlot = { team, start, target: Math.max(1, Math.floor(cap * fill)), members: 0 };
    const key = `${program.id}|${county.name}`;
    if (!teamSlots.has(key)) teamSlots.set(key, { slots: [], open: 0 });
    teamSlots.get(key)!.slots.push(slot);
    return slot;
  };

  // Below a couple of hundred members the scenario teams would outnumber the caseload; teams then open on demand.
  if (memberCount >= 200) for (const program of profile.teamPrograms) {
    // Fidelity extremes only mean something for TMACT teams; a small program (ACT Plus) gets one team to start.
    const variants = program.fidelity ? SCENARIO_TEAMS
      : SCENARIO_TEAMS.slice(0, program.memberShare >= 0.1 ? 4 : 1).map((v) => ({ ...v, outcome: 'rated' as const }));
    variants.forEach((variant, i) => openTeam(program, profile.counties[i % profile.counties.length], variant));
  }

  return {
    records,
    joinTeam(program, county) {
      const key = `${program.id}|${county}`;
      const pool = teamSlots.get(key);
      // Teams fill in order, so only the first not-yet-full team needs checking: placement stays O(1).
      if (pool) while (pool.open < pool.slots.length && pool.slots[pool.open].members >= pool.slots[pool.open].target) pool.open++;
      const slot = pool && pool.open < pool.slots.length ? pool.slots[pool.open] : openTeam(program, counties.get(county)!);
      slot.members++;
      return slot;
    },
    someTeam(program, county, pickRng) {
      const pool = teamSlots.get(`${program}|${county}`);
      return pool && pool.slots.length > 0 ? pickRng.pick(pool.slots) : undefined;
    },
    assignCareManager(county) {
      const agencies = providers.get(`${profile.serviceRoles.careManagement}|${county}`);
      if (!agencies?.length) return undefined;
      if (!careManagers.has(county)) careManagers.set(county, { slots: [], agencies: 0 });
      const pool = careManagers.get(county)!;
      let slot = pool.slots[pool.slots.length - 1];
      if (!slot || slot.members >= profile.careManagerCaseload) {
        const { org } = agencies[pool.agencies++ % agencies.length];
        const staff = hire(org, 'care-manager');
        // Every third care manager an agency hires brings a Peer Care Manager, so "with Peer" rates occur.
        if (pool.slots.length % 3 === 2) {
          hire(org, 'peer-specialist');
          orgHasPeers.add(org.ref);
        }
        slot = { staff, members: 0, withPeer: orgHasPeers.has(org.ref) };
        pool.slots.push(slot);
      }
      slot.members++;
      return slot;
    },
    provider(service, county, pickRng) {
      const list = providers.get(`${service}|${county}`);
      return list?.length ? pickRng.pick(list) : undefined;
    },
  };
}

/** The provider type a team program's agencies enroll as: by id (act → act-team), else by the services it lists. */
function teamProviderType(profile: ProgramProfile, program: string): ProviderTypeProfile | undefined {
  const others = profile.teamPrograms.map((p) => p.id).filter((id) => id !== program && id.startsWith(program));
  const byId = profile.providerTypes.find((t) => [program, `${program}-team`, `${program}-provider`].includes(t.id));
  return byId ?? profile.providerTypes.find((t) => t.services.includes(program) && !others.some((o) => t.id.includes(o)));
}

/** "Assertive Community Treatment (ACT)" → "ACT": the name teams go by. */
function shortName(name: string): string {
  return /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name;
}

function placeOfServiceOf(type: ProviderTypeProfile): string {
  const text = `${type.id} ${type.name}`.toLowerCase();
  if (/sud|substance|cod\b/.test(text)) return '57';
  if (/nursing-facility|nursing facility/.test(text)) return '32';
  return '11';
}

function countyAt(counties: CountyProfile[], fraction: number): CountyProfile {
  let cumulative = 0;
  for (const county of counties) {
    cumulative += county.share;
    if (fraction < cumulative) return county;
  }
  return counties[counties.length - 1];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

