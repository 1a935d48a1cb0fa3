import type {
  AppliesTo, AuthorizationRule, BillingCode, Criteria, Decision, Dimension, Limit, Manifest, Modifier, Pack,
  PractitionerCategory, ProviderType, Rate, ReasonCode, Rule, Service, Unit,
} from './schema/index.js';
import { codeKey } from './code-key.js';
import { entryRefs } from './entry-refs.js';
import { inForceOn } from './is-effective-on.js';

/**
 * One program's policy, immutable and indexed for the engine's hot path. Every `on` argument is an ISO service
 * date (YYYY-MM-DD) and keeps only entries in force that day; without it, every version is returned.
 */
export interface Catalog {
  readonly program: string;
  readonly manifest: Manifest;
  /** The validated pack the catalog was built from (frozen). */
  readonly pack: Pack;
  service(id: string): Service | undefined;
  services(on?: string): readonly Service[];
  code(id: string): BillingCode | undefined;
  /** Billing codes for a HCPCS code + modifier set (order-insensitive); several when services reuse a code. */
  codesFor(code: string, modifiers?: readonly string[], on?: string): readonly BillingCode[];
  codesOf(serviceId: string, on?: string): readonly BillingCode[];
  unit(id: string): Unit | undefined;
  /** The unit a billing code is counted in. Throws for an unknown code: a pack that passed lint has none. */
  unitOf(code: string | { codeId: string }): Unit;
  dimension(id: string): Dimension | undefined;
  modifier(code: string): Modifier | undefined;
  practitionerCategory(id: string): PractitionerCategory | undefined;
  ratesOf(codeId: string, on?: string): readonly Rate[];
  /** Limits whose `appliesTo` covers the code (named codes narrow; services alone cover all their codes). */
  limitsFor(codeId: string, on?: string): readonly Limit[];
  authorizationFor(codeId: string, on?: string): readonly AuthorizationRule[];
  criteriaFor(codeId: string, on?: string): readonly Criteria[];
  /** Rules that name the code or its service anywhere; the edit that applies a rule decides what it means. */
  rulesFor(codeId: string, on?: string): readonly Rule[];
  rulesOfKind<K extends Rule['kind']>(kind: K, on?: string): readonly Extract<Rule, { kind: K }>[];
  providerType(id: string): ProviderType | undefined;
  decision(id: string): Decision | undefined;
  reason(id: string): ReasonCode | undefined;
}

/** Every loaded program's catalog, by program id. Engine code picks one by the claim's program, never by name. */
export interface Catalogs {
  get(program: string): Catalog | undefined;
  list(): readonly Catalog[];
}

/** Builds the immutable catalog of one validated pack. */
export function buildCatalog(source: Pack): Catalog {
  const pack = deepFreeze(structuredClone(source));
  const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));
  const services = byId(pack.services);
  const codes = byId(pack.codes);
  const units = byId(pack.units);
  const dimensions = byId(pack.dimensions);
  const categories = byId(pack.practitionerCategories);
  const providerTypes = byId(pack.providerTypes);
  const decisions = byId(pack.decisions);
  const reasons = byId(pack.reasonCodes);
  const modifiers = new Map(pack.modifiers.map((m) => [m.code, m]));
  const byKey = groupBy(pack.codes, (c) => [codeKey(c.code, c.modifiers)]);
  const byService = groupBy(pack.codes, (c) => [c.service]);
  const rates = groupBy(pack.rates, (r) => [r.code]);

  const covering = <T extends { appliesTo: AppliesTo }>(entries: readonly T[]) =>
    groupBy(entries, (e) => codesCovered(e.appliesTo, pack.codes));
  const limits = covering(pack.limits);
  const authorization = covering(pack.authorization);
  const criteria = covering(pack.criteria);
  const rules = groupBy(pack.rules, (rule) => {
    const refs = entryRefs(rule);
    const named = new Set(refs.filter((r) => r.kind === 'service').map((r) => r.id));
    return [...refs.filter((r) => r.kind === 'code').map((r) => r.id), ...pack.codes.filter((c) => named.has(c.service)).map((c) => c.id)];
  });

  return Object.freeze({
    program: pack.manifest.id,
    manifest: pack.manifest,
    pack,
    service: (id) => services.get(id),
    services: (on) => inForceOn(pack.services, on),
    code: (id) => codes.get(id),
    codesFor: (code, mods = [], on) => inForceOn(byKey.get(codeKey(code, mods)) ?? [], on),
    codesOf: (serviceId, on) => inForceOn(byService.get(serviceId) ?? [], on),
    unit: (id) => units.get(id),
    unitOf(code) {
      const id = typeof code === 'string' ? code : code.codeId;
      const unit = units.get(codes.get(id)?.unit ?? '');
      if (!unit) throw new Error(`No unit for billing code ${id} in ${pack.manifest.id}`);
      return unit;
    },
    dimension: (id) => dimensions.get(id),
    modifier: (code) => modifiers.get(code.toUpperCase()),
    practitionerCategory: (id) => categories.get(id),
    ratesOf: (codeId, on) => inForceOn(rates.get(codeId) ?? [], on),
    limitsFor: (codeId, on) => inForceOn(limits.get(codeId) ?? [], on),
    authorizationFor: (codeId, on) => inForceOn(authorization.get(codeId) ?? [], on),
    criteriaFor: (codeId, on) => inForceOn(criteria.get(codeId) ?? [], on),
    rulesFor: (codeId, on) => inForceOn(rules.get(codeId) ?? [], on),
    rulesOfKind: <K extends Rule['kind']>(kind: K, on?: string) =>
      inForceOn(pack.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind), on),
    providerType: (id) => providerTypes.get(id),
    decision: (id) => decisions.get(id),
    reason: (id) => reasons.get(id),
  } satisfies Catalog);
}

/** Builds every program's catalog; program ids are unique across packs (loadPacks checks). */
export function buildCatalogs(packs: readonly Pack[]): Catalogs {
  const catalogs = new Map(packs.map((p) => [p.manifest.id, buildCatalog(p)]));
  const list = Object.freeze([...catalogs.values()]);
  return Object.freeze({ get: (program: string) => catalogs.get(program), list: () => list });
}

/** Codes an `appliesTo` covers: the named codes, or every code of the named services when no code is named. */
function codesCovered(appliesTo: AppliesTo, codes: readonly BillingCode[]): string[] {
  if (appliesTo.codes?.length) return appliesTo.codes;
  const services = new Set(appliesTo.services ?? []);
  return codes.filter((c) => services.has(c.service)).map((c) => c.id);
}

function groupBy<T>(entries: readonly T[], keys: (entry: T) => readonly string[]): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keys(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
