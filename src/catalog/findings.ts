import { join } from 'node:path';
import type { PackIssue } from './pack-issue.js';
import type { Pack } from './schema/index.js';
import type { FieldLocation } from './walk-pack.js';

/** Errors and warnings a check finds, located in the pack's files. */
export interface Findings { errors: PackIssue[]; warnings: PackIssue[] }

/** Collects findings against one pack, turning a location into a PackIssue naming the file on disk. */
export function findingsFor(pack: Pack): Findings & {
  error(at: Omit<FieldLocation, 'path'> & { path?: string }, message: string): void;
  warn(at: Omit<FieldLocation, 'path'> & { path?: string }, message: string): void;
} {
  const errors: PackIssue[] = [];
  const warnings: PackIssue[] = [];
  const issue = (at: Omit<FieldLocation, 'path'> & { path?: string }, message: string): PackIssue => ({
    file: join(pack.dir, at.file),
    ...(at.index !== undefined ? { index: at.index } : {}),
    ...(at.id ? { id: at.id } : {}),
    ...(at.path ? { path: at.path } : {}),
    message,
  });
  return {
    errors, warnings,
    error: (at, message) => { errors.push(issue(at, message)); },
    warn: (at, message) => { warnings.push(issue(at, message)); },
  };
}
