import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { PackFiles, type PackFileName } from './schema/pack.js';
import type { Criteria, Decision, FidelityInstrument, ItemScale, Limit, ProviderType, Rule, TouchLevel } from './schema/index.js';

// The policy data of the Delaware PROMISE and Connecticut MRO packs, read the way the sources state it.
// Each file is parsed with its schema from PackFiles directly (no loader), and the facts are checked against
// the manual's words at the cited lines when the source texts are at hand.

const policy = (pack: string, file: PackFileName) => fileURLToPath(new URL(`../../policy/${pack}/${file}`, import.meta.url));
function load<F extends PackFileName>(pack: string, file: F): z.infer<(typeof PackFiles)[F]> {
  return PackFiles[file].parse(parse(readFileSync(policy(pack, file), 'utf8'))) as z.infer<(typeof PackFiles)[F]>;
}

const DE = 'de-promise';
const CT = 'ct-mro';
const limits = load(DE, 'limits.yaml') as Limit[];
const rules = load(DE, 'rules.yaml') as Rule[];
const authorization = load(DE, 'authorization.yaml');
const providerTypes = load(DE, 'provider-types.yaml') as ProviderType[];
const criteria = load(DE, 'criteria.yaml') as Criteria[];
const touchLevels = load(DE, 'touch-levels.yaml') as TouchLevel[];
const [tmact] = load(DE, 'fidelity.yaml') as FidelityInstrument[];
const [seScale] = load(DE, 'scales.yaml') as ItemScale[];
const decisions = load(DE, 'decisions.yaml') as Decision[];
const ctProviderTypes = load(CT, 'provider-types.yaml') as ProviderType[];
const ctRules = load(CT, 'rules.yaml') as Rule[];
const ctDecisions = load(CT, 'decisions.yaml') as Decision[];

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`No entry ${id}`);
  return found;
};
const rule = <K extends Rule['kind']>(list: readonly Rule[], id: string, kind: K) => {
  const found = byId(list, id);
  expect(found.kind).toBe(kind);
  return found as Extract<Rule, { kind: K }>;
};

// Source texts, for checking that a citation says what the entry claims.
const seeds = process.env.OPENHCBS_SOURCES ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const sourceLines = new Map<string, string[]>();
function cited(citation: string): string {
  const m = /^(\d{3}_[0-9a-f]{16}\.txt):L(\d+)(?:-L(\d+))?$/.exec(citation);
  if (!m) throw new Error(`Not a citation: ${citation}`);
  const [, file, from, to] = m;
  if (!sourceLines.has(file)) sourceLines.set(file, readFileSync(`${seeds}/${file}`, 'utf8').split('\n'));
  return sourceLines.get(file)!.slice(Number(from) - 1, Number(to ?? from)).join('\n');
}
const citations = (source: string | string[]) => (Array.isArray(source) ? source : [source]);
const sourcesAtHand = existsSync(`${seeds}/003_23a08ecffbbbbdbf.txt`) && existsSync(`${seeds}/000_ae6174bffe263eaf.txt`);

describe('every file parses with its schema', () => {
  test.each([
    [DE, 'limits.yaml'], [DE, 'rules.yaml'], [DE, 'authorization.yaml'], [DE, 'provider-types.yaml'], [DE, 'criteria.yaml'],
    [DE, 'touch-levels.yaml'], [DE, 'fidelity.yaml'], [DE, 'scales.yaml'], [DE, 'decisions.yaml'],
    [CT, 'provider-types.yaml'], [CT, 'rules.yaml'], [CT, 'decisions.yaml'],
  ] as const)('%s/%s', (pack, file) => {
    const result = PackFiles[file].safeParse(parse(readFileSync(policy(pack, file), 'utf8')));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  test('ids are unique within each file', () => {
    for (const list of [limits, rules, authorization, providerTypes, criteria, touchLevels, decisions, ctProviderTypes, ctRules, ctDecisions]) {
      const ids = (list as Array<{ id: string }>).map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  test('every Delaware entry is in force from the manual date, 2025-02-01', () => {
    for (const list of [limits, rules, authorization, providerTypes, criteria, touchLevels, tmact.levels]) {
      for (const entry of list as Array<{ id: string; effective: { from: string } }>) expect(entry.effective.from, entry.id).toBe('2025-02-01');
    }
  });
});

describe('ACT per-diem caps (Appendix 3 Basic level; decision D-04 for Category 2)', () => {
  const actCap = (key: string, level: string) => byId(limits, `act-per-diems-${key}-per-month-${level}`);

  test.each(['provisional', 'basic', 'moderately-high', 'high'])('at the %s level: 4 in total, Category 1 one, Category 2 one, Category 3 two', (level) => {
    expect(actCap('total', level)).toMatchObject({ max: 4, period: 'month', measure: 'per-diems', program: 'act', fidelityLevel: level });
    expect(actCap('category-1', level)).toMatchObject({ max: 1, practitionerCategory: 'category-1' });
    expect(actCap('category-2', level)).toMatchObject({ max: 1, practitionerCategory: 'category-2', decision: 'D-04' });
    expect(actCap('category-3', level)).toMatchObject({ max: 2, practitionerCategory: 'category-3' });
  });

  test('basic teams are denied past the cap; moderately high and high teams may get more through prior authorization', () => {
    expect(actCap('total', 'basic').beyond).toBe('deny');
    expect(actCap('total', 'provisional').beyond).toBe('deny');
    expect(actCap('total', 'moderately-high')).toMatchObject({ beyond: 'prior-authorization', approver: 'DSAMH' });
    expect(byId(authorization, 'act-additional-per-diems-total-high').when).toEqual({ beyondLimit: 'act-per-diems-total-per-month-high' });
  });

  test('one ACT per diem per day in total (decision D-05), on a day with an 8-minute individual face-to-face contact', () => {
    expect(rule(rules, 'act-one-per-diem-per-day', 'daily-per-diem')).toMatchObject({ max: 1, scope: 'total', decision: 'D-05' });
    expect(rule(rules, 'act-per-diem-needs-face-to-face-contact', 'per-diem-contact')).toMatchObject({ minutes: 8, faceToFace: true, groupCounts: false });
    rule(rules, 'act-group-contacts-not-reimbursable', 'group-not-reimbursable');
  });

  test('the vocational specialist may bill one extra bachelor\'s-level per diem a month outside the cap (decision D-06)', () => {
    expect(rule(rules, 'act-icm-vocational-specialist-extra-per-diem', 'additional-per-diem'))
      .toMatchObject({ perMonth: 1, countsTowardCap: false, codes: ['H0040-HN', 'H0037-HN'], decision: 'D-06' });
  });
});

describe('ICM per-diem caps (H0037, decision D-03)', () => {
  test('6 in total; Category 1 one, Category 2 two, Category 3 five with no more than three in a clinic setting', () => {
    expect(byId(limits, 'icm-per-diems-total-per-month')).toMatchObject({ max: 6, period: 'month', measure: 'per-diems' });
    expect(byId(limits, 'icm-per-diems-category-1-per-month')).toMatchObject({ max: 1, practitionerCategory: 'category-1' });
    expect(byId(limits, 'icm-per-diems-category-2-per-month')).toMatchObject({ max: 2, practitionerCategory: 'category-2' });
    expect(byId(limits, 'icm-per-diems-category-3-per-month')).toMatchObject({ max: 5, practitionerCategory: 'category-3' });
    expect(byId(limits, 'icm-per-diems-category-3-clinic-per-month')).toMatchObject({ max: 3, practitionerCategory: 'category-3', setting: 'clinic' });
  });

  test('the ICM caps count the H0037 codes, whichever team bills them', () => {
    for (const limit of limits.filter((l) => l.id.startsWith('icm-per-diems'))) {
      expect(limit.appliesTo.codes).toEqual(['H0037-HO', 'H0037-HN', 'H0037-HM', 'H0037-AM', 'H0037-HP', 'H0037-TD']);
      expect(limit.program).toBeUndefined();
      expect(limit.decision).toBe('D-03');
    }
  });
});

describe('service limits as the manual states them', () => {
  test.each([
    ['benefits-counseling-20-hours-per-year', { max: 20, measure: 'hours', period: 'calendar-year', beyond: 'state-approval', decision: 'D-43' }],
    ['financial-coaching-plus-5-hours-per-year', { max: 5, measure: 'hours', beyond: 'deny' }],
    ['iadl-chore-40-hours-per-plan-year', { max: 40, measure: 'hours', period: 'plan-year', beyond: 'deny' }],
    ['nursing-short-term-75-hours-per-plan-year', { max: 75, period: 'plan-year', beyond: 'prior-authorization', decision: 'D-63' }],
    ['peer-support-4-hours-per-day', { max: 4, measure: 'hours', period: 'day', beyond: 'deny' }],
    ['group-psr-260-hours-per-calendar-year', { max: 260, measure: 'hours', period: 'calendar-year', beyond: 'prior-authorization' }],
    ['group-peer-and-group-psr-750-hours-per-calendar-year', { max: 750, measure: 'hours', period: 'calendar-year', beyond: 'prior-authorization' }],
    ['personal-care-12-hours-per-day', { max: 12, measure: 'hours', period: 'day', beyond: 'prior-authorization', approver: 'DHSS' }],
    ['respite-14-days-per-year', { max: 14, measure: 'days', beyond: 'state-approval', decision: 'D-45' }],
    ['respite-15-minute-12-hours-per-day', { max: 12, measure: 'hours', period: 'day' }],
    ['community-transition-1800-dollars-per-transition', { max: '1800.00', measure: 'dollars', period: 'transition', beyond: 'prior-authorization', decision: 'D-54' }],
    ['stsgse-12-continuous-months', { max: 12, measure: 'months', period: 'episode' }],
    ['residential-tier-1-18-months', { max: 18, measure: 'months', period: 'stay' }],
  ] as const)('%s', (id, expected) => {
    expect(byId(limits, id)).toMatchObject(expected);
  });

  test('the 750-hour limit combines group Peer Support and group PSR; group PSR also has its own 260 (decision D-44)', () => {
    expect(byId(limits, 'group-peer-and-group-psr-750-hours-per-calendar-year').appliesTo.codes).toEqual(['H0038-HQ', 'H2017-HN-HQ']);
    expect(byId(limits, 'group-psr-260-hours-per-calendar-year').appliesTo.codes).toEqual(['H2017-HN-HQ']);
  });

  test('every limit that allows more through prior authorization or approval has an authorization rule for it', () => {
    const covered = new Set(authorization.flatMap((a) => (typeof a.when === 'object' && 'beyondLimit' in a.when ? [a.when.beyondLimit] : [])));
    const uncovered = limits.filter((l) => l.beyond !== 'deny' && !covered.has(l.id)).map((l) => l.id);
    // Vacant beds are invoiced to the state (D-52, D-85), not paid past the limit on a Medicaid line.
    expect(uncovered.filter((id) => limits.find((l) => l.id === id)!.conditions?.component !== 'vacant-bed')).toEqual([]);
    expect(byId(authorization, 'residential-tier-1-beyond-18-months')).toMatchObject({ decision: 'D-71', when: { beyondLimit: 'residential-tier-1-18-months' } });
    expect(byId(authorization, 'residential-tier-2-beyond-18-months')).toMatchObject({ decision: 'D-71', when: { beyondLimit: 'residential-tier-2-18-months' } });
  });
});

describe('exclusions, team-only services, groups and timelines', () => {
  test.each(['cpst', 'peer-support', 'psr'])('%s is received only through the ACT, ACT Plus or ICM team', (service) => {
    expect(rule(rules, `${service}-only-through-team`, 'team-only')).toMatchObject({ services: [service], programs: ['act', 'act-plus', 'icm'] });
  });

  test('Residential is not on the plan with IADL/Chore, NMT or Respite; Nursing only not with the Group Home tiers (D-12)', () => {
    expect(rule(rules, 'residential-not-with-iadl-chore-nmt-respite', 'same-plan')).toMatchObject({ a: ['residential'], b: ['iadl-chore', 'nmt', 'respite'] });
    expect(rule(rules, 'nursing-not-with-group-home-tiers', 'same-plan')).toMatchObject({ bCodes: ['T2033-TG', 'T2033-HK'], decision: 'D-12' });
    expect(rule(rules, 'nmt-not-with-residential-act-icm', 'same-plan').b).toEqual(['residential', 'act', 'icm']);
  });

  test('IADL/Chore, Personal Care and Respite are never billed at the same time; Care Management not concurrent with ACT/ICM', () => {
    expect(rule(rules, 'iadl-chore-personal-care-respite-not-at-same-time', 'same-day-same-time').services).toEqual(['iadl-chore', 'personal-care', 'respite']);
    expect(rule(rules, 'care-management-not-concurrent-with-act-icm', 'same-day-same-time').exceptions).toMatch(/Plan of Care development meeting/);
  });

  test('residential tiers not available to ACT/ICM members: Tier 1, Tier 2 Day, and the Group Home tiers', () => {
    expect(rule(rules, 'residential-tier-1-not-for-act-icm', 'not-with-program').codes).toEqual(['T2033']);
    expect(rule(rules, 'residential-tier-2-day-not-for-act-icm', 'not-with-program').codes).toEqual(['T2033-TF']);
    expect(rule(rules, 'group-home-tiers-3-4-not-for-act-icm', 'not-with-program').codes).toEqual(['T2033-TG', 'T2033-HK']);
  });

  test('group sizes: PSR and Peer groups at most 8; STSGSE groups of 2 to 4', () => {
    expect(rule(rules, 'psr-group-at-most-8', 'group-size').max).toBe(8);
    expect(rule(rules, 'peer-support-group-at-most-8', 'group-size').max).toBe(8);
    expect(rule(rules, 'stsgse-group-2-to-4', 'group-size')).toMatchObject({ min: 2, max: 4 });
  });

  test('ages: ACT/ICM 18 and over; CPST and PSR adults (D-57); IMD excluded for CPST, PSR and Residential', () => {
    expect(rule(rules, 'act-icm-18-and-over', 'age-limit').minAge).toBe(18);
    expect(rule(rules, 'cpst-adults', 'age-limit')).toMatchObject({ minAge: 18, decision: 'D-57' });
    for (const id of ['cpst-not-in-imd', 'psr-not-in-imd', 'residential-not-in-institutions']) expect(rule(rules, id, 'excluded-setting').settings).toContain('imd');
  });

  test('orders, reviews and timelines', () => {
    expect(rule(rules, 'nursing-physician-order-every-90-days', 'order-required').everyDays).toBe(90);
    expect(rule(rules, 'recovery-plan-reviewed-at-least-yearly', 'plan-review').everyDays).toBe(365);
    expect(rule(rules, 'act-engagement-within-5-days-of-referral', 'access-timeline').withinDays).toBe(5);
    expect(rule(rules, 'tier-2a-assessment-and-plan-within-30-days', 'access-timeline').withinDays).toBe(30);
    expect(rule(rules, 'vacant-bed-referral-appeal-within-5-business-days', 'access-timeline')).toMatchObject({ withinDays: 5, dayType: 'business' });
    expect(rule(rules, 'timely-filing-365-days', 'timely-filing')).toMatchObject({ days: 365, decision: 'D-69' });
  });

  test('team sizes: ACT small ≤ 70, large 71–125 (D-07); ICM small ≤ 100, large 101–200; first year is 12 months (D-22)', () => {
    expect(rule(rules, 'act-small-team', 'team-size-band').maxMembers).toBe(70);
    expect(rule(rules, 'act-large-team', 'team-size-band')).toMatchObject({ minMembers: 71, maxMembers: 125, decision: 'D-07' });
    expect(rule(rules, 'icm-small-team', 'team-size-band').maxMembers).toBe(100);
    expect(rule(rules, 'icm-large-team', 'team-size-band')).toMatchObject({ minMembers: 101, maxMembers: 200 });
    expect(rule(rules, 'act-new-team-first-year', 'team-stage')).toMatchObject({ newForMonths: 12, decision: 'D-22' });
  });

  test('the ACT and ICM non-billable lists include under-18s, respite, transportation and art therapies', () => {
    for (const id of ['act-non-billable-activities', 'icm-non-billable-activities']) {
      const activities = rule(rules, id, 'non-billable').activities.join('\n');
      for (const phrase of ['under age 18', 'Respite care', 'Transportation', 'art, movement, dance or drama']) expect(activities).toContain(phrase);
    }
  });
});

describe('TMACT fidelity levels (Appendix 3)', () => {
  const level = (id: string) => byId(tmact.levels, id);

  test('levels and overall minimums: provisional 2.0 (mock), basic 3.0, moderately high 3.5, high 4.2', () => {
    expect(tmact.levels.map((l) => [l.id, l.rank, l.overallMin])).toEqual([
      ['non-fidelity', 0, undefined], ['provisional', 1, 2.0], ['basic', 2, 3.0], ['moderately-high', 3, 3.5], ['high', 4, 4.2],
    ]);
    expect(tmact.scale).toEqual({ min: 1, max: 5 });
  });

  test('subscale thresholds', () => {
    expect(level('basic').subscales).toEqual(expect.arrayContaining([
      expect.objectContaining({ scales: ['OS1', 'OS5', 'OS6', 'OS10'], aggregate: 'average', min: 3.0 }),
      expect.objectContaining({ scales: ['CT'], min: 3.0 }), expect.objectContaining({ scales: ['CP1'], aggregate: 'each', min: 3.0 }),
    ]));
    expect(level('moderately-high').subscales).toEqual(expect.arrayContaining([
      expect.objectContaining({ scales: ['OS5', 'OS6', 'OS9', 'OS10'], min: 3.5 }), expect.objectContaining({ scales: ['OS6'], aggregate: 'each', min: 4 }),
      expect.objectContaining({ scales: ['PP'], min: 3 }),
    ]));
    expect(level('high').subscales).toEqual(expect.arrayContaining([
      expect.objectContaining({ scales: ['OS6'], aggregate: 'each', min: 5 }),
      ...['PP', 'ST', 'EBP'].map((s) => expect.objectContaining({ scales: [s], min: 3.7 })),
    ]));
  });

  test('billing: four per diems at ACT rates, more by prior authorization at the two top levels; non-fidelity bills H0037 under ICM caps', () => {
    expect(level('basic').billing).toMatchObject({ rateProgram: 'act', monthlyPerDiemCap: 4 });
    expect(level('high').billing).toMatchObject({ monthlyPerDiemCap: 4, additionalPerDiemsVia: 'prior-authorization' });
    expect(level('non-fidelity').billing).toMatchObject({ rateProgram: 'non-fidelity-act', monthlyPerDiemCap: 6 });
  });

  test('review: pended on request, 90 days to cure, then revert (non-fidelity from basic; basic from the top levels, D-37)', () => {
    expect(level('basic').review).toMatchObject({ pendOnRequest: true, cureDays: 90, revertTo: 'non-fidelity' });
    expect(level('moderately-high').review?.revertTo).toBe('basic');
    expect(level('high').review?.revertTo).toBe('basic');
  });

  test('provisional: six-month certification, basic-rate billing up to 12 months, must reach basic, 90-day corrective plan (D-09)', () => {
    expect(level('provisional')).toMatchObject({
      certificationMonths: 6, durationMonths: 12, mustReach: 'basic', correctiveActionDays: 90, onlyForNewTeams: true,
      billing: { rateProgram: 'act' }, review: { floor: 1.0, revertTo: 'non-fidelity' }, decision: 'D-09',
    });
  });

  test('the fidelity billing caps agree with limits.yaml', () => {
    for (const id of ['provisional', 'basic', 'moderately-high', 'high']) expect(byId(limits, `act-per-diems-total-per-month-${id}`).max).toBe(level(id).billing.monthlyPerDiemCap);
    expect(byId(limits, 'icm-per-diems-total-per-month').max).toBe(level('non-fidelity').billing.monthlyPerDiemCap);
  });
});

describe('Supported Employment Fidelity Scale (Appendix 2)', () => {
  test('25 items: Staffing 3, Organization 8, Services 14, each with anchors 1 to 5', () => {
    expect(seScale.items).toHaveLength(25);
    const sections = seScale.items.reduce<Record<string, number>>((n, i) => ({ ...n, [i.section]: (n[i.section] ?? 0) + 1 }), {});
    expect(sections).toEqual({ Staffing: 3, Organization: 8, Services: 14 });
    for (const item of seScale.items) expect(Object.keys(item.anchors).sort(), item.id).toEqual(['1', '2', '3', '4', '5']);
  });

  test('bands: exemplary 115–125, good 100–114, fair 74–99, not supported employment 73 and below; together they cover 25–125', () => {
    expect(seScale.bands.map((b) => [b.id, b.min, b.max])).toEqual([
      ['exemplary', 115, 125], ['good', 100, 114], ['fair', 74, 99], ['not-supported-employment', 25, 73],
    ]);
    const sorted = [...seScale.bands].sort((a, b) => a.min - b.min);
    sorted.slice(1).forEach((band, i) => expect(band.min).toBe(sorted[i].max + 1));
  });

  test('caseload size anchors: 5 = 20 or fewer clients per specialist', () => {
    expect(byId(seScale.items, 'staffing-1')).toMatchObject({ name: 'Caseload size', anchors: { 5: 'Ratio of 20 or fewer clients per employment specialist.' } });
  });
});

describe('Care Management touch levels', () => {
  test('codes and hours per year; the lead and peer hours add up to the lead-alone hours', () => {
    expect(touchLevels.map((t) => [t.id, t.codes.withoutPeer, t.codes.withPeer, t.hoursPerYear.leadAlone])).toEqual([
      ['high', 'T2022-TG', 'T2022-HT-TG', 67.5], ['medium', 'T2022-TF', 'T2022-HT-TF', 46], ['low', 'T2022', 'T2022-HT', 17.5],
    ]);
    for (const t of touchLevels) expect(t.hoursPerYear.leadWithPeer + t.hoursPerYear.peer).toBe(t.hoursPerYear.leadAlone);
    expect(byId(touchLevels, 'low').settings).toEqual(expect.arrayContaining(['act', 'icm']));
  });
});

describe('provider types and re-verification', () => {
  test.each([
    ['benefits-counseling-agency', 12], ['care-management-agency', 12], ['act-team', 6], ['icm-team', 6], ['peer-specialist-agency', 6],
    ['housing-agency', 6], ['group-home-mental-illness', 24], ['supportive-housing-agency', 24], ['iess-provider-agency', 24],
    ['home-health-agency', 12], ['stsgse-agency', 12], ['transportation-broker-agency', 12],
  ] as const)('%s is re-verified every %i months', (id, months) => {
    expect(byId(providerTypes, id).verification?.everyMonths).toBe(months);
  });

  test('"bi-annually" is read as every six months (decision D-53)', () => {
    for (const p of providerTypes.filter((t) => t.verification?.text.includes('bi-annually'))) expect(p.verification).toMatchObject({ everyMonths: 6, decision: 'D-53' });
  });

  test('ACT teams need TMACT 3.0 or provisional certification; Peer Specialists are 21 and certified', () => {
    expect(byId(byId(providerTypes, 'act-team').requirements, 'tmact-fidelity').check)
      .toEqual({ anyOf: [{ fidelity: { instrument: 'tmact', min: 3.0 } }, { fidelityLevel: 'provisional' }] });
    for (const p of providerTypes) {
      for (const role of p.roles.filter((r) => r.id === 'peer-specialist')) {
        const checks = role.qualifiedBy.flat().map((r) => r.check);
        expect(checks, p.id).toEqual(expect.arrayContaining([expect.objectContaining({ credential: 'certified-peer-specialist' })]));
      }
    }
    const peerAges = providerTypes.flatMap((p) => p.roles.filter((r) => r.id === 'peer-specialist').flatMap((r) => r.qualifiedBy.flat()))
      .filter((r) => r.kind === 'age').map((r) => r.check);
    expect(new Set(peerAges.map((c) => JSON.stringify(c)))).toEqual(new Set([JSON.stringify({ minAge: 21 })]));
  });

  test('every service of the catalog has at least one provider type', () => {
    const served = new Set(providerTypes.flatMap((p) => p.services));
    for (const s of ['benefits-counseling', 'care-management', 'cpst', 'community-transition', 'residential', 'financial-coaching-plus', 'iadl-chore',
      'iess', 'nmt', 'nursing', 'peer-support', 'personal-care', 'psr', 'respite', 'stsgse', 'act', 'icm']) expect(served.has(s), s).toBe(true);
  });
});

describe('criteria', () => {
  test('ACT admission needs at least one of ten functional criteria (D-29); ICM one of four', () => {
    const act = byId(criteria, 'act-admission').checklist.items.find((i) => i.id === 'functional-criteria');
    expect(act).toMatchObject({ combine: 'at-least', count: 1 });
    expect((act as { items: unknown[] }).items).toHaveLength(10);
    const icm = byId(criteria, 'icm-admission').checklist.items.find((i) => i.id === 'functional-criteria');
    expect((icm as { items: unknown[] }).items).toHaveLength(4);
  });

  test('medical-necessity checklists exist for the services that state them', () => {
    for (const id of ['cpst-medical-necessity', 'psr-medical-necessity', 'peer-support-medical-necessity', 'nursing-medical-necessity', 'personal-care-medical-necessity',
      'iadl-chore-medical-necessity', 'nmt-medical-necessity', 'respite-medical-necessity', 'community-transition-authorization', 'stsgse-authorization',
      'supported-employment-admission', 'icm-discharge', 'residential-tier-1', 'residential-tier-2', 'residential-tier-3', 'residential-tier-4']) byId(criteria, id);
  });
});

describe('the decisions register', () => {
  test('at least 68 decisions, numbered D-01 upwards without gaps', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(68);
    expect(decisions.map((d) => d.id)).toEqual(decisions.map((_, i) => `D-${String(i + 1).padStart(2, '0')}`));
  });

  test('every decision has at least one alternative, a reason, a citation, and the decision date', () => {
    for (const d of [...decisions, ...ctDecisions]) {
      expect(d.alternatives.length, d.id).toBeGreaterThanOrEqual(1);
      expect(d.sources.length, d.id).toBeGreaterThanOrEqual(1);
      expect(d.reason.length, d.id).toBeGreaterThan(20);
      expect(d.decidedOn).toBe('2026-11-24');
    }
  });

  test('every contradiction C1–C37 and open question P1–P31 of the digest has its decision', () => {
    const refs = new Set(decisions.map((d) => d.digestRef));
    const expected = [...Array.from({ length: 37 }, (_, i) => `C${i + 1}`), ...Array.from({ length: 31 }, (_, i) => `P${i + 1}`)];
    expect(expected.filter((r) => !refs.has(r))).toEqual([]);
  });

  test('the ids the billing data relies on', () => {
    expect(Object.fromEntries(['D-01', 'D-02', 'D-03', 'D-19', 'D-20', 'D-21', 'D-22', 'D-23'].map((id) => [id, byId(decisions, id).digestRef]))).toEqual({
      'D-01': 'C1', 'D-02': 'C2', 'D-03': 'C3', 'D-19': 'P19', 'D-20': 'P20', 'D-21': 'P4', 'D-22': 'P5', 'D-23': 'P25',
    });
    expect(byId(decisions, 'D-01').inForce).toContain('$518.71');
    expect(byId(decisions, 'D-02').inForce).toContain('$492.78');
  });

  test('every `decision` named by an entry of these files is in its register', () => {
    const named = (pack: string, files: PackFileName[]) => files.flatMap((f) => [...readFileSync(policy(pack, f), 'utf8').matchAll(/^\s*decision: (D-\d+)/gm)].map((m) => m[1]));
    const deIds = new Set(decisions.map((d) => d.id));
    const ctIds = new Set(ctDecisions.map((d) => d.id));
    expect(named(DE, ['limits.yaml', 'rules.yaml', 'authorization.yaml', 'provider-types.yaml', 'criteria.yaml', 'touch-levels.yaml', 'fidelity.yaml']).filter((id) => !deIds.has(id))).toEqual([]);
    expect(named(CT, ['provider-types.yaml', 'rules.yaml']).filter((id) => !ctIds.has(id))).toEqual([]);
  });

  test('docs/decisions.md lists every decision of both packs', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/decisions.md', import.meta.url)), 'utf8');
    for (const [pack, list] of [[DE, decisions], [CT, ctDecisions]] as const) {
      const section = doc.slice(doc.indexOf(`## ${pack}`));
      for (const d of list) expect(section, `${pack} ${d.id}`).toContain(`| ${d.id} | ${d.title.replace(/\|/g, '\\|')} |`);
    }
  });
});

describe('Connecticut MRO standards', () => {
  const standard = (id: string) => rule(ctRules, id, 'operating-standard');

  test('ACT hours: at least 12 hours a weekday, 8 hours of direct service on weekend days and holidays, on call otherwise', () => {
    expect(standard('act-12-hours-per-weekday')).toMatchObject({ op: '>=', value: 12, unit: 'hours' });
    expect(standard('act-8-hours-direct-service-weekend-holiday')).toMatchObject({ op: '>=', value: 8 });
    expect(standard('act-on-call-all-other-hours')).toMatchObject({ op: '=', value: 24 });
  });

  test('ACT contacts: 60% face-to-face, 75% out of office, at least 3 face-to-face contacts a week', () => {
    expect(standard('act-60-percent-face-to-face')).toMatchObject({ op: '>=', value: 60, unit: 'percent' });
    expect(standard('act-75-percent-out-of-office')).toMatchObject({ op: '>=', value: 75, unit: 'percent' });
    expect(standard('act-3-face-to-face-contacts-per-week')).toMatchObject({ op: '>=', value: 3 });
  });

  test('ACT groups: at most 8 participants, at least 2 staff, at most 2 hours a week', () => {
    expect(rule(ctRules, 'act-curriculum-group-at-most-8-with-2-staff', 'group-size')).toMatchObject({ max: 8, minStaff: 2 });
    expect(standard('act-group-at-most-2-hours-per-week')).toMatchObject({ op: '<=', value: 2, unit: 'hours' });
  });

  test('ACT staffing: psychiatrist 8 hours a week per 25 clients; ratio 1:10 excluding clerk and MD; one ACT provider at a time', () => {
    expect(standard('act-psychiatrist-8-hours-per-25-clients')).toMatchObject({ op: '>=', value: 8, per: '25 ACT clients' });
    expect(standard('act-staff-ratio-1-to-10')).toMatchObject({ op: '<=', value: 10, per: 'FTE of team staff, excluding the clerk and the MD' });
    rule(ctRules, 'act-one-provider-at-a-time', 'single-provider');
  });

  test('CST: 60% face-to-face, 60% outside the agency, one provider at a time except Specialty–Core', () => {
    expect(standard('cst-60-percent-face-to-face')).toMatchObject({ program: 'cst', value: 60 });
    expect(standard('cst-60-percent-outside-agency')).toMatchObject({ program: 'cst', value: 60 });
    expect(rule(ctRules, 'cst-one-provider-at-a-time', 'single-provider').exceptions).toMatch(/Specialty–Core/);
  });

  test('MTP every 90 days with appointments 2 weeks ahead; urgent assessments the same day, routine within 7 days', () => {
    expect(rule(ctRules, 'master-treatment-plan-every-90-days', 'plan-review')).toMatchObject({ everyDays: 90, noticeDaysBefore: 14 });
    expect(rule(ctRules, 'urgent-assessment-same-day', 'access-timeline')).toMatchObject({ urgency: 'urgent', withinDays: 0 });
    expect(rule(ctRules, 'routine-assessment-within-7-days', 'access-timeline')).toMatchObject({ urgency: 'routine', withinDays: 7 });
  });

  test('Core providers: accredited, board-certified or -eligible psychiatrist as Medical Director, licensed Clinical Director, 24/7/365 crisis access', () => {
    const core = byId(ctProviderTypes, 'core-provider');
    expect(byId(core.requirements, 'national-accreditation').check).toEqual({ accreditation: 'national' });
    expect(byId(core.requirements, 'crisis-access-24-7-365').check).toEqual({ crisisAccess: { hoursPerDay: 24, daysPerWeek: 7, daysPerYear: 365 } });
    expect(byId(core.roles, 'medical-director').qualifiedBy).toHaveLength(2);
    for (const id of ['annual-financial-audit', 'sliding-fee-scale', 'corporate-compliance-program', 'records-retention', 'consumer-choice-policy', 'affiliation-agreements']) byId(core.requirements, id);
    expect(byId(core.roles, 'cst-team-leader').qualifiedBy).toHaveLength(4);
    expect(byId(core.roles, 'cst-staff').qualifiedBy).toHaveLength(3);
  });

  test('Specialty providers: accredited or Appendix B; interim applicants file written plans', () => {
    const specialty = byId(ctProviderTypes, 'specialty-provider');
    expect(byId(specialty.requirements, 'accredited-or-appendix-b').check).toEqual({ anyOf: [{ accreditation: 'national' }, { appendixB: true }] });
    expect(byId(specialty.requirements, 'interim-plans').when).toBe('interim certification');
    expect(specialty.verification).toBeUndefined();
  });
});

describe.skipIf(!sourcesAtHand)('the cited lines say what the entries claim', () => {
  const says = (source: string | string[], ...phrases: string[]) => {
    const text = citations(source).map(cited).join('\n');
    for (const phrase of phrases) expect(text).toContain(phrase);
  };

  test('limits', () => {
    says(byId(limits, 'benefits-counseling-20-hours-per-year').source, 'Twenty (20) hours per year maximum');
    says(byId(limits, 'financial-coaching-plus-5-hours-per-year').source, 'five (5) hours per beneficiary per year');
    says(byId(limits, 'iadl-chore-40-hours-per-plan-year').source, '40 hours per beneficiary per Recovery Plan year');
    says(byId(limits, 'group-psr-260-hours-per-calendar-year').source, 'Limit of 260 hours of group PSR per calendar year');
    says(byId(limits, 'group-peer-and-group-psr-750-hours-per-calendar-year').source, '750 hours of group', 'combination of group PSR and group Peer Support');
    says(byId(limits, 'personal-care-12-hours-per-day').source, 'in excess of 12 hours per day will require prior approval by DHSS');
    says(byId(limits, 'respite-14-days-per-year').source, 'no more than 14 days per year, regardless of funding source');
    says(byId(limits, 'community-transition-1800-dollars-per-transition').source, 'limited to \\$1,800 per person');
    says(byId(limits, 'stsgse-12-continuous-months').source, 'shall not exceed 12 continuous months');
    says(byId(limits, 'icm-per-diems-category-3-clinic-per-month').source, 'up to five (5) per diems', 'no more than three (3) in a clinic setting');
    says(byId(limits, 'act-per-diems-category-2-per-month-basic').source, 'may not bill more than one (1) per diem for a beneficiary in a monthly total');
  });

  test('rules', () => {
    says(byId(rules, 'act-one-per-diem-per-day').source, 'Only one practitioner across all categories may bill on the same day');
    says(byId(rules, 'icm-per-diem-needs-face-to-face-contact').source, 'at least eight (8) minutes', 'Group contacts alone are not permitted');
    says(byId(rules, 'cpst-only-through-team').source, 'receive CPST solely through their ACT/ACT Plus/ICM team');
    says(byId(rules, 'psr-group-at-most-8').source, 'may not include more than eight (8) beneficiaries');
    says(byId(rules, 'nursing-physician-order-every-90-days').source, 'must be obtained every 90 days');
    says(byId(rules, 'act-engagement-within-5-days-of-referral').source, 'within five (5) days of referral to ACT');
    says(byId(rules, 'act-large-team').source, '71–100 beneficiaries but no more than 125');
    says(byId(rules, 'act-icm-18-and-over').source, 'Services provided to beneficiaries under age 18');
  });

  test('fidelity and the scale', () => {
    says(byId(tmact.levels, 'basic').source, 'overall TMACT fidelity score of at least 3.0');
    says(byId(tmact.levels, 'moderately-high').source, 'at least 3.5', 'which must be at least 4');
    says(byId(tmact.levels, 'high').source, 'at least 4.2', 'this item must score a 5', 'minimum average rating of 3.7');
    says(byId(tmact.levels, 'provisional').source, 'provisional fidelity level for six (6) months', '2.0 or greater', 'up to one (1) year');
    says(seScale.source, '115 – 125\t= Exemplary Fidelity', '73 and below\t= Not Supported Employment');
    const normal = (t: string) => t.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');
    for (const item of seScale.items) expect(normal(citations(item.source).map(cited).join(' ')), item.id).toContain(normal(item.name));
  });

  test('provider verification frequencies', () => {
    for (const p of providerTypes) {
      const text = citations(p.verification!.source).map(cited).join('\n');
      if (p.verification!.everyMonths === 24) expect(text, p.id).toContain('every two (2) years');
      if (p.verification!.everyMonths === 6) expect(text, p.id).toContain('bi-annually');
      if (p.verification!.everyMonths === 12) expect(text, p.id).toMatch(/annually/);
    }
  });

  test('Connecticut', () => {
    says(byId(ctRules, 'act-staff-ratio-1-to-10').source, 'RATIO of 1:10 (excluding clerk and MD)');
    says(byId(ctRules, 'act-psychiatrist-8-hours-per-25-clients').source, '8 hours/week for every 25');
    says(byId(ctRules, 'act-60-percent-face-to-face').source, '60% of all staff contacts must be face-to-face');
    says(byId(ctRules, 'act-curriculum-group-at-most-8-with-2-staff').source, 'no more than eight ACT participants', 'no fewer than two ACT staff');
    says(byId(ctRules, 'master-treatment-plan-every-90-days').source, 'Reviewed and updated every 90-days', '2 weeks prior to expiration');
    says(byId(ctRules, 'routine-assessment-within-7-days').source, 'Assessments within 7 days for routine situations');
  });

  test('every citation in these files points inside its source', () => {
    const all = [DE, CT].flatMap((pack) => (pack === DE
      ? ['limits.yaml', 'rules.yaml', 'authorization.yaml', 'provider-types.yaml', 'criteria.yaml', 'touch-levels.yaml', 'fidelity.yaml', 'scales.yaml', 'decisions.yaml']
      : ['provider-types.yaml', 'rules.yaml', 'decisions.yaml']).flatMap((f) => [...readFileSync(policy(pack, f as PackFileName), 'utf8').matchAll(/\d{3}_[0-9a-f]{16}\.txt:L\d+(?:-L\d+)?/g)].map((m) => m[0])));
    const outside = all.filter((c) => cited(c).trim() === '');
    expect(outside).toEqual([]);
  });
});
