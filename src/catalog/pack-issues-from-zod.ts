import type { z } from 'zod';
import { formatFieldPath, type PackIssue } from './pack-issue.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns a schema failure into issues that name the file, the entry (position and id) and the field.
 * `list` files put the entry index first in each path; pack.yaml is one object.
 */
export function packIssuesFromZod(file: string, issues: readonly ZodIssue[], raw: unknown, list: boolean): PackIssue[] {
  return issues.flatMap((issue) => leafIssues(issue, [])).map(({ path, message }) => {
    if (!list || typeof path[0] !== 'number') return { file, path: formatFieldPath(path) || undefined, message };
    const [index, ...rest] = path as [number, ...PropertyKey[]];
    return { file, index, id: entryId(Array.isArray(raw) ? raw[index] : undefined), path: formatFieldPath(rest) || undefined, message };
  });
}

/** The entry's id for messages: `id`, or a modifier's `code`. */
export function entryId(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { id, code } = entry as { id?: unknown; code?: unknown };
  return typeof id === 'string' ? id : typeof code === 'string' ? code : undefined;
}

interface Leaf { path: PropertyKey[]; message: string }

/** A union failure reports the branch that came closest (not "expected array" for a mistyped citation string). */
function leafIssues(issue: ZodIssue, base: PropertyKey[]): Leaf[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = [...issue.errors].sort((a, b) => typeMismatches(a) - typeMismatches(b))[0]!;
    return closest.flatMap((inner) => leafIssues(inner, path));
  }
  return [{ path, message: friendlier(issue) }];
}

function typeMismatches(branch: readonly ZodIssue[]): number {
  return branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).length * 100 + branch.length;
}

function friendlier(issue: ZodIssue): string {
  // YAML reads 17.28 and 2025 as numbers; amounts, CARC codes and years are strings in a pack.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && /received number/.test(issue.message)) {
    return `${issue.message} (write it in quotes, e.g. "17.28")`;
  }
  return issue.message;
}
