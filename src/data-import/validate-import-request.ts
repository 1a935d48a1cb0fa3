import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import type { BundleError } from './format-bundle-error.js';
import { isValidNpi } from './make-npi.js';
import { bundleKeyOf } from './write-bundle.js';
import { describeImportIssue, refOf } from './describe-import-issue.js';

/** The import as an HTTP body: one array per file, named like the files without `.json`. */
export type ImportRequest = Partial<Record<keyof ImportBundle, unknown[]>>;

/**
 * Validates every record of an HTTP import against the import format, collecting every error in the words the
 * CLI uses (`members.json: record 3 (ref M-3): birthDate: …`), so a sender sees one list for either route.
 * References between records are checked by the importer, which also accepts refs already in the database.
 */
export function validateImportRequest(body: ImportRequest): { ok: true; value: ImportBundle } | { ok: false; errors: BundleError[] } {
  const errors: BundleError[] = [];
  const bundle = {} as Record<keyof ImportBundle, unknown[]>;
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
    const key = bundleKeyOf(file);
    bundle[key] = (body[key] ?? []).map((record, index) => {
      const ref = refOf(record);
      const parsed = ImportFiles[file].safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push(...describeImportIssue(issue, record, file, index, ref));
        return undefined;
      }
      const npi = (parsed.data as { npi?: string }).npi;
      if (npi && !isValidNpi(npi)) errors.push({ file, index, ref, path: 'npi', message: `NPI ${npi} fails the check digit (Luhn with prefix 80840)` });
      return parsed.data;
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: bundle as unknown as ImportBundle };
}
