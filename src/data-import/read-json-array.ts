import { createReadStream } from 'node:fs';

/** One element of a top-level JSON array, or why it (or the array) could not be read. */
export type ArrayElement =
  | { index: number; line: number; value: unknown }
  | { index: number | null; line: number; error: string };

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, NEWLINE = 10, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125;

/**
 * Reads a file holding one JSON array element by element: it finds where each element ends (tracking strings
 * and nesting) and parses just that element, so files of any size stream in constant memory and a syntax error
 * is pinned to the record (and line) it is in. Errors come back as elements, never as exceptions; a broken
 * element does not stop the next ones, a broken array structure ends the read. `chunkChars` is the read size
 * (small sizes exercise elements split across reads in tests).
 */
export async function* readJsonArray(path: string, chunkChars = 1 << 20): AsyncGenerator<ArrayElement> {
  let state: 'before' | 'element' | 'after' = 'before';
  let parts: string[] = [];
  let depth = 0, inString = false, escaped = false, index = 0, line = 1, elementLine = -1;

  const finish = function* (): Generator<ArrayElement> {
    const text = parts.join('').trim();
    parts = [];
    const at = elementLine < 0 ? line : elementLine;
    elementLine = -1;
    if (text === '') {
      yield { index, line: at, error: 'Expected a record, found an empty element (stray comma?)' };
    } else {
      try {
        yield { index, line: at, value: JSON.parse(text) };
      } catch (err) {
        yield { index, line: at, error: `Not valid JSON (line ${at}): ${(err as Error).message}` };
      }
    }
    index++;
  };

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: chunkChars });
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0; // where the current element's text begins in this chunk
    let i = 0;
    while (i < chunk.length) {
      if (state !== 'element') {
        const c = chunk.charCodeAt(i++);
        if (c === NEWLINE) line++;
        if (c <= 32 || c === 0xfeff) continue; // whitespace between tokens, or a byte-order mark
        if (state === 'before' && c === OPEN_BRACKET) {
          state = 'element';
          start = i;
          continue;
        }
        yield {
          index: null, line,
          error: state === 'before'
            ? `Expected the file to be a JSON array of records ([ … ]), found "${chunk[i - 1]}" on line ${line}`
            : `Unexpected text after the closing "]" on line ${line}`,
        };
        stream.destroy();
        return;
      }
      if (escaped) { escaped = false; i++; continue; } // the character after a backslash, carried over a chunk edge
      if (inString) {
        // Strings are most of a record: jump to the next quote natively and step back over any escaping backslashes.
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          let run = 0;
          for (let k = chunk.length - 1; k >= i && chunk.charCodeAt(k) === BACKSLASH; k--) run++;
          escaped = run % 2 === 1;
          break;
        }
        let run = 0;
        for (let k = q - 1; k >= i && chunk.charCodeAt(k) === BACKSLASH; k--) run++;
        i = q + 1;
        if (run % 2 === 0) inString = false;
        continue;
      }
      const c = chunk.charCodeAt(i++);
      if (c === NEWLINE) { line++; continue; }
      if (c <= 32) continue;
      if (elementLine < 0) elementLine = line;
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) depth--;
      else if (depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
        parts.push(chunk.slice(start, i - 1));
        // "[ ]" is an empty array, not an empty element.
        if (c === CLOSE_BRACKET && index === 0 && parts.join('').trim() === '') { parts = []; elementLine = -1; }
        else yield* finish();
        if (c === CLOSE_BRACKET) state = 'after';
        else start = i;
      }
    }
    if (state === 'element') parts.push(chunk.slice(start));
  }
  if (state === 'before') yield { index: null, line, error: 'The file is empty; expected a JSON array of records ([ … ])' };
  if (state === 'element') yield { index: null, line, error: 'The file ends before the array is closed (missing "]")' };
}
