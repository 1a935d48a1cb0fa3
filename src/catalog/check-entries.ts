import { codeKey } from './code-key.js';
import { findingsFor, type Findings } from './findings.js';
import { packKey } from './load-pack.js';
import { entryId } from './pack-issues-from-zod.js';
import { PackFiles, type Effective, type Pack, type PackFileName } from './schema/index.js';

/** Ids are unique within each file, a code + modifier set is billed once per service, and dates run forwards. */
export function checkEntries(pack: Pack): Findings {
  const out = findingsFor(pack);
  for (const file of Object.keys(PackFiles) as PackFileName[]) {
    const seen = new Map<string, number>();
    (pack[packKey(file)] as readonly unknown[]).forEach((entry, index) => {
      const id = entryId(entry);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) out.error({ file, index, id }, `Duplicate id: entry [${first}] already uses ${id}`);
      else seen.set(id, index);
      const effective = (entry as { effective?: Effective }).effective;
      if (effective?.to !== undefined && effective.to < effective.from) {
        out.error({ file, index, id, path: 'effective' }, `Effective dates run backwards (${effective.from} to ${effective.to})`);
      }
      if (effective && effective.from < pack.manifest.effective.from) {
        out.warn({ file, index, id, path: 'effective.from' }, `In force from ${effective.from}, before the pack itself (${pack.manifest.effective.from})`);
      }
    });
  }
  const billed = new Map<string, string>();
  pack.codes.forEach((code, index) => {
    const key = `${code.service}|${codeKey(code.code, code.modifiers)}`;
    const other = billed.get(key);
    if (other) out.error({ file: 'codes.yaml', index, id: code.id }, `${code.code} ${code.modifiers.join(' ')} is already billed for ${code.service} as ${other}`);
    else billed.set(key, code.id);
    if (new Set(code.modifiers).size !== code.modifiers.length) out.error({ file: 'codes.yaml', index, id: code.id, path: 'modifiers' }, 'A modifier appears twice');
  });
  for (const instrument of pack.fidelity) {
    const levels = new Set<string>();
    instrument.levels.forEach((level, i) => {
      if (levels.has(level.id)) out.error({ file: 'fidelity.yaml', id: instrument.id, path: `levels[${i}].id` }, `Duplicate level id ${level.id}`);
      levels.add(level.id);
    });
  }
  return out;
}
