import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { epochDay, isoDate as toIsoDate } from '../../data-import/epoch-day.js';
import { defaultAsOf, defaultPackDir } from '../../data-import/stream-program.js';
import { writeProgram } from '../../data-import/write-program.js';

/** Members above which a progress bar is worth drawing. */
const PROGRESS_FROM = 20_000;

/** `openhcbs generate`: writes a realistic, reproducible program as an import folder. */
export function registerGenerate(program: Command): void {
  program.command('generate')
    .description('Write a realistic synthetic program as an import folder: agencies, sites, ACT/ICM teams, staff, members, '
      + 'Recovery Plans and authorizations. The same --seed always writes the same bytes.')
    .requiredOption('--members <n>', 'how many members (1 to 1,000,000)', wholeNumber(1, 1_000_000))
    .requiredOption('--seed <s>', 'seed of the random generator (a whole number)', wholeNumber(-(2 ** 31), 2 ** 32 - 1))
    .option('--as-of <date>', 'the day the data describes: team stages, expiring credentials and current authorizations are relative to it', isoDate, defaultAsOf)
    .option('--out <dir>', 'folder to write (created if missing; its import files are replaced)', './generated')
    .addOption(new Option('--pack <dir>', 'policy pack whose provider types and program ids to follow')
      .default(defaultPackDir, 'policy/de-promise'))
    .addHelpText('after', `
Writes organizations.json, sites.json, teams.json, staff.json, members.json, plans.json and
authorizations.json (format: docs/import-format.md). Members are streamed to disk: only the
provider network stays in memory, so a million members take a few minutes and under 1 GB.

Examples:
  $ openhcbs generate --members 1000 --seed 42
  $ openhcbs generate --members 250000 --seed 7 --as-of 2025-12-31 --out /tmp/state-sized`)
    .action(async (opts: { members: number; seed: number; asOf: string; out: string; pack: string }) => {
      if (!existsSync(opts.pack)) throw new Error(`No policy pack at ${opts.pack}`);
      const out = resolve(opts.out);
      const started = Date.now();
      const bar = opts.members >= PROGRESS_FROM && process.stderr.isTTY
        ? new SingleBar({ format: 'members {bar} {percentage}% | {value}/{total} | eta {eta_formatted}', hideCursor: true }, Presets.shades_classic)
        : undefined;
      bar?.start(opts.members, 0);
      try {
        const counts = await writeProgram({ members: opts.members, seed: opts.seed, asOf: opts.asOf, packDir: opts.pack }, out,
          (done) => bar?.update(done));
        bar?.stop();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`Generated ${opts.members.toLocaleString('en-US')} members (seed ${opts.seed}, as of ${opts.asOf}) in ${out} — ${seconds} s\n`);
        const width = Math.max(...Object.keys(counts).map((f) => f.length));
        console.log(`  ${'file'.padEnd(width)}  ${'records'.padStart(10)}`);
        for (const [file, count] of Object.entries(counts)) {
          console.log(`  ${file.padEnd(width)}  ${count.toLocaleString('en-US').padStart(10)}`);
        }
      } catch (err) {
        bar?.stop();
        throw err;
      }
    });
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Expected a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
    return n;
  };
}

function isoDate(value: string): string {
  // Round-tripping through a day number rejects dates like 2025-02-30 that Date.parse quietly rolls over.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || toIsoDate(epochDay(value)) !== value) {
    throw new InvalidArgumentError('Expected a date YYYY-MM-DD.');
  }
  return value;
}
