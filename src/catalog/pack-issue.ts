/** A problem in a pack file: which file, which entry, which field, and what is wrong. */
export interface PackIssue {
  /** The file as the caller named it: `policy/<program>/rates.yaml`. */
  file: string;
  /** Position of the entry in a list file. */
  index?: number;
  /** The entry's `id` (or modifier `code`) when it has one. */
  id?: string;
  /** Field inside the entry (or inside pack.yaml): `amount`, `conditions.teamSize`, `sources[0].file`. */
  path?: string;
  message: string;
}

/** One line per issue: `policy/<program>/rates.yaml: [12] (H0040-HO-new-small).amount: Expected a decimal amount`. */
export function formatPackIssue(issue: PackIssue): string {
  const entry = [issue.index !== undefined ? `[${issue.index}]` : '', issue.id ? `(${issue.id})` : ''].filter(Boolean).join(' ');
  const field = issue.path ? (entry ? `.${issue.path}` : issue.path) : '';
  const where = entry || field ? ` ${entry}${field}:` : '';
  return `${issue.file}:${where} ${issue.message}`;
}

/** `['sources', 0, 'file']` → `sources[0].file`. */
export function formatFieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((text, segment) => typeof segment === 'number'
    ? `${text}[${segment}]`
    : text ? `${text}.${String(segment)}` : String(segment), '');
}
