import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { FIXTURE_SOURCES, MINI_PACK, scratchPack } from './fixtures/scratch-pack.js';
import { lintPack } from './lint-pack.js';
import { lintPacks } from './lint-packs.js';
import { formatLintReport, type LintReport } from './lint-report.js';
import { formatPackIssue } from './pack-issue.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Lints a scratch copy of the fixture pack with edits; returns its errors as printed lines, folder elided. */
async function lintWith(edits: Parameters<typeof scratchPack>[0], sourcesDir = FIXTURE_SOURCES): Promise<{ errors: string[]; warnings: string[]; report: LintReport }> {
  const { dir, cleanup } = scratchPack(edits);
  cleanups.push(cleanup);
  const report = await lintPack(dir, { sourcesDir });
  const print = (issues: LintReport['errors']) => issues.map((i) => formatPackIssue(i).replace(`${dir}/`, ''));
  return { errors: print(report.errors), warnings: print(report.warnings), report };
}

describe('policy check on the fixture pack', () => {
  test('passes with no errors or warnings, and lists the decision register', async () => {
    const report = await lintPack(MINI_PACK, { sourcesDir: FIXTURE_SOURCES });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.decisions).toEqual([{ id: 'D-01', title: 'Small team per diem from 2025', kind: 'contradiction', status: 'in-force', inForce: '$105.00', referencedBy: ['X0002-HO-small-2025'] }]);
    expect(formatLintReport(report)).toMatch(/^fixture \(.*\): ok — 0 error\(s\), 0 warning\(s\), 1 decision\(s\)\n  3 units, 3 modifiers/);
  });

  test('schema errors come back as the report\'s errors', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => t.replace('amount: "10.00"', 'amount: "ten"') });
    expect(errors).toEqual(['rates.yaml: [0] (X0001).amount: Expected a decimal amount like "208.21"']);
  });
});

describe('duplicates', () => {
  test('two rates for the same code and conditions on overlapping dates', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => t.replace('effective: { from: 2024-01-01, to: 2024-12-31 }', 'effective: { from: 2024-01-01, to: 2025-01-01 }') });
    expect(errors).toEqual(['rates.yaml: [2] (X0002-HO-small-2024): Overlaps rate X0002-HO-small-2025: same code X0002-HO, overlapping conditions and dates']);
  });

  test('overlapping integer ranges', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => t.replace('residents: { min: 6, max: 10 }', 'residents: { min: 5, max: 10 }') });
    expect(errors).toEqual(['rates.yaml: [5] (X0003-TG-1-5): Overlaps rate X0003-TG-6-10: same code X0003-TG, overlapping conditions and dates']);
  });

  test('a reused id, and a code + modifier set billed twice for one service', async () => {
    const { errors } = await lintWith({
      'rates.yaml': (t) => t.replace('id: X0002-HO-large,', 'id: X0002-HO-small-2024,'),
      'codes.yaml': (t) => t.replace('id: X0003-TG.respite, service: respite', 'id: X0003-TG.respite, service: residence'),
    });
    expect(errors).toContain('rates.yaml: [4] (X0002-HO-small-2024): Duplicate id: entry [2] already uses X0002-HO-small-2024');
    expect(errors).toContain('codes.yaml: [4] (X0003-TG.respite): X0003 TG is already billed for residence as X0003-TG');
  });
});

describe('citations', () => {
  test('a line past the end of the source', async () => {
    const { errors } = await lintWith({ 'units.yaml': (t) => t.replace('source: 900_0123456789abcdef.txt:L5', 'source: 900_0123456789abcdef.txt:L5-L99') });
    expect(errors).toEqual(['units.yaml: [1] (units.per-diem).source: Citation 900_0123456789abcdef.txt:L5-L99 points past the end of 900_0123456789abcdef.txt (17 lines)']);
  });

  test('a backwards range', async () => {
    const { errors } = await lintWith({ 'units.yaml': (t) => t.replace('source: 900_0123456789abcdef.txt:L5', 'source: 900_0123456789abcdef.txt:L5-L4') });
    expect(errors).toEqual(['units.yaml: [1] (units.per-diem).source: Citation 900_0123456789abcdef.txt:L5-L4 runs backwards']);
  });

  test('a source the pack does not list, and a listed source that is not there', async () => {
    const { errors } = await lintWith({
      'limits.yaml': (t) => t.replace('source: 900_0123456789abcdef.txt:L13, effective: { from: 2024-01-01 } }\n- { id: therapy-100', 'source: 901_0123456789abcdef.txt:L13, effective: { from: 2024-01-01 } }\n- { id: therapy-100'),
      'pack.yaml': (t) => t.replace('rates: published', '  - { file: 902_0123456789abcdef.txt, title: Missing }\nrates: published'),
    });
    expect(errors).toEqual([
      'pack.yaml: sources[1].file: Source file 902_0123456789abcdef.txt is not in the sources folder',
      'limits.yaml: [0] (therapy-8-units-a-day).source: Cites 901_0123456789abcdef.txt, which pack.yaml does not list among its sources',
    ]);
  });

  test('without the source folder the line check is skipped with a warning, never an error', async () => {
    const { errors, warnings } = await lintWith({ 'units.yaml': (t) => t.replace('L5', 'L500') }, '/nonexistent/sources');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['/nonexistent/sources: Source folder not found: citation line ranges were not checked (set OPENHCBS_SOURCES)']);
  });
});

describe('dangling references', () => {
  test('a rate for a code that does not exist', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => t.replace('code: X0001-U1,', 'code: X0001-U2,') });
    expect(errors).toContain('rates.yaml: [1] (X0001-U1).code: Billing code X0001-U2 is not in codes.yaml');
    expect(errors).toContain('codes.yaml: [1] (X0001-U1).pricing: Priced by rate but rates.yaml has no rate for X0001-U1');
  });

  test('codes naming a service, unit, modifier or dimension that does not exist', async () => {
    const { errors } = await lintWith({
      'codes.yaml': (t) => t.replace('service: team, code: X0002, modifiers: [HO], descriptor: Team per diem., unit: units.per-diem,\n    pricing: rate, dimensions: [teamSize]',
        'service: teams, code: X0002, modifiers: [HZ], descriptor: Team per diem., unit: units.daily,\n    pricing: rate, dimensions: [teamSize, stage]'),
    });
    expect(errors).toEqual(expect.arrayContaining([
      'codes.yaml: [2] (X0002-HO).service: Service teams is not in services.yaml',
      'codes.yaml: [2] (X0002-HO).unit: Unit units.daily is not in units.yaml',
      'codes.yaml: [2] (X0002-HO).modifiers[0]: Modifier HZ is not in modifiers.yaml',
      'codes.yaml: [2] (X0002-HO).dimensions[1]: Dimension stage is not in dimensions.yaml',
    ]));
  });

  test('a rate condition the code does not declare, a value the dimension does not allow, a condition left out', async () => {
    const { errors } = await lintWith({
      'rates.yaml': (t) => t.replace('conditions: { teamSize: large }', 'conditions: { teamSize: huge, residents: { max: 3 } }')
        .replace('conditions: { residents: { min: 6, max: 10 } }', 'conditions: {}'),
    });
    expect(errors).toEqual(expect.arrayContaining([
      'rates.yaml: [4] (X0002-HO-large).conditions.teamSize: huge is not a value of teamSize (small, large)',
      'rates.yaml: [4] (X0002-HO-large).conditions.residents: residents is not a dimension X0002-HO declares (teamSize)',
      "rates.yaml: [6] (X0003-TG-6-10).conditions: Missing condition residents: X0003-TG's rates vary by it",
    ]));
  });

  test('limits and rules naming services, codes, programs and limits that do not exist', async () => {
    const { errors } = await lintWith({
      'limits.yaml': (t) => t.replace('appliesTo: { services: [therapy] }', 'appliesTo: { services: [therapies] }').replace('period: day,', 'period: day, setting: office, program: crew,'),
      'rules.yaml': (t) => t.replace('services: [therapy, respite]', 'services: [therapy, respit]'),
      'authorization.yaml': `- { id: beyond, appliesTo: { codes: [X0001] }, mode: prior-authorization, when: { beyondLimit: therapy-9-units }, approver: State,
    text: More needs approval., source: 900_0123456789abcdef.txt:L13, effective: { from: 2024-01-01 } }\n`,
    });
    expect(errors).toEqual(expect.arrayContaining([
      'limits.yaml: [1] (therapy-100-units-a-month).appliesTo.services[0]: therapies is not in services.yaml',
      'limits.yaml: [0] (therapy-8-units-a-day).program: crew is not in pack.yaml programs',
      'limits.yaml: [0] (therapy-8-units-a-day).setting: office is not a value of dimension setting (clinic, community)',
      'rules.yaml: [0] (therapy-not-with-respite).services[1]: respit is not in services.yaml',
      'authorization.yaml: [0] (beyond).when.beyondLimit: therapy-9-units is not in limits.yaml',
    ]));
  });

  test('a dimension whose values are provider types names ones provider-types.yaml has', async () => {
    const { errors } = await lintWith({ 'dimensions.yaml': (t) => t.replace('values: [small, large]', 'values: [small, large]\n  valuesFrom: provider-types') });
    expect(errors).toEqual([
      'dimensions.yaml: [0] (teamSize).values[0]: small is not in provider-types.yaml',
      'dimensions.yaml: [0] (teamSize).values[1]: large is not in provider-types.yaml',
    ]);
  });

  test('a decision that is not in decisions.yaml', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => t.replace('decision: D-01', 'decision: D-09') });
    expect(errors).toEqual(['rates.yaml: [3] (X0002-HO-small-2025).decision: Decision D-09 is not in decisions.yaml']);
  });

  test('a decision that affects an id the pack does not have is a warning', async () => {
    const { errors, warnings } = await lintWith({ 'decisions.yaml': (t) => t.replace('affects: [X0002-HO-small-2025]', 'affects: [X0002-HO-small-2026]') });
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['decisions.yaml: [0] (D-01).affects[0]: X0002-HO-small-2026 is not an id in this pack']);
  });
});

describe('pricing', () => {
  test('a market-rate code with a rate row', async () => {
    const { errors } = await lintWith({ 'rates.yaml': (t) => `${t}- { id: X0004, code: X0004, amount: "1.00", label: Supply, source: 900_0123456789abcdef.txt:L11, effective: { from: 2024-01-01 } }\n` });
    expect(errors).toEqual(['rates.yaml: [8] (X0004).code: X0004 is priced market-rate, so it takes no rate rows']);
  });

  test('a pack that publishes no rates may not have any', async () => {
    const { errors } = await lintWith({ 'pack.yaml': (t) => t.replace('rates: published', 'rates: none-published') });
    expect(errors).toHaveLength(8 + 5); // every rate row, and every code priced by rate
    expect(errors[0]).toMatch(/pack.yaml says no rates are published/);
  });
});

describe('the real packs', () => {
  test('every pack under policy/ passes policy check with zero errors', async () => {
    const reports = await lintPacks(fileURLToPath(new URL('../../policy', import.meta.url)));
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const report of reports) expect(report.errors.map(formatPackIssue), report.program).toEqual([]);
  });
});
