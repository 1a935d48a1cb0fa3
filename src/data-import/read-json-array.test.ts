import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { readJsonArray, type ArrayElement } from './read-json-array.js';

const dir = mkdtempSync(join(tmpdir(), 'json-array-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
async function read(text: string, chunkChars?: number): Promise<ArrayElement[]> {
  const path = join(dir, `${n++}.json`);
  writeFileSync(path, text);
  const out: ArrayElement[] = [];
  for await (const element of readJsonArray(path, chunkChars)) out.push(element);
  return out;
}
const values = (elements: ArrayElement[]) => elements.map((e) => ('value' in e ? e.value : e.error));

describe('reading a JSON array element by element', () => {
  test('elements come back parsed, whatever their strings hold', async () => {
    const records = [{ a: 'x], {"y": [1,2]}' }, { b: 'quote \\" and \\\\' }, [1, [2]], 'text', 3, null, true, { c: 'é ✓ 🙂' }];
    expect(values(await read(JSON.stringify(records, null, 2)))).toEqual(records);
  });
  test.each(['[]', ' [ ] ', '\ufeff[]\n', '[\n\n]'])('%j is an empty array', async (text) => {
    expect(await read(text)).toEqual([]);
  });
  test('a broken element is reported with its index and line, and the next ones still read', async () => {
    const out = await read('[\n  {"ref": "A"},\n  {"ref": B},\n  {"ref": "C"}\n]');
    expect(out[0]).toMatchObject({ index: 0, value: { ref: 'A' } });
    expect(out[1]).toMatchObject({ index: 1, line: 3, error: expect.stringContaining('Not valid JSON (line 3)') });
    expect(out[2]).toMatchObject({ index: 2, value: { ref: 'C' } });
  });
  test.each([
    ['[1,]', 1, 'empty element'], ['[,1]', 0, 'empty element'],
  ])('%s: a stray comma is an empty element', async (text, index, message) => {
    expect((await read(text)).find((e) => 'error' in e)).toMatchObject({ index, error: expect.stringContaining(message) });
  });
  test.each([
    ['{"ref": "A"}', 'JSON array'], ['', 'empty'], ['[{"a": 1}', 'missing "]"'], ['[1] [2]', 'after the closing'],
  ])('%j is not an array of records', async (text, message) => {
    expect((await read(text)).at(-1)).toMatchObject({ index: null, error: expect.stringContaining(message) });
  });
  test('elements and multi-byte characters split across read chunks come back whole', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ i, text: '✓🙂'.repeat(200) + '"quoted" ]}' }));
    expect(values(await read(JSON.stringify(records)))).toEqual(records);
  });
  test('any JSON array reads back element for element, however the reads split it (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.constantFrom(undefined, 1, 2, 4), fc.integer({ min: 1, max: 40 }),
      async (array, indent, chunkChars) => {
        expect(values(await read(JSON.stringify(array, null, indent), chunkChars))).toEqual(JSON.parse(JSON.stringify(array)));
      },
    ), { numRuns: 200 });
  });
});
