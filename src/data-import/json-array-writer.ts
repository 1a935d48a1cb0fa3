import { open, type FileHandle } from 'node:fs/promises';

export interface JsonArrayWriter {
  /** Appends one record; returns a promise only when a batch went to disk (await it to keep memory flat). */
  write(record: unknown): Promise<void> | undefined;
  /** Finishes the array and closes the file; resolves to the number of records written. */
  close(): Promise<number>;
}

const BATCH_CHARS = 1 << 20;

/**
 * Writes a pretty JSON array one record at a time, byte-identical to `JSON.stringify(records, null, 2)`, so files
 * of any size are written without building one giant string (V8 strings stop near 512 MB).
 */
export async function openJsonArrayWriter(path: string): Promise<JsonArrayWriter> {
  const file: FileHandle = await open(path, 'w');
  let batch: string[] = [];
  let batchChars = 0;
  let count = 0;
  let writing: Promise<void> = Promise.resolve();
  // Writes are chained so batches land in order even if a caller does not await one before the next.
  const flush = () => {
    const text = batch.join('');
    batch = [];
    batchChars = 0;
    writing = writing.then(async () => { await file.write(text, null, 'utf8'); });
    return writing;
  };
  return {
    write(record) {
      // Stringifying the record inside a one-element array indents it as the whole array would, without a regex pass.
      const text = (count === 0 ? '[\n' : ',\n') + JSON.stringify([record], null, 2).slice(2, -2);
      count++;
      batch.push(text);
      batchChars += text.length;
      return batchChars >= BATCH_CHARS ? flush() : undefined;
    },
    async close() {
      batch.push(count === 0 ? '[]\n' : '\n]\n');
      await flush();
      await file.close();
      return count;
    },
  };
}
