import { formatPackIssue, type PackIssue } from './pack-issue.js';
import type { Decision } from './schema/index.js';

/** What `openhcbs policy check` reports for one pack. The pack passes when `errors` is empty. */
export interface LintReport {
  program: string;
  dir: string;
  errors: PackIssue[];
  warnings: PackIssue[];
  /** The decision register, with the entries that name each decision. */
  decisions: Array<Pick<Decision, 'id' | 'title' | 'kind' | 'status' | 'inForce'> & { referencedBy: string[] }>;
  /** Entries per file, for the summary line. */
  counts: Record<string, number>;
}

/** The report as the CLI prints it: a summary line, then errors and warnings one per line. */
export function formatLintReport(report: LintReport): string {
  const counts = Object.entries(report.counts).filter(([, n]) => n > 0).map(([file, n]) => `${n} ${file.replace(/\.yaml$/, '')}`);
  const verdict = report.errors.length === 0 ? 'ok' : 'FAILED';
  const lines = [
    `${report.program} (${report.dir}): ${verdict} — ${report.errors.length} error(s), ${report.warnings.length} warning(s), ${report.decisions.length} decision(s)`,
    counts.length > 0 ? `  ${counts.join(', ')}` : '',
    ...report.errors.map((i) => `  error   ${formatPackIssue(i)}`),
    ...report.warnings.map((i) => `  warning ${formatPackIssue(i)}`),
  ];
  return lines.filter(Boolean).join('\n');
}
