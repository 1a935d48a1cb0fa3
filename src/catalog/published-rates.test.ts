import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog.js';
import { loadBilling } from './fixtures/load-fixture.js';
import { lookupRate, type RateQuery } from './lookup-rate.js';

/**
 * Every priced row of the Delaware PROMISE manual (seeds/003_23a08ecffbbbbdbf.txt, February 1, 2025), typed
 * from the manual itself — not read back from rates.yaml — and looked up through the pack. The last column is
 * the manual line the amount is printed on.
 */
const pack = await loadBilling(fileURLToPath(new URL('../../policy/de-promise', import.meta.url)));
const catalog = buildCatalog(pack);
const DATE = '2025-02-01';

type Row = [label: string, query: Omit<RateQuery, 'date'>, amount: string, line: number];
const row = (label: string, code: string, modifiers: string[], amount: string, line: number,
  conditions: RateQuery['conditions'] = {}, service?: string): Row =>
  [label, { code, modifiers, conditions, ...(service ? { service } : {}) }, amount, line];

const SINGLE: Row[] = [
  row('Benefits Counseling', 'H2014', ['SE'], '17.28', 65),
  row('Care Management without Peer, high touch', 'T2022', ['TG'], '625.73', 178),
  row('Care Management without Peer, medium touch', 'T2022', ['TF'], '426.33', 178),
  row('Care Management without Peer, low touch', 'T2022', [], '162.13', 178),
  row('Care Management with Peer, high touch ("$ 508.19")', 'T2022', ['HT', 'TG'], '508.19', 179),
  row('Care Management with Peer, medium touch', 'T2022', ['HT', 'TF'], '346.03', 179),
  row('Care Management with Peer, low touch', 'T2022', ['HT'], '136.01', 179),
  row('CPST office (1:1)', 'H0036', [], '20.64', 302),
  row('CPST community (1:1)', 'H0036', ['U1'], '22.71', 302),
  row('Financial Coaching Plus, per hour', 'T2013', ['SE'], '66.88', 733),
  row('IADL/Chore, Home Health Agency', 'S5120', [], '6.58', 768, { providerType: 'home-health-agency' }),
  row('IADL/Chore, Personal Assistance Agency', 'S5120', [], '5.85', 768, { providerType: 'personal-assistance-services-agency' }),
  row('IESS Year 1', 'H2023', ['SE'], '18.51', 840, { serviceYear: 'year-1' }),
  row('IESS Year 2', 'H2023', ['SE'], '18.30', 840, { serviceYear: 'year-2' }),
  row('Nursing RN, per hour', 'S9123', [], '51.50', 926),
  row('Nursing LPN, per hour', 'S9124', [], '46.14', 926),
  row('Peer Supports individual', 'H0038', [], '20.86', 1089),
  row('Peer Supports group', 'H0038', ['HQ'], '4.07', 1091),
  row('Personal Care, Home Health Agency', 'T1019', [], '8.00', 1125),
  row('Personal Care, Personal Assistance Agency', 'T1019', ['U1'], '5.85', 1125),
  row('PSR office individual (1:1)', 'H2017', ['HN'], '16.64', 1234),
  row('PSR office group (1:8)', 'H2017', ['HN', 'HQ'], '4.16', 1234),
  row('PSR community individual (1:1)', 'H2017', ['HN', 'U1'], '18.40', 1234),
  row('Respite 15 minutes, Home Health Agency', 'S5150', [], '6.58', 1299, { providerType: 'home-health-agency' }),
  row('Respite 15 minutes, Personal Assistance Agency', 'S5150', [], '5.85', 1299, { providerType: 'personal-assistance-services-agency' }),
  row('STSGSE (1:2)', 'T2019', ['UN'], '6.81', 1357),
  row('STSGSE (1:3)', 'T2019', ['UP'], '4.71', 1357),
  row('STSGSE (1:4)', 'T2019', ['UQ'], '3.67', 1357),
];

const care = (residents: number) => ({ component: 'care', residents });
const roomAndBoard = (residents: number) => ({ component: 'room-and-board', residents });
const vacantBed = (residents: number) => ({ component: 'vacant-bed', residents });
const RESIDENTIAL: Row[] = [
  row('Tier 1 (non-ACT) in Supervised Apartment', 'T2033', [], '74.02', 704, {}, 'residential'),
  row('Tier 2 Day (non-ACT)', 'T2033', ['TF'], '53.23', 704, {}, 'residential'),
  row('Tier 2 Night', 'T2033', ['TF', 'UJ'], '40.76', 704, {}, 'residential'),
  row('Tier 3, up to 5 residents', 'T2033', ['TG'], '328.53', 704, care(5), 'residential'),
  row('Tier 3, 6–8 residents', 'T2033', ['TG'], '328.36', 704, care(6), 'residential'),
  row('Tier 3, 9–10 residents', 'T2033', ['TG'], '262.69', 704, care(10), 'residential'),
  row('Tier 4, up to 5 residents', 'T2033', ['HK'], '399.28', 704, care(1), 'residential'),
  row('Tier 4, 6–8 residents', 'T2033', ['HK'], '328.36', 704, care(8), 'residential'),
  row('Tier 4, 9–10 residents', 'T2033', ['HK'], '262.69', 704, care(9), 'residential'),
  row('Room and board (Tier 3), up to 5 residents', 'T2033', ['TG'], '51.00', 705, roomAndBoard(4), 'residential'),
  row('Room and board (Tier 3), 6–10 residents', 'T2033', ['TG'], '45.00', 705, roomAndBoard(10), 'residential'),
  row('Room and board (Tier 4), up to 5 residents', 'T2033', ['HK'], '51.00', 705, roomAndBoard(5), 'residential'),
  row('Room and board (Tier 4), 6–10 residents', 'T2033', ['HK'], '45.00', 705, roomAndBoard(6), 'residential'),
  row('Vacant bed Tier 3, up to 5 residents', 'T2033', ['TG'], '328.53', 706, vacantBed(3), 'residential'),
  row('Vacant bed Tier 3, 6-8 residents', 'T2033', ['TG'], '328.36', 706, vacantBed(7), 'residential'),
  row('Vacant bed Tier 3, 9-10 residents ("262.69")', 'T2033', ['TG'], '262.69', 706, vacantBed(9), 'residential'),
  row('Vacant bed Tier 4, up to 5 residents', 'T2033', ['HK'], '399.28', 706, vacantBed(2), 'residential'),
  row('Vacant bed Tier 4, 6-8 residents ("328.36")', 'T2033', ['HK'], '328.36', 706, vacantBed(8), 'residential'),
  row('Vacant bed Tier 4, 9-10 residents ("262.69")', 'T2033', ['HK'], '262.69', 706, vacantBed(10), 'residential'),
  row('Respite Tier 1 (non-ACT)', 'T2033', [], '74.02', 1300, {}, 'respite'),
  row('Respite Tier 2 Day (non-ACT)', 'T2033', ['TF'], '53.23', 1301, {}, 'respite'),
  row('Respite Tier 2 Night', 'T2033', ['TF', 'UJ'], '40.76', 1301, {}, 'respite'),
  row('Respite Tier 3, up to 5 residents', 'T2033', ['TG'], '328.53', 1302, care(5), 'respite'),
  row('Respite Tier 3, 6–8 residents', 'T2033', ['TG'], '328.36', 1302, care(6), 'respite'),
  row('Respite Tier 3, 9–10 residents', 'T2033', ['TG'], '262.69', 1302, care(10), 'respite'),
  row('Respite Tier 3 room and board, up to 5 residents', 'T2033', ['TG'], '39.00', 1302, roomAndBoard(5), 'respite'),
  row('Respite Tier 3 room and board, 6–10 residents', 'T2033', ['TG'], '33.00', 1302, roomAndBoard(8), 'respite'),
  row('Respite Tier 4, up to 5 residents', 'T2033', ['HK'], '399.28', 1303, care(3), 'respite'),
  row('Respite Tier 4, 6–8 residents', 'T2033', ['HK'], '328.36', 1303, care(7), 'respite'),
  row('Respite Tier 4, 9–10 residents', 'T2033', ['HK'], '262.69', 1303, care(9), 'respite'),
  row('Respite Tier 4 room and board', 'T2033', ['HK'], '39.00', 1303, roomAndBoard(4), 'respite'),
  row('Respite Tier 4 room and board, 6–10 residents', 'T2033', ['HK'], '33.00', 1303, roomAndBoard(6), 'respite'),
];

/** The ACT/ICM tables: per practitioner modifier, [New Small, New Large, Established Small, Established Large]. */
type Table = Record<'HO' | 'HN' | 'HM' | 'AM' | 'HP' | 'TD', [string, string, string, string]>;
const H0040: Table = { // ACT per diem, L307–L312 and Appendix 3 L2140–L2155
  HO: ['208.21', '195.91', '197.09', '187.15'],
  HN: ['177.04', '165.80', '167.59', '158.39'],
  HM: ['170.88', '159.83', '161.76', '152.69'],
  AM: ['685.11', '658.31', '648.54', '628.90'],
  HP: ['518.71', '496.96', '491.03', '474.76'], // Appendix 3 (decision D-01); the service section prints $100.00 more
  TD: ['256.54', '242.74', '242.85', '231.89'],
};
const H0039: Table = { // ACT 15 minutes, L314–L319 and Appendix 3 L2160–L2175
  HO: ['54.25', '52.59', '29.49', '28.53'],
  HN: ['43.97', '42.37', '24.29', '23.35'],
  HM: ['43.97', '42.37', '23.46', '22.52'],
  AM: ['140.42', '139.24', '114.00', '113.03'],
  HP: ['75.72', '74.54', '61.60', '60.74'],
  TD: ['42.69', '41.51', '35.01', '34.04'],
};
const H0037: Table = { // ICM / non-fidelity ACT per diem, L321–L326 and Appendix 3 L2180–L2195
  HO: ['197.80', '186.11', '187.24', '177.80'],
  HN: ['168.19', '157.51', '159.21', '150.47'],
  HM: ['162.33', '151.84', '153.67', '145.05'],
  AM: ['650.85', '625.39', '616.11', '597.45'],
  HP: ['492.78', '472.11', '466.48', '451.02'], // Appendix 3 (decision D-02); the service section prints $100.00 more
  TD: ['243.72', '230.60', '230.71', '220.30'],
};
const H0036: Table = { // ICM 15 minutes, L328–L333 and Appendix 3 L1998–L2013
  HO: ['35.42', '35.10', '30.25', '29.93'],
  HN: ['28.54', '28.22', '24.47', '24.15'],
  HM: ['28.54', '28.22', '24.47', '24.15'],
  AM: ['73.81', '73.63', '60.49', '60.31'],
  HP: ['38.60', '38.42', '31.72', '31.54'],
  TD: ['22.42', '22.23', '18.51', '18.31'],
};
const CELLS = [['new-first-year', 'small'], ['new-first-year', 'large'], ['established', 'small'], ['established', 'large']] as const;
/** The service-section line of each modifier's row (the H0036 rows run HO, HN, AM, HM, HP, TD). */
const lines = (first: number, order = ['HO', 'HN', 'HM', 'AM', 'HP', 'TD']) => Object.fromEntries(order.map((m, i) => [m, first + i]));
const team = (code: string, table: Table, line: Record<string, number>): Row[] => Object.entries(table).flatMap(([modifier, amounts]) =>
  CELLS.map(([teamStage, teamSize], cell) =>
    row(`${code} ${modifier} ${teamStage} ${teamSize}`, code, [modifier], amounts[cell], line[modifier]!, { teamStage, teamSize })));
const TEAMS = [
  ...team('H0040', H0040, lines(307)), ...team('H0039', H0039, lines(314)), ...team('H0037', H0037, lines(321)),
  ...team('H0036', H0036, lines(328, ['HO', 'HN', 'AM', 'HM', 'HP', 'TD'])),
];

const ALL = [...SINGLE, ...RESIDENTIAL, ...TEAMS];

describe('every priced row of the manual prices through the pack', () => {
  test.each(ALL)('%s: $%s', (_label, query, amount) => {
    const found = lookupRate(catalog, { date: DATE, ...query });
    expect(found.ok ? found.value.amount : found.problem).toBe(amount);
  });

  test('the table and rates.yaml hold the same rows: every rate is reached exactly once', () => {
    const reached = ALL.map(([, query]) => {
      const found = lookupRate(catalog, { date: DATE, ...query });
      return found.ok ? found.value.rateId : `failed: ${found.problem.message}`;
    });
    expect(new Set(reached).size).toBe(ALL.length);
    expect([...reached].sort()).toEqual(pack.rates.map((r) => r.id).sort());
    expect(ALL).toHaveLength(156);
  });

  test('room and board and vacant beds are not Medicaid, everything else is', () => {
    for (const [label, query] of ALL) {
      const found = lookupRate(catalog, { date: DATE, ...query });
      const component = query.conditions?.component;
      expect(found.ok && found.value.payer, label).toBe(component === undefined || component === 'care' ? 'medicaid' : 'state-non-medicaid');
    }
  });

  test('each rate cites the manual row it prices', () => {
    for (const [label, query, , line] of ALL) {
      const found = lookupRate(catalog, { date: DATE, ...query });
      const sources = found.ok ? [found.value.source].flat() : [];
      expect(sources, label).toContain(`003_23a08ecffbbbbdbf.txt:L${line}`);
    }
  });
});

describe('the contradictions the manual leaves', () => {
  test.each([
    ['H0040', 'D-01'], ['H0037', 'D-02'],
  ])('%s HP is priced from Appendix 3 under %s', (code, decision) => {
    const found = lookupRate(catalog, { date: DATE, code, modifiers: ['HP'], conditions: { teamSize: 'small', teamStage: 'new-first-year' } });
    expect(found.ok && found.value.decision).toBe(decision);
  });

  test('H0036 without a team modifier is CPST; with one it is ICM', () => {
    const cpst = lookupRate(catalog, { date: DATE, code: 'H0036', conditions: { teamSize: 'small', teamStage: 'established' } });
    const icm = lookupRate(catalog, { date: DATE, code: 'H0036', modifiers: ['TD'], conditions: { teamSize: 'small', teamStage: 'established' } });
    expect(cpst.ok && [cpst.value.service, cpst.value.amount]).toEqual(['cpst', '20.64']);
    expect(icm.ok && [icm.value.service, icm.value.amount]).toEqual(['icm', '18.51']);
  });

  test('T2033 TG without a service is ambiguous between Residential and Respite', () => {
    expect(lookupRate(catalog, { date: DATE, code: 'T2033', modifiers: ['TG'], conditions: care(5) }))
      .toMatchObject({ ok: false, problem: { kind: 'ambiguous', candidates: [{ service: 'residential' }, { service: 'respite' }] } });
  });

  test('an ACT team rate needs team size and stage', () => {
    expect(lookupRate(catalog, { date: DATE, code: 'H0039', modifiers: ['AM'] })).toMatchObject({
      ok: false, problem: { kind: 'missing-condition', missing: ['teamSize', 'teamStage'] },
    });
  });

  test('market-rate and broker codes have no rate', () => {
    for (const code of ['T2028', 'T2035', 'T2038']) {
      expect(lookupRate(catalog, { date: DATE, code })).toMatchObject({ ok: false, problem: { kind: 'not-priced', pricing: 'market-rate' } });
    }
    for (const [code, modifiers] of [['A0090', []], ['A0100', []], ['A0110', []], ['A0120', []], ['A0130', []], ['A0170', []], ['T2003', ['SE']]] as const) {
      expect(lookupRate(catalog, { date: DATE, code, modifiers: [...modifiers] })).toMatchObject({ ok: false, problem: { kind: 'not-priced', pricing: 'broker' } });
    }
  });

  test('nothing is priced before the manual takes effect', () => {
    expect(lookupRate(catalog, { date: '2025-01-31', code: 'H2014', modifiers: ['SE'] })).toMatchObject({ ok: false, problem: { kind: 'not-effective' } });
  });
});

describe('modifier order', () => {
  test('any order and case of a multi-modifier code finds the same rate', () => {
    const multi = ALL.filter(([, query]) => (query.modifiers?.length ?? 0) > 1);
    fc.assert(fc.property(fc.constantFrom(...multi), fc.func(fc.boolean()), ([, query, amount], lower) => {
      const shuffled = [...query.modifiers!].reverse().map((m, i) => lower(i) ? m.toLowerCase() : m);
      const found = lookupRate(catalog, { date: DATE, ...query, modifiers: shuffled });
      return found.ok && found.value.amount === amount;
    }));
  });
});
