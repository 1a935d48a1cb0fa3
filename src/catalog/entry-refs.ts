import { formatFieldPath } from './pack-issue.js';

/** What a pack id can point at. */
export type RefKind = 'service' | 'code' | 'program' | 'practitionerCategory' | 'fidelityLevel' | 'limit';

export interface EntryRef { kind: RefKind; id: string; path: string }

/**
 * Field names that hold references in limits, rules, authorization, provider types, criteria, touch levels and
 * fidelity files. Reading them by name (not by rule kind) keeps lint and the catalog's indexes right when a new
 * rule kind is added with the same field names.
 */
const REF_FIELDS: Record<string, RefKind> = {
  services: 'service', a: 'service', b: 'service',
  codes: 'code', bCodes: 'code', code: 'code', withoutPeer: 'code', withPeer: 'code',
  programs: 'program', program: 'program', teamPrograms: 'program',
  practitionerCategory: 'practitionerCategory',
  fidelityLevel: 'fidelityLevel',
  beyondLimit: 'limit',
};

/** Free-form or non-reference fields the walk does not enter. */
const OPAQUE = new Set(['check', 'conditions', 'source', 'sources', 'text', 'note', 'id']);

/** Every reference an entry makes, with the field path it sits at. */
export function entryRefs(entry: unknown): EntryRef[] {
  const refs: EntryRef[] = [];
  const visit = (value: unknown, path: PropertyKey[], kind: RefKind | undefined): void => {
    if (typeof value === 'string') {
      if (kind) refs.push({ kind, id: value, path: formatFieldPath(path) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i], kind));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (OPAQUE.has(key)) continue;
        // Inside a reference field (touch-levels `codes: { withoutPeer, withPeer }`) the kind carries down.
        visit(child, [...path, key], REF_FIELDS[key] ?? kind);
      }
    }
  };
  visit(entry, [], undefined);
  return refs;
}
