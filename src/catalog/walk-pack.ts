import { PackFiles, type Pack, type PackFileName } from './schema/index.js';
import { packKey } from './load-pack.js';
import { entryId } from './pack-issues-from-zod.js';
import { formatFieldPath } from './pack-issue.js';

/** Where a value sits in a pack: file, entry and field path. */
export interface FieldLocation { file: PackFileName | 'pack.yaml'; index?: number; id?: string; path: string }

/** Visits every scalar value of every pack file with its location and the name of the field holding it. */
export function walkPack(pack: Pack, visit: (at: FieldLocation, key: string, value: string | number | boolean) => void): void {
  const walk = (value: unknown, at: Omit<FieldLocation, 'path'>, path: PropertyKey[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, at, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, at, [...path, k]);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
      visit({ ...at, path: formatFieldPath(path) }, key, value);
    }
  };
  walk(pack.manifest, { file: 'pack.yaml' }, []);
  for (const file of Object.keys(PackFiles) as PackFileName[]) {
    (pack[packKey(file)] as readonly unknown[]).forEach((entry, index) => {
      for (const [k, v] of Object.entries(entry as object)) walk(v, { file, index, id: entryId(entry) }, [k]);
    });
  }
}
