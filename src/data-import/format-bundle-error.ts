/**
 * One problem found in an import folder, naming the file, the record (its position from 0 and its ref) and the
 * field as a dotted path (`eligibility.0.from`). `index` is null when the problem is the whole file.
 */
export interface BundleError {
  file: string;
  index: number | null;
  ref?: string;
  path: string;
  message: string;
}

/** `members.json: record 12 (ref M-000012): eligibility.0.from: Expected a date YYYY-MM-DD` */
export function formatBundleError(e: BundleError): string {
  const record = e.index === null ? '' : ` record ${e.index}${e.ref ? ` (ref ${e.ref})` : ''}:`;
  return `${e.file || '(folder)'}:${record}${e.path ? ` ${e.path}:` : ''} ${e.message}`;
}
