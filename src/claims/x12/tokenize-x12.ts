import type { X12Position } from './x12-error.js';

/** The four delimiters an interchange declares in its ISA segment. */
export interface X12Separators { element: string; component: string; repetition: string; segment: string }

/** One segment: `elements[0]` is the segment id, so `elements[n]` is the n-th data element (SV1 → SV101 at [1]). */
export interface X12Segment {
  id: string;
  elements: string[];
  position: X12Position;
  separators: X12Separators;
  /** Set on an ISA whose fixed 106-character layout is broken (we still learned its separators). */
  isaProblem?: string;
}

export type X12Token =
  | { kind: 'segment'; segment: X12Segment }
  | { kind: 'error'; message: string; position: X12Position };

export type X12Source = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

const ISA_LENGTH = 106;
const MAX_SEGMENT = 64 * 1024;
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
const WHITESPACE = /[\r\n\t \u00EF\u00BB\u00BF\uFEFF]/; // CR/LF between segments and a UTF-8 BOM read as latin1

/**
 * Splits an X12 byte stream into segments, learning the separators from each ISA (never assuming `*`, `:`, `~`).
 * Bytes are decoded as latin1 so offsets are byte offsets. After IEA it looks for the next ISA, whose separators
 * may differ. A stream that does not start with ISA, or ends inside a segment, yields an error token and stops.
 */
export async function* tokenizeX12(source: X12Source): AsyncGenerator<X12Token[]> {
  const t = new Tokenizer();
  for await (const chunk of chunksOf(source)) {
    const out = t.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1'));
    if (out.length) yield out;
    if (t.failed) return;
  }
  const tail = t.end();
  if (tail.length) yield tail;
}

async function* chunksOf(source: X12Source): AsyncGenerator<string | Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) yield source;
  else yield* source as AsyncIterable<string | Uint8Array>;
}

class Tokenizer {
  private buf = '';
  private bufOffset = 0; // stream offset of buf[0]
  private line = 1;
  private index = 0;
  private seps: X12Separators | null = null;
  failed = false;
  private ending = false;

  push(text: string): X12Token[] {
    this.buf += text;
    const out: X12Token[] = [];
    let pos = 0;
    const buf = this.buf;
    while (!this.failed) {
      // Skip the CR/LF (and stray blanks) that many senders put between segments.
      while (pos < buf.length && WHITESPACE.test(buf[pos])) { if (buf[pos] === '\n') this.line++; pos++; }
      if (pos >= buf.length) break;
      if (!this.seps) {
        if (buf.length - pos < ISA_LENGTH && !this.ending) break; // at the end, a short (mispadded) ISA is still read
        const isa = this.readIsa(buf, pos);
        if ('message' in isa) { this.failed = true; out.push({ kind: 'error', message: isa.message, position: this.at(pos) }); break; }
        this.seps = isa.seps;
        const end = isa.end;
        const elements = buf.slice(pos, end).split(isa.seps.element);
        out.push({ kind: 'segment', segment: { id: 'ISA', elements, position: this.at(pos), separators: isa.seps, isaProblem: isa.problem } });
        this.index++;
        pos = end + 1;
        continue;
      }
      const end = buf.indexOf(this.seps.segment, pos);
      if (end < 0) {
        // No real segment is this long; without a cap a terminator-less stream would be buffered (and rescanned) forever.
        if (buf.length - pos > MAX_SEGMENT) { this.failed = true; out.push({ kind: 'error', message: `No segment terminator within ${MAX_SEGMENT} bytes: not an X12 stream with the separators its ISA declared`, position: this.at(pos) }); }
        break;
      }
      let text = buf.slice(pos, end);
      if (text.endsWith('\r')) text = text.slice(0, -1); // newline used as the terminator, CRLF files
      const elements = text.split(this.seps.element);
      const segment: X12Segment = { id: elements[0], elements, position: this.at(pos), separators: this.seps };
      out.push({ kind: 'segment', segment });
      this.index++;
      if (this.seps.segment === '\n') this.line++;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.line++;
      pos = end + 1;
      if (segment.id === 'IEA') this.seps = null;
    }
    this.bufOffset += pos;
    this.buf = buf.slice(pos);
    return out;
  }

  end(): X12Token[] {
    if (this.failed) return [];
    this.ending = true;
    const out = this.push('');
    const rest = this.buf.replace(/^[\r\n\t \uFEFF]+/, '');
    if (this.failed || !rest) return out;
    this.failed = true;
    out.push({ kind: 'error', message: 'The file ends inside a segment (no segment terminator): it was truncated', position: this.at(this.buf.length - rest.length) });
    return out;
  }

  private at(pos: number): X12Position {
    return { segmentIndex: this.index, line: this.line, offset: this.bufOffset + pos };
  }

  /** ISA is fixed-length, so its 4th character is the element separator, and the characters after ISA16 are the component separator and the segment terminator. */
  private readIsa(buf: string, pos: number): { seps: X12Separators; end: number; problem?: string } | { message: string } {
    if (buf.slice(pos, pos + 3) !== 'ISA') return { message: 'An interchange must start with an ISA segment' };
    const element = buf[pos + 3];
    // Find the 16th element separator; the fixed layout puts it at 103, but tolerate wrong padding to report it.
    let at = pos + 3;
    for (let n = 0; n < 15; n++) {
      at = buf.indexOf(element, at + 1);
      if (at < 0 || at - pos > 200) return { message: 'ISA does not have 16 elements' };
    }
    const component = buf[at + 1];
    const segment = buf[at + 2];
    if (component === undefined || segment === undefined) return { message: 'The file ends inside the ISA segment' };
    const fields = buf.slice(pos + 4, at + 2).split(element);
    const repetition = fields[10];
    const seps = { element, component, repetition: repetition.length === 1 && !/[A-Za-z0-9 ]/.test(repetition) ? repetition : '', segment };
    const chars = [element, component, segment];
    if (chars.some((c) => /[A-Za-z0-9 ]/.test(c)) || new Set(chars).size < 3)
      return { message: 'ISA declares unusable separators (they must be distinct, non-alphanumeric characters)' };
    if (chars.includes(seps.repetition)) seps.repetition = '';
    let problem: string | undefined;
    if (at + 3 - pos !== ISA_LENGTH) problem = `ISA must be exactly ${ISA_LENGTH} characters; it is ${at + 3 - pos}`;
    else {
      const bad = ISA_WIDTHS.findIndex((w, i) => fields[i].length !== w);
      if (bad >= 0) problem = `ISA${String(bad + 1).padStart(2, '0')} must be ${ISA_WIDTHS[bad]} characters`;
    }
    return { seps, end: at + 2, problem };
  }
}
