import { cpSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPack } from './load-pack.js';
import { loadPacks } from './load-packs.js';
import { formatPackIssue } from './pack-issue.js';
import { MINI_PACK, scratchPack } from './fixtures/scratch-pack.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Loads a scratch copy of the fixture pack with edits, and returns its issues as printed lines. */
async function issuesOf(edits: Parameters<typeof scratchPack>[0]): Promise<string[]> {
  const { dir, cleanup } = scratchPack(edits);
  cleanups.push(cleanup);
  const loaded = await loadPack(dir);
  if (loaded.ok) return [];
  return loaded.problem.issues.map((i) => formatPackIssue(i).replace(dir, '<pack>'));
}

describe('loading a pack', () => {
  test('a valid pack loads every file, absent files as empty lists', async () => {
    const loaded = await loadPack(MINI_PACK);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.manifest.id).toBe('fixture');
    expect(loaded.value.codes.map((c) => c.id)).toContain('X0002-HO');
    expect(loaded.value.providerTypes).toEqual([]);
    expect(loaded.value.codes[0]!.dimensions).toEqual([]); // schema defaults are applied
  });

  test('an amount written as a YAML number names file, entry index, id and field, and says to quote it', async () => {
    const issues = await issuesOf({ 'rates.yaml': (t) => t.replace('amount: "90.00"', 'amount: 90.00') });
    expect(issues).toEqual(['<pack>/rates.yaml: [4] (X0002-HO-large).amount: Invalid input: expected string, received number (write it in quotes, e.g. "17.28")']);
  });

  test('a malformed amount gets the Money message', async () => {
    const issues = await issuesOf({ 'rates.yaml': (t) => t.replace('amount: "90.00"', 'amount: "90.001"') });
    expect(issues).toEqual(['<pack>/rates.yaml: [4] (X0002-HO-large).amount: Expected a decimal amount like "208.21"']);
  });

  test('a bad citation in a list of sources points at the list item', async () => {
    const issues = await issuesOf({ 'rates.yaml': (t) => t.replace('900_0123456789abcdef.txt:L17', 'manual line 17') });
    expect(issues).toEqual(['<pack>/rates.yaml: [3] (X0002-HO-small-2025).source[1]: Expected a citation like 003_23a08ecffbbbbdbf.txt:L1089']);
  });

  test('a single bad citation reports the citation format, not "expected array"', async () => {
    const issues = await issuesOf({ 'units.yaml': (t) => t.replace('source: 900_0123456789abcdef.txt:L5', 'source: L5') });
    expect(issues).toEqual(['<pack>/units.yaml: [1] (units.per-diem).source: Expected a citation like 003_23a08ecffbbbbdbf.txt:L1089']);
  });

  test('nested fields and unknown keys are named', async () => {
    const issues = await issuesOf({
      'rates.yaml': (t) => t.replace('conditions: { residents: { max: 5 } }', 'conditions: { residents: { max: 5.5 } }'),
      'codes.yaml': (t) => t.replace('pricing: market-rate,', 'pricing: market-rate, price: 3,'),
    });
    expect(issues).toContain('<pack>/rates.yaml: [5] (X0003-TG-1-5).conditions.residents.max: Invalid input: expected int, received number');
    expect(issues).toContain('<pack>/codes.yaml: [5] (X0004): Unrecognized key: "price"');
  });

  test('a rule with an unknown kind lists the kinds there are', async () => {
    const [issue] = await issuesOf({ 'rules.yaml': (t) => t.replace('kind: same-day-same-time', 'kind: same-time') });
    expect(issue).toMatch(/^<pack>\/rules\.yaml: \[0\] \(therapy-not-with-respite\)\.kind: Invalid discriminator value\. Expected 'same-day-same-time'/);
  });

  test('pack.yaml fields are named by path', async () => {
    const issues = await issuesOf({ 'pack.yaml': (t) => t.replace('{ file: 900_0123456789abcdef.txt, title: Fixture Program Manual }', '{ file: 900_0123456789abcdef.txt }') });
    expect(issues).toEqual(['<pack>/pack.yaml: sources[0].title: Invalid input: expected string, received undefined']);
  });

  test('YAML syntax errors give the line', async () => {
    const [issue] = await issuesOf({ 'limits.yaml': '- id: a\n  max: [1\n' });
    expect(issue).toMatch(/^<pack>\/limits\.yaml: YAML error at line \d+, column \d+: /);
  });

  test('a missing pack.yaml and a misnamed file are both reported', async () => {
    const issues = await issuesOf({ 'pack.yaml': null, 'rate.yaml': '[]' });
    expect(issues).toContain('<pack>/pack.yaml: Missing pack.yaml (every pack has one)');
    expect(issues.some((i) => i.startsWith('<pack>/rate.yaml: Not a pack file; expected one of units.yaml'))).toBe(true);
  });

  test('every issue in the pack is reported at once', async () => {
    const issues = await issuesOf({
      'rates.yaml': (t) => t.replace('amount: "90.00"', 'amount: 90'),
      'units.yaml': (t) => t.replace('minutes: 15', 'minutes: -15'),
    });
    expect(issues).toHaveLength(2);
  });
});

describe('loading every pack under a folder', () => {
  test('two packs with one program id are refused', async () => {
    const a = scratchPack();
    cleanups.push(a.cleanup);
    cpSync(a.dir, `${a.dir}-copy`, { recursive: true });
    const loaded = await loadPacks(`${a.dir}/..`);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^Program id fixture is also used by /)]);
  });
});
