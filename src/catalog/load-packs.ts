import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from './schema/index.js';
import { loadPack } from './load-pack.js';
import type { PackIssue } from './pack-issue.js';
import type { Result } from './result.js';

/** Loads every pack under the policy folder (each sub-folder holding a pack.yaml), in folder-name order. */
export async function loadPacks(policyDir: string): Promise<Result<Pack[], { issues: PackIssue[] }>> {
  const folders = (await readdir(policyDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(policyDir, d.name, 'pack.yaml')))
    .map((d) => d.name)
    .sort();
  const packs: Pack[] = [];
  const issues: PackIssue[] = [];
  for (const folder of folders) {
    const loaded = await loadPack(join(policyDir, folder));
    if (loaded.ok) packs.push(loaded.value);
    else issues.push(...loaded.problem.issues);
  }
  const seen = new Map<string, string>();
  for (const pack of packs) {
    const other = seen.get(pack.manifest.id);
    if (other) issues.push({ file: join(pack.dir, 'pack.yaml'), path: 'id', message: `Program id ${pack.manifest.id} is also used by ${other}` });
    seen.set(pack.manifest.id, pack.dir);
  }
  return issues.length > 0 ? { ok: false, problem: { issues } } : { ok: true, value: packs };
}
