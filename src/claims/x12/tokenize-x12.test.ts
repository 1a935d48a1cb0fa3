import { describe, expect, test } from 'vitest';
import { tokenizeX12, type X12Segment } from './tokenize-x12.js';

const ISA = (e: string, r: string, c: string, t: string) =>
  ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15), '260110', '0930', r, '00501', '000000001', '0', 'T', c].join(e) + t;
async function segments(src: Parameters<typeof tokenizeX12>[0]) {
  const out: X12Segment[] = [];
  for await (const batch of tokenizeX12(src)) for (const t of batch) if (t.kind === 'segment') out.push(t.segment); else throw new Error(t.message);
  return out;
}

describe('X12 tokenizer', () => {
  test('learns the separators from ISA and gives each segment its index, line and byte offset', async () => {
    const text = `${ISA('|', '{', '>', '!')}\r\nGS|HC|A!\r\nST|837|0001!`;
    const [isa, gs, st] = await segments(text);
    expect(isa.separators).toEqual({ element: '|', component: '>', repetition: '{', segment: '!' });
    expect(isa.elements).toHaveLength(17);
    expect(gs).toMatchObject({ id: 'GS', elements: ['GS', 'HC', 'A'], position: { segmentIndex: 1, line: 2, offset: 108 } });
    expect(st.position).toEqual({ segmentIndex: 2, line: 3, offset: 118 });
  });

  test('each interchange may declare its own separators', async () => {
    const text = `${ISA('*', '^', ':', '~')}IEA*0*000000001~\n${ISA('|', '{', '>', '!')}IEA|0|000000001!`;
    const ids = (await segments(text)).map((s) => `${s.id}${s.separators.element}`);
    expect(ids).toEqual(['ISA*', 'IEA*', 'ISA|', 'IEA|']);
  });

  test('a segment split across chunks, and a UTF-8 BOM, are fine', async () => {
    const bytes = Buffer.from(`\uFEFF${ISA('*', '^', ':', '~')}GS*HC*SENDER~`, 'utf8');
    const chunks = [bytes.subarray(0, 50), bytes.subarray(50, 115), bytes.subarray(115)];
    expect((await segments(chunks)).map((s) => s.id)).toEqual(['ISA', 'GS']);
  });

  test('an ISA with wrong padding still tokenizes but is flagged', async () => {
    const [isa] = await segments(ISA('*', '^', ':', '~').replace('SENDER         ', 'SENDER') + 'IEA*0*1~');
    expect(isa.isaProblem).toMatch(/106 characters/);
  });
});
