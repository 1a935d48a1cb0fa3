import type { z } from 'zod';
import type { BundleError } from './format-bundle-error.js';

/** The record's `ref`, when it has a usable one (errors name it). */
export function refOf(value: unknown): string | undefined {
  const ref = typeof value === 'object' && value !== null ? (value as { ref?: unknown }).ref : undefined;
  return typeof ref === 'string' && ref.length > 0 && ref.length <= 64 ? ref : undefined;
}

/** A zod issue in the import's words: one error per unknown field, "Required" for a missing one. */
export function describeImportIssue(issue: z.core.$ZodIssue, input: unknown, file: string, index: number, ref: string | undefined): BundleError[] {
  const path = issue.path.map(String).join('.');
  const at = (p: string, message: string): BundleError => ({ file, index, ...(ref ? { ref } : {}), path: p, message });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => at(path ? `${path}.${k}` : k, 'Unknown field: not part of the import format'));
  }
  if (issue.code === 'invalid_type') {
    const actual = valueAt(input, issue.path);
    return [at(path, actual === undefined ? `Required: expected ${issue.expected}` : `Expected ${issue.expected}, got ${describe(actual)}`)];
  }
  if (issue.code === 'invalid_value') return [at(path, `Expected one of: ${issue.values.map(String).join(', ')}`)];
  return [at(path, issue.message)];
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
