import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import { checkBundle, type PartialBundle } from './check-bundle.js';
import type { BundleError } from './format-bundle-error.js';
import { readJsonArray } from './read-json-array.js';
import { bundleKeyOf } from './write-bundle.js';
import { describeImportIssue, refOf } from './describe-import-issue.js';

export type ReadBundleResult = { ok: true; value: ImportBundle } | { ok: false; errors: BundleError[] };
export interface ReadBundleOptions {
  /**
   * Accept refs to records that are not in the folder (default false). An update-only folder — say members.json
   * alone, pointing at organizations imported earlier — needs this; the importer then resolves those refs in the
   * database and reports the ones it cannot find.
   */
  allowOutsideRefs?: boolean;
}

/**
 * Reads an import folder: parses each file (absent files are empty), validates every record against its schema,
 * then checks refs across the bundle (unique per file, each pointing at a record of the folder). Returns the bundle,
 * with schema defaults applied, or every error found, each naming file, record and field. Never throws for bad
 * input; only an unreadable disk would.
 */
export async function readBundle(dir: string, options: ReadBundleOptions = {}): Promise<ReadBundleResult> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, errors: [{ file: '', index: null, path: '', message: `No import folder at ${dir}` }] };
  }
  const errors: BundleError[] = [];
  const known = new Set<string>(Object.keys(ImportFiles));
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.json') && !known.has(name) && !name.endsWith('.schema.json')) {
      errors.push({ file: name, index: null, path: '', message: `Unknown file: an import folder holds ${[...known].join(', ')}` });
    }
  }

  const bundle = {} as PartialBundle;
  const knownRefs: Partial<Record<keyof ImportBundle, string[]>> = {};
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
    const key = bundleKeyOf(file);
    const records: unknown[] = [];
    const refsOfInvalid: string[] = [];
    const path = join(dir, file);
    if (existsSync(path)) {
      for await (const element of readJsonArray(path)) {
        if ('error' in element) {
          errors.push({ file, index: element.index, path: '', message: element.error });
          if (element.index !== null) records[element.index] = undefined;
          continue;
        }
        const ref = refOf(element.value);
        const parsed = ImportFiles[file].safeParse(element.value);
        if (parsed.success) records[element.index] = parsed.data;
        else {
          records[element.index] = undefined;
          if (ref) refsOfInvalid.push(ref);
          for (const issue of parsed.error.issues) errors.push(...describeImportIssue(issue, element.value, file, element.index, ref));
        }
      }
    }
    (bundle as Record<string, unknown[]>)[key] = records;
    knownRefs[key] = refsOfInvalid;
  }
  errors.push(...checkBundle(bundle, { knownRefs, allowOutsideRefs: options.allowOutsideRefs }));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: bundle as ImportBundle };
}
