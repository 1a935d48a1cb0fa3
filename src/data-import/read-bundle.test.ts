import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import { formatBundleError, type BundleError } from './format-bundle-error.js';
import { generateProgram } from './generate-program.js';
import { readBundle } from './read-bundle.js';
import { bundleKeyOf, writeBundle } from './write-bundle.js';
import { writeProgram } from './write-program.js';

const FILES = Object.keys(ImportFiles) as ImportFileName[];
const root = mkdtempSync(join(tmpdir(), 'read-bundle-'));
let bundle: ImportBundle;
let original: string;

beforeAll(async () => {
  bundle = generateProgram({ members: 30, seed: 11 });
  original = join(root, 'original');
  await writeBundle(original, bundle);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the generated folder with `edit` applied to one file's records. */
function folderWith(file: ImportFileName, edit: (records: any[]) => void): string {
  const dir = mkdtempSync(join(root, 'case-'));
  cpSync(original, dir, { recursive: true });
  const records = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(records);
  writeFileSync(join(dir, file), JSON.stringify(records, null, 2));
  return dir;
}
async function errorsOf(dir: string): Promise<BundleError[]> {
  const result = await readBundle(dir);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('reading an import folder', () => {
  test('a written bundle reads back equal', async () => {
    const result = await readBundle(original);
    expect(result).toEqual({ ok: true, value: bundle });
  });
  test('writeProgram writes the same bytes as writeBundle of the generated bundle', async () => {
    const streamed = join(root, 'streamed');
    const counts = await writeProgram({ members: 30, seed: 11 }, streamed);
    for (const file of FILES) {
      expect(readFileSync(join(streamed, file), 'utf8'), file).toBe(readFileSync(join(original, file), 'utf8'));
      expect(counts[file]).toBe(bundle[bundleKeyOf(file)].length);
    }
  });
  test('a bad date names the file, the record, its ref and the field', async () => {
    const errors = await errorsOf(folderWith('members.json', (m) => { m[12].eligibility[0].from = '2025-02-30'; }));
    expect(errors).toEqual([{ file: 'members.json', index: 12, ref: 'M-000013', path: 'eligibility.0.from', message: 'Expected a date YYYY-MM-DD' }]);
    expect(formatBundleError(errors[0])).toBe('members.json: record 12 (ref M-000013): eligibility.0.from: Expected a date YYYY-MM-DD');
  });
  test('unknown, missing and mistyped fields and values outside a list each get their own error', async () => {
    const errors = await errorsOf(folderWith('staff.json', (s) => {
      s[0].nickname = 'Bo';
      delete s[1].lastName;
      s[2].credentials = 'none';
      s[3].degree = 'phd';
    }));
    expect(errors.map((e) => [e.index, e.path, e.message])).toEqual([
      [0, 'nickname', 'Unknown field: not part of the import format'],
      [1, 'lastName', 'Required: expected string'],
      [2, 'credentials', 'Expected array, got string "none"'],
      [3, 'degree', 'Expected one of: none, high-school, associate, bachelor, master, doctoral'],
    ]);
  });
  test('a ref that points nowhere names the field that holds it', async () => {
    const errors = await errorsOf(folderWith('sites.json', (s) => { s[2].organization = 'ORG-9999'; }));
    expect(errors).toEqual([{ file: 'sites.json', index: 2, ref: bundle.sites[2].ref, path: 'organization', message: 'No record with ref "ORG-9999" in organizations.json' }]);
  });
  test('a ref used twice in one file is reported on the second record', async () => {
    const errors = await errorsOf(folderWith('teams.json', (t) => { t[1].ref = t[0].ref; }));
    expect(errors[0]).toMatchObject({ file: 'teams.json', index: 1, path: 'ref', message: expect.stringContaining('record 0 has it too') });
  });
  test('an invalid organization is reported once, not again by every record pointing at it', async () => {
    const errors = await errorsOf(folderWith('organizations.json', (o) => { o[0].npi = 'none'; }));
    expect(errors).toEqual([expect.objectContaining({ file: 'organizations.json', index: 0, path: 'npi' })]);
  });
  test('NPI check digits, Medicaid ids and backwards spans are checked across records', async () => {
    const errors = await errorsOf(folderWith('members.json', (m) => {
      m[1].medicaidId = m[0].medicaidId;
      m[2].eligibility[0].to = '2000-01-01';
    }));
    expect(errors.map((e) => [e.index, e.path])).toEqual([[1, 'medicaidId'], [2, 'eligibility.0.to']]);
    const npi = await errorsOf(folderWith('organizations.json', (o) => { o[0].npi = o[0].npi.slice(0, 9) + String((Number(o[0].npi[9]) + 1) % 10); }));
    expect(npi[0]).toMatchObject({ index: 0, path: 'npi', message: expect.stringContaining('check digit') });
  });
  test('a record that is not valid JSON is named by its position and line', async () => {
    const dir = mkdtempSync(join(root, 'case-'));
    cpSync(original, dir, { recursive: true });
    const text = readFileSync(join(dir, 'plans.json'), 'utf8').replace(`"ref": "${bundle.plans[3].ref}"`, `"ref": ${bundle.plans[3].ref}`);
    writeFileSync(join(dir, 'plans.json'), text);
    const errors = await errorsOf(dir);
    expect(errors[0]).toMatchObject({ file: 'plans.json', index: 3, path: '', message: expect.stringMatching(/^Not valid JSON \(line \d+\)/) });
  });
  test('a file that is not an array, and a file the format does not know, are reported', async () => {
    const dir = mkdtempSync(join(root, 'case-'));
    writeFileSync(join(dir, 'organizations.json'), '{"ref": "ORG-1"}');
    writeFileSync(join(dir, 'member.json'), '[]');
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.index])).toEqual([['member.json', null], ['organizations.json', null]]);
    expect(formatBundleError(errors[0])).toMatch(/^member\.json: Unknown file/);
  });
  test('absent files are empty, and a missing folder is one error', async () => {
    const dir = mkdtempSync(join(root, 'case-'));
    writeFileSync(join(dir, 'organizations.json'), JSON.stringify(bundle.organizations.slice(0, 2)));
    const result = await readBundle(dir);
    expect(result.ok && result.value.organizations.length).toBe(2);
    expect(result.ok && result.value.members).toEqual([]);
    expect(await errorsOf(join(root, 'no-such-folder'))).toEqual([expect.objectContaining({ index: null, message: expect.stringContaining('No import folder') })]);
  });
  test('an update-only folder may point at records imported earlier when asked to', async () => {
    const dir = mkdtempSync(join(root, 'case-'));
    writeFileSync(join(dir, 'sites.json'), JSON.stringify(bundle.sites.slice(0, 3)));
    expect((await readBundle(dir)).ok).toBe(false);
    expect(await readBundle(dir, { allowOutsideRefs: true })).toEqual({ ok: true, value: { ...emptyBundle(), sites: bundle.sites.slice(0, 3) } });
  });
});

describe('reading corrupted folders (property)', () => {
  const isWellFormed = (e: BundleError) =>
    typeof e.file === 'string' && (e.index === null || (Number.isInteger(e.index) && e.index >= 0))
    && typeof e.path === 'string' && typeof e.message === 'string' && e.message.length > 0 && formatBundleError(e).length > 0;

  test('random edits to a file\'s text never throw: the result is ok or well-formed errors', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...FILES), fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
      async (file, edits) => {
        const dir = mkdtempSync(join(root, 'fuzz-'));
        cpSync(original, dir, { recursive: true });
        let text = readFileSync(join(dir, file), 'utf8');
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        writeFileSync(join(dir, file), text);
        const result = await readBundle(dir);
        rmSync(dir, { recursive: true });
        if (!result.ok) expect(result.errors.every(isWellFormed)).toBe(true);
      },
    ), { numRuns: 60 });
  });

  test('a field replaced by any JSON value is either accepted or reported at that record', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...FILES), fc.nat(), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
      async (file, pickRecord, pickField, value) => {
        const records = bundle[bundleKeyOf(file)] as unknown as Record<string, unknown>[];
        if (records.length === 0) return;
        const index = pickRecord % records.length;
        const fields = Object.keys(records[index]).filter((k) => k !== 'ref');
        const field = fields[pickField % fields.length];
        const dir = folderWith(file, (rs) => { if (value === undefined) delete rs[index][field]; else rs[index][field] = value; });
        const result = await readBundle(dir);
        rmSync(dir, { recursive: true });
        if (result.ok) return;
        expect(result.errors.every(isWellFormed)).toBe(true);
        expect(result.errors.some((e) => e.file === file && e.index === index), JSON.stringify(result.errors.slice(0, 3))).toBe(true);
      },
    ), { numRuns: 80 });
  });
});

function emptyBundle(): ImportBundle {
  return { organizations: [], sites: [], teams: [], staff: [], members: [], plans: [], authorizations: [] };
}
