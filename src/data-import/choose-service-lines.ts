import type { PlanRecord } from './bundle-schema.js';
import type { ProgramProfile, ResidentialTier, TeamProgramProfile, TouchLevel } from './delaware-profile.js';
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

/** Optional services: how often a member has each on the plan, and what excludes it (the manual's concurrency rules). */
const OPTIONAL: { service: string; share: number; noTeam?: boolean; noResidential?: boolean }[] = [
  { service: 'iess', share: 0.12 },
  { service: 'benefits-counseling', share: 0.10 },
  { service: 'financial-coaching-plus', share: 0.05 },
  { service: 'community-transition', share: 0.03 },
  // NMT and Nursing may not share a Recovery Plan with ACT/ICM or Residential Alternatives.
  { service: 'nmt', share: 0.15, noTeam: true, noResidential: true },
  { service: 'nursing', share: 0.05, noTeam: true, noResidential: true },
  // Personal Care, IADL/Chore and Respite are for members in a private home, not Residential Alternatives.
  { service: 'personal-care', share: 0.09, noResidential: true },
  { service: 'iadl-chore', share: 0.07, noResidential: true },
  { service: 'respite', share: 0.04, noResidential: true },
];

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
      ...(service === 'nmt' || service === 'community-transition' ? { months: 3 } : {}),
    });
  };
  // ACT and ICM teams bill their own per diem service; ACT Plus bills CPST, Peer Support and PSR as a team.
  const isActOrIcm = !!s.team && s.team.program.planServices.includes(s.team.program.id);
  const tier = residentialTier(rng, s, isActOrIcm);
  const touch: TouchLevel = isActOrIcm ? 'low'
    : tier === 'tier-3' || tier === 'tier-4' || s.category === 'dshp-plus' ? 'medium' : 'high';
  const withPeer = !!s.careManager?.withPeer && rng.chance(0.5);
  add('care-management', s.careManager?.staff.organization ?? network.provider('care-management', s.county, rng)?.org.ref,
    profile.careManagementCodes[touch][withPeer ? 'withPeer' : 'withoutPeer']);

  if (s.team) {
    for (const service of s.team.program.planServices) add(service, s.team.slot.team.organization);
  } else {
    const home = s.clinicalHome;
    const via = (service: string) => (home?.type.services.includes(service) ? home : network.provider(service, s.county, rng))?.org.ref;
    if (rng.chance(0.75)) add('cpst', via('cpst'));
    if (rng.chance(0.40)) add('psr', via('psr'));
    if (rng.chance(0.35)) add('peer-support', via('peer-support'));
  }
  if (tier) {
    const provider = pickResidential(rng, network, s.county, tier === 'tier-3' || tier === 'tier-4');
    add('residential', provider?.org.ref, profile.residentialCodes[tier]);
  }
  for (const option of OPTIONAL) {
    if ((option.noTeam && isActOrIcm) || (option.noResidential && tier) || !rng.chance(option.share)) continue;
    if (option.service === 'iess' && rng.chance(0.2)) {
      add('stsgse', network.provider('stsgse', s.county, rng)?.org.ref); // STSGSE only when the member prefers it to IESS
      continue;
    }
    const provider = network.provider(option.service, s.county, rng);
    // Personal Care's code names the provider type: T1019 for a Home Health Agency, T1019 U1 otherwise.
    const code = option.service === 'personal-care' && provider && /home-health/.test(provider.type.id) ? 'T1019' : undefined;
    add(option.service, provider?.org.ref, code);
  }
  return lines;
}

function residentialTier(rng: Random, s: MemberSituation, isActOrIcm: boolean): ResidentialTier | undefined {
  if (s.team) {
    // Team members get only the Tier 2 night rate: the team covers the day, and Group Homes exclude ACT/ICM.
    return isActOrIcm && rng.chance(0.08) ? 'tier-2-night' : undefined;
  }
  if (!rng.chance(0.12)) return undefined;
  return rng.weighted({ 'tier-1': 30, 'tier-2-day': 30, 'tier-3': 25, 'tier-4': 15 });
}

function pickResidential(rng: Random, network: ProgramNetwork, county: string, groupHome: boolean): Provider | undefined {
  // Try a few draws for the right kind of residential provider (Group Home vs Supervised Apartments) before settling.
  let fallback: Provider | undefined;
  for (let i = 0; i < 6; i++) {
    const p = network.provider('residential', county, rng);
    if (!p) return undefined;
    fallback ??= p;
    if (/group/i.test(`${p.type.id} ${p.type.name}`) === groupHome) return p;
  }
  return fallback;
}
