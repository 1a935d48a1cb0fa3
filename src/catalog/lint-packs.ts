import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lintPack, type LintOptions } from './lint-pack.js';
import type { LintReport } from './lint-report.js';

/** `openhcbs policy check` with no folder: every pack under the policy folder, each with its own report. */
export async function lintPacks(policyDir: string, options: LintOptions = {}): Promise<LintReport[]> {
  const folders = (await readdir(policyDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(policyDir, d.name, 'pack.yaml')))
    .map((d) => d.name)
    .sort();
  const reports = await Promise.all(folders.map((folder) => lintPack(join(policyDir, folder), options)));
  const owner = new Map<string, string>();
  for (const report of reports) {
    const other = owner.get(report.program);
    if (other) report.errors.push({ file: join(report.dir, 'pack.yaml'), path: 'id', message: `Program id ${report.program} is also used by ${other}` });
    owner.set(report.program, report.dir);
  }
  return reports;
}
