import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkPack } from './check-pack.js';
import { defaultSourcesDir } from './default-sources-dir.js';
import type { LintReport } from './lint-report.js';
import { loadPack } from './load-pack.js';
import { parseCitation } from './parse-citation.js';
import type { Pack } from './schema/index.js';
import { walkPack } from './walk-pack.js';

export interface LintOptions {
  /** Folder holding the cited source texts; default `defaultSourcesDir()`. Absent folder: line ranges are not checked. */
  sourcesDir?: string;
}

/** `openhcbs policy check` for one pack folder: load and validate every file, then check the pack as a whole. */
export async function lintPack(dir: string, options: LintOptions = {}): Promise<LintReport> {
  const loaded = await loadPack(dir);
  if (!loaded.ok) {
    return { program: basename(dir), dir, errors: loaded.problem.issues, warnings: [], decisions: [], counts: {} };
  }
  const sourcesDir = options.sourcesDir ?? defaultSourcesDir();
  if (!existsSync(sourcesDir)) {
    const report = checkPack(loaded.value);
    report.warnings.push({ file: sourcesDir, message: 'Source folder not found: citation line ranges were not checked (set OPENHCBS_SOURCES)' });
    return report;
  }
  return checkPack(loaded.value, await lineCounts(loaded.value, sourcesDir));
}

/** Lines in each source file the pack lists or cites; files not found are left out (and reported by the check). */
async function lineCounts(pack: Pack, sourcesDir: string): Promise<Map<string, number>> {
  const files = new Set(pack.manifest.sources.map((s) => s.file));
  walkPack(pack, (_at, _key, value) => {
    const citation = typeof value === 'string' ? parseCitation(value) : undefined;
    if (citation) files.add(citation.file);
  });
  const counts = new Map<string, number>();
  for (const file of files) {
    const path = join(sourcesDir, file);
    if (!existsSync(path)) continue;
    const text = await readFile(path, 'utf8');
    counts.set(file, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
  }
  return counts;
}
