import type { AuthorizationRecord, MemberRecord, PlanRecord } from './bundle-schema.js';
import { buildAddress } from './build-address.js';
import { buildAuthorizations } from './build-authorizations.js';
import { buildPerson } from './build-person.js';
import { buildRecoveryPlans } from './build-recovery-plans.js';
import { chooseServiceLines, type MemberSituation } from './choose-service-lines.js';
import type { ProgramProfile, TeamProgramProfile } from './program-profile.js';
import { isoDate } from './epoch-day.js';
import type { ProgramNetwork } from './program-network.js';
import type { Random } from './seeded-random.js';

/** One member with everything that hangs off them. */
export interface MemberSlice { member: MemberRecord; plans: PlanRecord[]; authorizations: AuthorizationRecord[] }

export interface MemberContext {
  profile: ProgramProfile;
  network: ProgramNetwork;
  asOf: number;
  /** Digits in a member number, so refs sort in member order. */
  width: number;
  /** Scrambles Medicaid ids per seed while keeping them unique. */
  idOffset: number;
}

type Enrollment = MemberRecord['enrollments'][number];

/**
 * Member number `index + 1`: a person in one of the counties, Medicaid eligibility (some with a gap, some ended),
 * enrollment with an ACT/ICM team within its caseload cap or with a clinical home, a care manager, Recovery
 * Plans and authorizations. About 2% are 16 or 17, so age edits have someone to catch.
 */
export function generateMember(rng: Random, index: number, ctx: MemberContext): MemberSlice {
  const { profile, network, asOf } = ctx;
  const memberNo = String(index + 1).padStart(ctx.width, '0');
  const ref = `M-${memberNo}`;
  const band = rng.weighted({ minor: 2, young: 12, adult: 33, middle: 36, older: 17 });
  const [minAge, maxAge] = { minor: [16, 17], young: [18, 25], adult: [26, 40], middle: [41, 60], older: [61, 82] }[band];
  const person = buildPerson(rng, asOf, minAge, maxAge);
  const county = pickCounty(rng, profile);

  // Eligibility: one open span for most; a gap (lost and regained Medicaid) for some; ended for a few.
  const eligibleFrom = asOf - rng.int(20, 2200);
  const category = rng.weighted(profile.eligibilityCategories);
  const eligibility: MemberRecord['eligibility'] = [];
  let endedOn: number | undefined;
  const shape = rng.next();
  if (shape < 0.10 && asOf - eligibleFrom > 240) {
    const gapStart = eligibleFrom + rng.int(60, asOf - eligibleFrom - 150);
    const gapEnd = gapStart + rng.int(30, 90);
    eligibility.push({ program: profile.program, from: isoDate(eligibleFrom), to: isoDate(gapStart - 1), category });
    eligibility.push({ program: profile.program, from: isoDate(gapEnd + 1), category });
  } else if (shape < 0.15 && asOf - eligibleFrom > 60) {
    endedOn = asOf - rng.int(5, Math.min(300, asOf - eligibleFrom - 40));
    eligibility.push({ program: profile.program, from: isoDate(eligibleFrom), to: isoDate(endedOn), category });
  } else {
    eligibility.push({ program: profile.program, from: isoDate(eligibleFrom), category });
  }

  const situation: MemberSituation = { county: county.name, category };
  const enrollments: Enrollment[] = [];
  const program = pickTeamProgram(rng, profile);
  let enrolledFrom = Math.min(asOf, eligibleFrom + rng.int(0, 14));
  let slot = program && (endedOn === undefined ? network.joinTeam(program, county.name) : network.someTeam(program.id, county.name, rng));
  if (slot && endedOn !== undefined && slot.start > endedOn - 30) slot = undefined; // that team opened after they left
  if (program && slot) {
    enrolledFrom = Math.min(asOf, Math.max(enrolledFrom, slot.start + rng.int(0, 20)));
    // Some members stepped up from another team (ACT from ICM): that enrollment ends the day before this one begins.
    const up = program.steppedUpFrom;
    const before = up && endedOn === undefined && rng.chance(up.share) ? network.someTeam(up.program, county.name, rng) : undefined;
    if (up && before && enrolledFrom - Math.max(eligibleFrom, before.start) > 90) {
      const beforeFrom = Math.max(eligibleFrom, before.start);
      enrolledFrom = Math.min(asOf, Math.max(enrolledFrom, beforeFrom + rng.int(90, 500)));
      enrollments.push({ program: up.program, organization: before.team.organization, team: before.team.ref, from: isoDate(beforeFrom), to: isoDate(enrolledFrom - 1) });
    }
    enrollments.push({ program: program.id, organization: slot.team.organization, team: slot.team.ref, from: isoDate(enrolledFrom) });
    situation.team = { program, slot };
  } else {
    situation.clinicalHome = network.provider(profile.serviceRoles.clinicalHome, county.name, rng);
    if (situation.clinicalHome) enrollments.push({ program: profile.program, organization: situation.clinicalHome.org.ref, from: isoDate(enrolledFrom) });
  }
  if (endedOn !== undefined) {
    for (const e of enrollments) e.to = isoDate(endedOn);
  } else {
    situation.careManager = network.assignCareManager(county.name);
  }

  const member: MemberRecord = {
    ref, medicaidId: String((index + 1) * 7_654_321 + ctx.idOffset).slice(-10).padStart(10, '0'),
    firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate, sex: person.sex, county: county.name,
    ...(rng.chance(0.93) ? { address: buildAddress(rng, county, profile) } : {}),
    ...(rng.chance(0.7) ? { phone: `${profile.areaCode}-555-${String(rng.int(0, 9999)).padStart(4, '0')}` } : {}),
    eligibility, enrollments,
    ...(situation.careManager ? { careManager: situation.careManager.staff.ref } : {}),
  };
  const lines = chooseServiceLines(rng, profile, network, situation);
  const plans = lines.length === 0 ? [] : buildRecoveryPlans(rng, lines, {
    memberNo, memberRef: ref, program: profile.program, enrolledFrom, endedOn, asOf, carriedOver: profile.serviceRoles.careManagement,
  });
  return { member, plans, authorizations: buildAuthorizations(rng, profile, plans, memberNo, asOf) };
}

function pickCounty(rng: Random, profile: ProgramProfile) {
  let roll = rng.next();
  for (const county of profile.counties) {
    roll -= county.share;
    if (roll < 0) return county;
  }
  return profile.counties[profile.counties.length - 1];
}

function pickTeamProgram(rng: Random, profile: ProgramProfile): TeamProgramProfile | undefined {
  let roll = rng.next();
  for (const program of profile.teamPrograms) {
    roll -= program.memberShare;
    if (roll < 0) return program;
  }
  return undefined;
}
