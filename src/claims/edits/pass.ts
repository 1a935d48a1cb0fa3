import type { EditFinding } from '../engine/edit.js';

/**
 * What an edit returns when it finds nothing: one shared, frozen empty list. Most edits pass most lines, and a fresh
 * `[]` per edit per line is millions of allocations in a bulk run; the pipeline only reads the list.
 */
export const PASS: EditFinding[] = Object.freeze([]) as unknown as EditFinding[];
