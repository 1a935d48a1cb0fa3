import path from 'node:path';
import type { Command } from 'commander';
import { formatLintReport, lintPack, lintPacks, type LintReport } from '../../catalog/index.js';
import { readConfig } from '../../platform/config.js';
import { renderTable } from '../render-table.js';

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('Policy packs: validate them and show their decisions register');
  policy.command('check')
    .description('Validate every pack (or one folder): schema, citations, duplicate rates, pricing of every code,\ncross-references; print the decisions register. Exits 1 on any error.')
    .argument('[dir]', 'one pack folder (default: every pack under POLICY_DIR, ./policy)')
    .option('--sources <dir>', 'folder of the cited source texts (default: OPENHCBS_SOURCES or ../shared/seeds)')
    .option('--no-decisions', 'do not print the decisions register')
    .option('--json', 'print the reports as JSON')
    .addHelpText('after', '\nExample:\n  npx openhcbs policy check\n  npx openhcbs policy check policy/de-promise --no-decisions')
    .action(async (dir: string | undefined, opts: { sources?: string; decisions: boolean; json?: boolean }) => {
      const options = { sourcesDir: opts.sources };
      const reports: LintReport[] = dir ? [await lintPack(path.resolve(dir), options)] : await lintPacks(readConfig().policyDir, options);
      if (opts.json) console.log(JSON.stringify(reports, null, 2));
      else for (const report of reports) printReport(report, opts.decisions);
      const errors = reports.reduce((n, r) => n + r.errors.length, 0);
      if (!opts.json) console.log(errors === 0 ? `\nAll ${reports.length} pack(s) pass.` : `\n${errors} error(s): the packs do not pass.`);
      process.exitCode = errors === 0 ? 0 : 1;
    });
}

function printReport(report: LintReport, withDecisions: boolean): void {
  console.log(`\n${formatLintReport(report)}`);
  if (!withDecisions || report.decisions.length === 0) return;
  console.log(`\n  Decisions register — ${report.program} (where the source contradicts itself or is silent):`);
  console.log(renderTable(
    ['id', 'kind', 'title', 'in force', 'used by'],
    report.decisions.map((d) => [d.id, d.kind, d.title, d.inForce, String(d.referencedBy.length)]),
    { maxWidths: [6, 13, 44, 60, 7], indent: 2 },
  ));
}
