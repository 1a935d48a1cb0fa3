import type { PlanRecord } from './bundle-schema.js';
import type { ProgramProfile, ResidentialTier, TeamProgramProfile, TouchLevel } from './program-profile.js';
import type { CareManagerSlot, ProgramNetwork, Provider, TeamSlot } from './program-network.js';
import type { Random } from './seeded-random.js';

type Line = PlanRecord['lines'][number];
/** A Recovery Plan line before its dates are set; `startsLater` and `months` make some lines shorter than the plan. */
export type ServiceLine = Omit<Line, 'from' | 'to'> & { startsLater: boolean; months?: number };

export interface MemberSituation {
  county: string;
  category: string;
  team?: { program: TeamProgramProfile; slot: TeamSlot };
  clinicalHome?: Provider;
  careManager?: CareManagerSlot;
}

/**
 * The services on a member's Recovery Plan, consistent with the program's rules: Care Management for everyone at
 * the touch level of the member's setting; ACT/ICM members get CPST, Peer Support and PSR only through the team;
 * Residential tiers that fit the member (no Tier 1 or day rates and no Group Home for team members); STSGSE
 * instead of IESS; optional services only where no exclusion applies.
 */
export function chooseServiceLines(rng: Random, profile: ProgramProfile, network: ProgramNetwork, s: MemberSituation): ServiceLine[] {
  const lines: ServiceLine[] = [];
  const add = (service: string, organization: string | undefined, code?: string) => {
    const template = profile.lines[service];
    if (!organization || !template) return;
    const chosen = code ?? (template.codes.length > 0 ? rng.pick(template.codes) : undefined);
    lines.push({
      service, organization, ...(chosen ? { code: chosen } : {}),
      frequency: template.frequency, amount: rng.int(template.amount[0], template.amount[1]), unit: template.unit,
      startsLater: lines.length > 1 && rng.chance(0.15),
      ...(template.months ? { months: template.months } : {}),
    });
  };
  // ACT and ICM teams bill their own per diem service; ACT Plus bills CPST, Peer Support and PSR as a team.
  const isActOrIcm = !!s.team && s.team.program.planServices.includes(s.team.program.id);
  const tier = residentialTier(rng, profile, s, isActOrIcm);
  const groupHome = !!tier && profile.residential.groupHomeTiers.includes(tier);
  const touch: TouchLevel = isActOrIcm ? 'low' : groupHome || profile.mediumTouchCategories.includes(s.category) ? 'medium' : 'high';
  const { careManagement, residential } = profile.serviceRoles;
  const withPeer = !!s.careManager?.withPeer && rng.chance(0.5);
  add(careManagement, s.careManager?.staff.organization ?? network.provider(careManagement, s.county, rng)?.org.ref,
    profile.careManagementCodes[touch][withPeer ? 'withPeer' : 'withoutPeer']);

  if (s.team) {
    for (const service of s.team.program.planServices) add(service, s.team.slot.team.organization);
  } else {
    const home = s.clinicalHome;
    const via = (service: string) => (home?.type.services.includes(service) ? home : network.provider(service, s.county, rng))?.org.ref;
    for (const [service, share] of Object.entries(profile.clinicalHomeServices)) if (rng.chance(share)) add(service, via(service));
  }
  if (tier) {
    const provider = pickResidential(rng, network, residential, s.county, groupHome);
    add(residential, provider?.org.ref, profile.residentialCodes[tier]);
  }
  // Optional services (the profile's shares), only where no exclusion applies.
  for (const option of profile.optionalServices) {
    if ((option.noTeam && isActOrIcm) || (option.noResidential && tier) || !rng.chance(option.share)) continue;
    const service = option.instead && rng.chance(option.instead.share) ? option.instead.service : option.service;
    const provider = network.provider(service, s.county, rng);
    // Some codes name the provider type (Personal Care by a Home Health Agency, say).
    const code = provider && profile.codeByProviderType.find((c) => c.service === service && provider.type.id.includes(c.providerType))?.code;
    add(service, provider?.org.ref, code);
  }
  return lines;
}

function residentialTier(rng: Random, profile: ProgramProfile, s: MemberSituation, isActOrIcm: boolean): ResidentialTier | undefined {
  const r = profile.residential;
  if (s.team) {
    // Team members get only the team tier (Tier 2 night: the team covers the day, and Group Homes exclude ACT/ICM).
    return isActOrIcm && rng.chance(r.teamShare) ? r.teamTier : undefined;
  }
  if (!rng.chance(r.share)) return undefined;
  return rng.weighted(r.tiers as Record<ResidentialTier, number>);
}

function pickResidential(rng: Random, network: ProgramNetwork, service: string, county: string, groupHome: boolean): Provider | undefined {
  // Try a few draws for the right kind of residential provider (Group Home vs Supervised Apartments) before settling.
  let fallback: Provider | undefined;
  for (let i = 0; i < 6; i++) {
    const p = network.provider(service, county, rng);
    if (!p) return undefined;
    fallback ??= p;
    if (/group/i.test(`${p.type.id} ${p.type.name}`) === groupHome) return p;
  }
  return fallback;
}
