import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import { openJsonArrayWriter } from './json-array-writer.js';

/** The bundle property each import file holds: `organizations.json` → `organizations`. */
export const bundleKeyOf = (file: ImportFileName) => file.slice(0, -'.json'.length) as keyof ImportBundle;

/**
 * Writes a bundle to `dir` (created if missing) as one pretty JSON file per record type, streaming each file so
 * large bundles need no giant strings. `onProgress` receives the number of records written so far.
 */
export async function writeBundle(
  dir: string, bundle: ImportBundle, onProgress?: (written: number) => void,
): Promise<Record<ImportFileName, number>> {
  await mkdir(dir, { recursive: true });
  const counts = {} as Record<ImportFileName, number>;
  let written = 0;
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
    const writer = await openJsonArrayWriter(join(dir, file));
    for (const record of bundle[bundleKeyOf(file)]) {
      const pending = writer.write(record);
      written++;
      if (pending) {
        await pending;
        onProgress?.(written);
      }
    }
    counts[file] = await writer.close();
    onProgress?.(written);
  }
  return counts;
}
