import { conditionsOverlap } from './condition-matches.js';
import { findingsFor, type Findings } from './findings.js';
import { effectiveOverlaps } from './is-effective-on.js';
import type { ConditionValue, Dimension, Pack } from './schema/index.js';

/**
 * Codes, rates and dimensions agree: every reference resolves, every rate names exactly its code's dimensions
 * with values they allow, every `rate` code is priced (and nothing else is), and no two rates claim the same
 * code and conditions on overlapping dates.
 */
export function checkBilling(pack: Pack): Findings {
  const out = findingsFor(pack);
  const dimensions = new Map(pack.dimensions.map((d) => [d.id, d]));
  const modifiers = new Set(pack.modifiers.map((m) => m.code));
  const services = new Set(pack.services.map((s) => s.id));
  const units = new Set(pack.units.map((u) => u.id));
  const categories = new Map(pack.practitionerCategories.map((c) => [c.id, c]));
  const codes = new Map(pack.codes.map((c) => [c.id, c]));

  const providerTypes = new Set(pack.providerTypes.map((p) => p.id));
  pack.dimensions.forEach((d, index) => {
    const at = { file: 'dimensions.yaml' as const, index, id: d.id };
    if (!d.values === !d.integer) out.error(at, 'A dimension has either `values` or `integer: true`, not both or neither');
    for (const key of Object.keys(d.labels ?? {})) if (!d.values?.includes(key)) out.error({ ...at, path: `labels.${key}` }, `${key} is not one of the values`);
    if (d.valuesFrom === 'provider-types') {
      d.values?.forEach((v, i) => { if (!providerTypes.has(v)) out.error({ ...at, path: `values[${i}]` }, `${v} is not in provider-types.yaml`); });
    }
  });

  const categoryOf = new Map<string, string>();
  pack.practitionerCategories.forEach((c, index) => c.modifiers.forEach((m, i) => {
    const at = { file: 'practitioner-categories.yaml' as const, index, id: c.id, path: `modifiers[${i}]` };
    if (!modifiers.has(m)) out.error(at, `Modifier ${m} is not in modifiers.yaml`);
    if (categoryOf.has(m)) out.error(at, `Modifier ${m} is already in ${categoryOf.get(m)}`);
    categoryOf.set(m, c.id);
  }));

  pack.codes.forEach((code, index) => {
    const at = (path?: string) => ({ file: 'codes.yaml' as const, index, id: code.id, path });
    if (!services.has(code.service)) out.error(at('service'), `Service ${code.service} is not in services.yaml`);
    if (!units.has(code.unit)) out.error(at('unit'), `Unit ${code.unit} is not in units.yaml`);
    code.modifiers.forEach((m, i) => { if (!modifiers.has(m)) out.error(at(`modifiers[${i}]`), `Modifier ${m} is not in modifiers.yaml`); });
    code.dimensions.forEach((d, i) => { if (!dimensions.has(d)) out.error(at(`dimensions[${i}]`), `Dimension ${d} is not in dimensions.yaml`); });
    if (code.practitionerCategory) {
      const category = categories.get(code.practitionerCategory);
      if (!category) out.error(at('practitionerCategory'), `Practitioner category ${code.practitionerCategory} is not in practitioner-categories.yaml`);
      else if (!code.modifiers.some((m) => category.modifiers.includes(m))) {
        out.warn(at('practitionerCategory'), `None of the code's modifiers bills as ${category.id} (${category.modifiers.join(', ')})`);
      }
    }
    for (const [id, value] of Object.entries(code.implies)) {
      const problem = valueProblem(dimensions.get(id), id, value);
      if (problem) out.error(at(`implies.${id}`), problem);
      if (code.dimensions.includes(id)) out.error(at(`implies.${id}`), `${id} is both implied by the code and a rate dimension`);
    }
    if (pack.manifest.rates === 'none-published' && code.pricing === 'rate') {
      out.error(at('pricing'), 'pack.yaml says no rates are published, so no code can be priced by a rate');
    }
  });

  pack.rates.forEach((rate, index) => {
    const at = (path?: string) => ({ file: 'rates.yaml' as const, index, id: rate.id, path });
    if (pack.manifest.rates === 'none-published') out.error(at(), 'pack.yaml says no rates are published');
    const code = codes.get(rate.code);
    if (!code) return out.error(at('code'), `Billing code ${rate.code} is not in codes.yaml`);
    if (code.pricing !== 'rate') out.error(at('code'), `${code.id} is priced ${code.pricing}, so it takes no rate rows`);
    for (const [id, value] of Object.entries(rate.conditions)) {
      if (!code.dimensions.includes(id)) out.error(at(`conditions.${id}`), `${id} is not a dimension ${code.id} declares (${code.dimensions.join(', ') || 'none'})`);
      else {
        const problem = valueProblem(dimensions.get(id), id, value);
        if (problem) out.error(at(`conditions.${id}`), problem);
      }
    }
    for (const id of code.dimensions) if (!(id in rate.conditions)) out.error(at('conditions'), `Missing condition ${id}: ${code.id}'s rates vary by it`);
    if (!effectiveOverlaps(rate.effective, code.effective)) out.warn(at('effective'), `Never in force while ${code.id} is`);
    if (Number(rate.amount) === 0) out.warn(at('amount'), 'Amount is zero');
  });

  const priced = new Set(pack.rates.map((r) => r.code));
  pack.codes.forEach((code, index) => {
    if (code.pricing === 'rate' && pack.manifest.rates === 'published' && !priced.has(code.id)) {
      out.error({ file: 'codes.yaml', index, id: code.id, path: 'pricing' }, `Priced by rate but rates.yaml has no rate for ${code.id}`);
    }
  });

  // Two rates that one claim line could both match on one date.
  const byCode = new Map<string, Array<{ rate: Pack['rates'][number]; index: number }>>();
  pack.rates.forEach((rate, index) => byCode.set(rate.code, [...(byCode.get(rate.code) ?? []), { rate, index }]));
  for (const [codeId, rows] of byCode) {
    const dims = codes.get(codeId)?.dimensions ?? [];
    rows.forEach(({ rate: a, index: ia }, i) => rows.slice(i + 1).forEach(({ rate: b }) => {
      const sameConditions = dims.every((d) => a.conditions[d] === undefined || b.conditions[d] === undefined
        || conditionsOverlap(a.conditions[d]!, b.conditions[d]!));
      if (sameConditions && effectiveOverlaps(a.effective, b.effective)) {
        out.error({ file: 'rates.yaml', index: ia, id: a.id }, `Overlaps rate ${b.id}: same code ${codeId}, overlapping conditions and dates`);
      }
    }));
  }
  return out;
}

/** Why a condition value does not fit its dimension, or undefined when it does. */
function valueProblem(dimension: Dimension | undefined, id: string, value: ConditionValue): string | undefined {
  if (!dimension) return `${id} is not in dimensions.yaml`;
  if (dimension.integer) {
    if (typeof value === 'string') return `${id} counts whole numbers: give { min, max }, not ${JSON.stringify(value)}`;
    if (value.min !== undefined && value.max !== undefined && value.min > value.max) return `Range ${value.min}–${value.max} is empty`;
    return undefined;
  }
  if (typeof value !== 'string') return `${id} takes one of ${dimension.values?.join(', ')}, not a range`;
  return dimension.values?.includes(value) ? undefined : `${value} is not a value of ${id} (${dimension.values?.join(', ')})`;
}
