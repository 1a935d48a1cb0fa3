import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { Manifest, PackFiles, type Pack, type PackFileName } from './schema/index.js';
import type { PackIssue } from './pack-issue.js';
import { packIssuesFromZod } from './pack-issues-from-zod.js';
import type { Result } from './result.js';

const MANIFEST = 'pack.yaml';

/**
 * Reads one pack folder (`policy/<program>/`): pack.yaml and every pack file present, each validated by its
 * schema. Absent files are empty lists. Any problem fails the whole pack, with every issue found.
 */
export async function loadPack(dir: string): Promise<Result<Pack, { issues: PackIssue[] }>> {
  const issues: PackIssue[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { ok: false, problem: { issues: [{ file: dir, message: 'Pack folder not found' }] } };
  }
  if (!names.includes(MANIFEST)) issues.push({ file: join(dir, MANIFEST), message: 'Missing pack.yaml (every pack has one)' });

  for (const name of names.filter((n) => /\.ya?ml$/.test(n) && n !== MANIFEST && !(n in PackFiles))) {
    issues.push({ file: join(dir, name), message: `Not a pack file; expected one of ${Object.keys(PackFiles).join(', ')}` });
  }

  const manifest = names.includes(MANIFEST) ? await readEntries(dir, MANIFEST, Manifest, false, issues) : undefined;
  const pack: Record<string, unknown> = { manifest, dir };
  for (const name of Object.keys(PackFiles) as PackFileName[]) {
    const entries = names.includes(name) ? await readEntries(dir, name, PackFiles[name], true, issues) : [];
    pack[packKey(name)] = entries ?? [];
  }
  return issues.length > 0 ? { ok: false, problem: { issues } } : { ok: true, value: pack as Pack };
}

/** `practitioner-categories.yaml` → `practitionerCategories`, the Pack property holding that file. */
export function packKey(name: PackFileName): keyof Pack {
  return name.replace(/\.yaml$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Pack;
}

/** Parses and validates one file, adding its issues; undefined when it has any. */
async function readEntries(dir: string, name: string, schema: z.ZodType, list: boolean, issues: PackIssue[]): Promise<unknown> {
  const file = join(dir, name);
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = error.linePos?.[0];
      const where = at ? `YAML error at line ${at.line}, column ${at.col}` : 'YAML error';
      issues.push({ file, message: `${where}: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  const raw = doc.toJS() ?? (list ? [] : undefined);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push(...packIssuesFromZod(file, parsed.error.issues, raw, list));
  return undefined;
}
