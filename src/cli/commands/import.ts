import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { Database } from '../../platform/db/index.js';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import type { FieldError } from '../../platform/http/problems.js';
import { readBundle } from '../../data-import/read-bundle.js';
import { formatBundleError } from '../../data-import/format-bundle-error.js';
import { importBundle, type ImportCounts } from '../../data-import/import-bundle.js';
import type { KnownIds } from '../../data-import/check-references.js';

const SHOWN_ERRORS = 200;

/**
 * `openhcbs import <dir>`: reads and validates an import folder, then loads it all or nothing. Errors are listed
 * by file, record and field and nothing is written (exit 1); on success a table of counts is printed.
 */
export function registerImport(program: Command, openDb: () => Promise<Database>, known?: () => Promise<KnownIds | undefined>): void {
  program.command('import')
    .argument('<dir>', 'folder with organizations.json, sites.json, teams.json, staff.json, members.json, plans.json, authorizations.json')
    .description('Import a folder of records (docs/import-format.md): all or nothing, matched by ref, so re-importing updates')
    .action(async (dir: string) => {
      const read = await readBundle(dir);
      if (!read.ok) return failWith(read.errors.map(formatBundleError), 'The folder has errors; nothing was imported.');
      const database = await openDb();
      const bar = new cliProgress.SingleBar({ format: 'Writing |{bar}| {value}/{total} records', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic);
      try {
        let started = false;
        const result = await importBundle(database, SYSTEM_CALLER, read.value, await known?.(), {
          onProgress: (done, total) => {
            if (!started) { bar.start(total, 0); started = true; }
            bar.update(done);
          },
        });
        bar.stop();
        if (!result.ok) {
          const errors = (result.problem.errors ?? []) as FieldError[];
          return failWith(errors.length ? errors.map((e) => e.message) : [result.problem.detail ?? result.problem.title], 'Nothing was imported.');
        }
        console.log(countsTable(result.value.counts));
        console.log(`Imported into ${database.kind} (import ${result.value.importId}).`);
      } finally {
        bar.stop();
        await database.close();
      }
    });
}

function failWith(lines: string[], summary: string): void {
  for (const line of lines.slice(0, SHOWN_ERRORS)) console.error(`  ${line}`);
  if (lines.length > SHOWN_ERRORS) console.error(`  … and ${lines.length - SHOWN_ERRORS} more`);
  console.error(`${lines.length} error${lines.length === 1 ? '' : 's'}. ${summary}`);
  process.exitCode = 1;
}

/** A plain-text table: file, created, updated. */
export function countsTable(counts: ImportCounts): string {
  const rows = Object.entries(counts).map(([file, c]) => [file, String(c.created), String(c.updated)]);
  const all = [['file', 'created', 'updated'], ...rows];
  const width = [0, 1, 2].map((i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => `${r[0]!.padEnd(width[0]!)}  ${r[1]!.padStart(width[1]!)}  ${r[2]!.padStart(width[2]!)}`).join('\n');
}
