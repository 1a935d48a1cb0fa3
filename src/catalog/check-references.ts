import { entryRefs, type RefKind } from './entry-refs.js';
import { findingsFor, type Findings } from './findings.js';
import type { Pack, PackFileName } from './schema/index.js';
import { walkPack } from './walk-pack.js';

/** Files whose entries point at services, codes, programs, categories, fidelity levels and limits by id. */
const REFERRING: Array<[PackFileName, keyof Pack]> = [
  ['services.yaml', 'services'], ['limits.yaml', 'limits'], ['rules.yaml', 'rules'], ['authorization.yaml', 'authorization'],
  ['provider-types.yaml', 'providerTypes'], ['criteria.yaml', 'criteria'], ['touch-levels.yaml', 'touchLevels'],
  ['fidelity.yaml', 'fidelity'],
];

const WHERE: Record<RefKind, string> = {
  service: 'services.yaml', code: 'codes.yaml', program: 'pack.yaml programs', practitionerCategory: 'practitioner-categories.yaml',
  fidelityLevel: 'fidelity.yaml levels', limit: 'limits.yaml',
};

/**
 * Every cross-reference resolves: ids in limits, rules, authorization, provider types, criteria, touch levels and
 * fidelity; limit settings and fidelity rate programs against their dimensions; every `decision` against
 * decisions.yaml. Returns the decision register's back-references too.
 */
export function checkReferences(pack: Pack): Findings & { referencedBy: Map<string, string[]> } {
  const out = findingsFor(pack);
  const known: Record<RefKind, Set<string>> = {
    service: new Set(pack.services.map((s) => s.id)),
    code: new Set(pack.codes.map((c) => c.id)),
    program: new Set(pack.manifest.programs.map((p) => p.id)),
    practitionerCategory: new Set(pack.practitionerCategories.map((c) => c.id)),
    fidelityLevel: new Set(pack.fidelity.flatMap((f) => f.levels.map((l) => l.id))),
    limit: new Set(pack.limits.map((l) => l.id)),
  };
  for (const [file, key] of REFERRING) {
    (pack[key] as ReadonlyArray<{ id: string }>).forEach((entry, index) => {
      for (const ref of entryRefs(entry)) {
        if (!known[ref.kind].has(ref.id)) out.error({ file, index, id: entry.id, path: ref.path }, `${ref.id} is not in ${WHERE[ref.kind]}`);
      }
    });
  }

  const dimension = (id: string) => pack.dimensions.find((d) => d.id === id);
  const settings = dimension('setting')?.values;
  pack.limits.forEach((limit, index) => {
    if (limit.setting !== undefined && !settings?.includes(limit.setting)) {
      out.error({ file: 'limits.yaml', index, id: limit.id, path: 'setting' },
        settings ? `${limit.setting} is not a value of dimension setting (${settings.join(', ')})` : 'The pack has no `setting` dimension to name');
    }
  });

  // A rule that benchmarks against a rate (plan-cost-cap `notToExceed`) names that code's dimensions.
  pack.rules.forEach((rule, index) => {
    const benchmark = (rule as { notToExceed?: { code: string; conditions: Record<string, unknown> } }).notToExceed;
    const code = benchmark && pack.codes.find((c) => c.id === benchmark.code);
    if (!benchmark || !code) return;
    for (const [id, value] of Object.entries(benchmark.conditions)) {
      const at = { file: 'rules.yaml' as const, index, id: rule.id, path: `notToExceed.conditions.${id}` };
      const values = dimension(id)?.values;
      if (!code.dimensions.includes(id)) out.error(at, `${id} is not a dimension ${code.id} declares`);
      else if (values ? !values.includes(String(value)) : !Number.isInteger(Number(value))) {
        out.error(at, `${JSON.stringify(value)} is not a value of ${id}${values ? ` (${values.join(', ')})` : ' (a whole number)'}`);
      }
    }
    for (const id of code.dimensions) {
      if (!(id in benchmark.conditions)) out.error({ file: 'rules.yaml', index, id: rule.id, path: 'notToExceed.conditions' }, `Missing ${id}: ${code.id}'s rates vary by it`);
    }
  });

  const ratePrograms = dimension('rateProgram')?.values;
  pack.fidelity.forEach((instrument, index) => {
    const levels = new Set(instrument.levels.map((l) => l.id));
    instrument.levels.forEach((level, i) => {
      const at = (path: string) => ({ file: 'fidelity.yaml' as const, index, id: instrument.id, path: `levels[${i}].${path}` });
      if (ratePrograms && !ratePrograms.includes(level.billing.rateProgram)) {
        out.error(at('billing.rateProgram'), `${level.billing.rateProgram} is not a value of dimension rateProgram (${ratePrograms.join(', ')})`);
      }
      for (const [path, target] of [['review.revertTo', level.review?.revertTo], ['mustReach', level.mustReach]] as const) {
        if (target !== undefined && !levels.has(target)) out.error(at(path), `${target} is not a level of ${instrument.id}`);
      }
    });
  });

  const decisions = new Set(pack.decisions.map((d) => d.id));
  const referencedBy = new Map<string, string[]>();
  const ids = new Set<string>();
  walkPack(pack, (at, key, value) => {
    if (key === 'id' && typeof value === 'string') ids.add(value);
    if (key !== 'decision' || at.file === 'decisions.yaml' || typeof value !== 'string') return;
    if (!decisions.has(value)) out.error(at, `Decision ${value} is not in decisions.yaml`);
    referencedBy.set(value, [...(referencedBy.get(value) ?? []), at.id ?? at.file]);
  });
  pack.modifiers.forEach((m) => ids.add(m.code));
  pack.decisions.forEach((decision, index) => {
    decision.affects.forEach((id, i) => {
      if (!ids.has(id)) out.warn({ file: 'decisions.yaml', index, id: decision.id, path: `affects[${i}]` }, `${id} is not an id in this pack`);
    });
    if (decision.affects.length === 0 && !referencedBy.has(decision.id)) {
      out.warn({ file: 'decisions.yaml', index, id: decision.id }, 'No entry names this decision and it lists nothing it affects');
    }
  });
  return { ...out, referencedBy };
}
