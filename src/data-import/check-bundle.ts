import { ImportFiles, type ImportBundle, type ImportFileName } from './bundle-schema.js';
import type { BundleError } from './format-bundle-error.js';
import { isValidNpi } from './make-npi.js';
import { bundleKeyOf } from './write-bundle.js';

/** A bundle whose invalid records are left as `undefined`, so every record keeps its position in its file. */
export type PartialBundle = { [K in keyof ImportBundle]: (ImportBundle[K][number] | undefined)[] };

type Target = 'organizations' | 'sites' | 'teams' | 'staff' | 'members';
/** Every field that points at another record: the file it is in, how to reach its values, and the file it names. */
const REFERENCES: { file: keyof ImportBundle; to: Target; refs: (r: any) => [path: string, ref: string | undefined][] }[] = [
  { file: 'sites', to: 'organizations', refs: (r) => [['organization', r.organization]] },
  { file: 'teams', to: 'organizations', refs: (r) => [['organization', r.organization]] },
  { file: 'teams', to: 'sites', refs: (r) => [['site', r.site]] },
  { file: 'staff', to: 'organizations', refs: (r) => [['organization', r.organization]] },
  { file: 'staff', to: 'teams', refs: (r) => [['team', r.team]] },
  { file: 'members', to: 'organizations', refs: (r) => r.enrollments.map((e: any, i: number) => [`enrollments.${i}.organization`, e.organization]) },
  { file: 'members', to: 'teams', refs: (r) => r.enrollments.map((e: any, i: number) => [`enrollments.${i}.team`, e.team]) },
  { file: 'members', to: 'staff', refs: (r) => [['careManager', r.careManager]] },
  { file: 'plans', to: 'members', refs: (r) => [['member', r.member]] },
  { file: 'plans', to: 'organizations', refs: (r) => r.lines.map((l: any, i: number) => [`lines.${i}.organization`, l.organization]) },
  { file: 'authorizations', to: 'members', refs: (r) => [['member', r.member]] },
  { file: 'authorizations', to: 'organizations', refs: (r) => [['organization', r.organization]] },
];

export interface CheckBundleOptions {
  /** Refs of records that failed validation, so a broken organization does not also report every site pointing at it. */
  knownRefs?: Partial<Record<keyof ImportBundle, Iterable<string>>>;
  /** Skip the "points at a record of the bundle" check (refs to be resolved in the database instead). */
  allowOutsideRefs?: boolean;
}

/**
 * What a record-by-record schema check cannot see: refs unique within each file, every ref pointing at a record
 * of the bundle, Medicaid ids unique, NPI check digits, and no span ending before it starts.
 */
export function checkBundle(bundle: PartialBundle, options: CheckBundleOptions = {}): BundleError[] {
  const { knownRefs, allowOutsideRefs = false } = options;
  const errors: BundleError[] = [];
  const refs = new Map<keyof ImportBundle, Map<string, number>>();
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
    const key = bundleKeyOf(file);
    const seen = new Map<string, number>();
    bundle[key].forEach((record, index) => {
      if (!record) return;
      const first = seen.get(record.ref);
      if (first === undefined) seen.set(record.ref, index);
      else errors.push({ file, index, ref: record.ref, path: 'ref', message: `Duplicate ref "${record.ref}": record ${first} has it too` });
    });
    for (const ref of knownRefs?.[key] ?? []) if (!seen.has(ref)) seen.set(ref, -1);
    refs.set(key, seen);
  }
  if (!allowOutsideRefs) for (const { file, to, refs: read } of REFERENCES) {
    const targets = refs.get(to)!;
    bundle[file].forEach((record, index) => {
      if (!record) return;
      for (const [path, ref] of read(record)) {
        if (ref !== undefined && !targets.has(ref)) {
          errors.push({ file: `${file}.json`, index, ref: record.ref, path, message: `No record with ref "${ref}" in ${to}.json` });
        }
      }
    });
  }
  const medicaidIds = new Map<string, number>();
  bundle.members.forEach((member, index) => {
    if (!member) return;
    const first = medicaidIds.get(member.medicaidId);
    if (first === undefined) medicaidIds.set(member.medicaidId, index);
    else errors.push({ file: 'members.json', index, ref: member.ref, path: 'medicaidId', message: `Medicaid id ${member.medicaidId} is also on record ${first}` });
  });
  for (const key of ['organizations', 'staff'] as const) {
    bundle[key].forEach((record, index) => {
      if (record?.npi && !isValidNpi(record.npi)) {
        errors.push({ file: `${key}.json`, index, ref: record.ref, path: 'npi', message: `NPI ${record.npi} fails the check digit (Luhn with prefix 80840)` });
      }
    });
  }
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) {
    bundle[bundleKeyOf(file)].forEach((record, index) => {
      if (record) for (const path of backwardSpans(record, '')) errors.push({ file, index, ref: record.ref, path, message: 'Ends before it starts ("to" is earlier than "from")' });
    });
  }
  const order = new Map(Object.keys(ImportFiles).map((f, i) => [f, i]));
  return errors.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.index ?? -1) - (b.index ?? -1));
}

/** Paths of every `{ from, to }` in a record where `to` < `from` (ISO dates compare as text). */
function backwardSpans(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => backwardSpans(v, path ? `${path}.${i}` : String(i)));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const here = typeof o.from === 'string' && typeof o.to === 'string' && o.to < o.from ? [path ? `${path}.to` : 'to'] : [];
  const nested = Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? backwardSpans(v, path ? `${path}.${k}` : k) : []));
  return [...here, ...nested];
}
