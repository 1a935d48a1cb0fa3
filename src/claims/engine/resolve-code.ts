import type { Catalog, Rule } from '../../catalog/index.js';
import type { ResolvedCode, RulesByKind } from './edit.js';

const caches = new WeakMap<Catalog, Map<string, Map<string, Map<string, ResolvedCode>>>>();

/**
 * What a billed code + modifiers mean on a date: billing code, service, unit, limits, rules by kind and
 * authorization rules in force. Computed once per catalog, code, modifiers, date (and service, where a code is
 * reused by two services) and cached, so the hot path does no catalog scans.
 */
export function resolveCode(catalog: Catalog, code: string, modifiers: readonly string[], date: string, service?: string): ResolvedCode {
  // Nested maps (code → date → modifiers[+service]) so the common hit allocates no key string.
  let byCode = caches.get(catalog);
  if (!byCode) caches.set(catalog, (byCode = new Map()));
  let byDate = byCode.get(code);
  if (!byDate) byCode.set(code, (byDate = new Map()));
  let byModifiers = byDate.get(date);
  if (!byModifiers) byDate.set(date, (byModifiers = new Map()));
  const mods = modifiers.length === 0 ? '' : modifiers.length === 1 ? modifiers[0]! : modifiers.join(',');
  const key = service === undefined ? mods : `${mods}|${service}`;
  let resolved = byModifiers.get(key);
  if (!resolved) byModifiers.set(key, (resolved = compute(catalog, code, modifiers, date, service)));
  return resolved;
}

const NONE: ResolvedCode = Object.freeze({
  code: null, codeId: null, service: null, unit: null, limits: [], rules: {}, authorization: [], teamPrograms: [], problem: null,
});

function compute(catalog: Catalog, code: string, modifiers: readonly string[], date: string, service?: string): ResolvedCode {
  const billed = `${code}${modifiers.length ? ` ${modifiers.join(' ')}` : ''}`;
  const all = catalog.codesFor(code, modifiers);
  const forService = service ? all.filter((c) => c.service === service) : all;
  const inForce = forService.filter((c) => c.effective.from <= date && (c.effective.to === undefined || date <= c.effective.to));
  if (inForce.length === 0) {
    const knownCode = catalog.pack.codes.some((c) => c.code === code);
    const reason = all.length > 0 || !knownCode ? 'invalid-code-for-date' : 'invalid-modifier-for-date';
    return { ...NONE, problem: { reason, saw: { billed, date, inPack: all.length > 0 } } };
  }
  if (inForce.length > 1) {
    return { ...NONE, problem: { reason: 'missing-information', saw: { billed, date, services: inForce.map((c) => c.service) } } };
  }
  const billing = inForce[0]!;
  const rules: Record<string, Rule[]> = {};
  for (const rule of catalog.rulesFor(billing.id, date)) (rules[rule.kind] ??= []).push(rule);
  return Object.freeze({
    code: billing, codeId: billing.id, service: billing.service, unit: catalog.unitOf(billing.id),
    limits: catalog.limitsFor(billing.id, date), rules: rules as RulesByKind,
    authorization: catalog.authorizationFor(billing.id, date),
    teamPrograms: catalog.service(billing.service)?.teamPrograms ?? [], problem: null,
  });
}

const byKind = new WeakMap<Catalog, Map<string, Map<string, readonly Rule[]>>>();

/** `catalog.rulesOfKind(kind, date)`, cached per catalog, kind and date for the hot path. */
export function rulesOfKindOn<K extends Rule['kind']>(catalog: Catalog, kind: K, date: string): readonly Extract<Rule, { kind: K }>[] {
  let kinds = byKind.get(catalog);
  if (!kinds) byKind.set(catalog, (kinds = new Map()));
  let byDate = kinds.get(kind);
  if (!byDate) kinds.set(kind, (byDate = new Map()));
  let rules = byDate.get(date);
  if (!rules) byDate.set(date, (rules = catalog.rulesOfKind(kind, date)));
  return rules as readonly Extract<Rule, { kind: K }>[];
}
