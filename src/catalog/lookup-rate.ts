import { Decimal } from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import type { Catalog } from './catalog.js';
import { conditionMatches } from './condition-matches.js';
import { describeValue } from './describe-condition.js';
import { isEffectiveOn } from './is-effective-on.js';
import type { Result } from './result.js';
import type { BillingCode, ConditionValue, Rate, Source } from './schema/index.js';

/** What a claim line tells pricing: the service date, the code and modifiers as billed, and the facts around it. */
export interface RateQuery {
  /** Date of service. */
  date: string | Temporal.PlainDate;
  /** HCPCS code as billed. */
  code: string;
  /** Modifiers as billed; their order does not matter. */
  modifiers?: readonly string[];
  /** The service the line is for, where a code is reused by two services (T2033 residential vs respite). */
  service?: string;
  /** Rate conditions by dimension id (teamSize, residents …); ones the code does not use are ignored. */
  conditions?: Readonly<Record<string, string | number>>;
}

/** The rate that prices the line. */
export interface PricedRate {
  rateId: string;
  codeId: string;
  service: string;
  /** Exact decimal string per unit, two places ("208.21"). */
  amount: string;
  /** Unit id (units.yaml); `catalog.unitOf(codeId)` gives the whole unit. */
  unit: string;
  label: string;
  payer: Rate['payer'];
  source: Source;
  decision?: string;
  conditions: Readonly<Record<string, ConditionValue>>;
}

export type RateProblemKind =
  | 'unknown-code' | 'not-effective' | 'ambiguous' | 'not-priced'
  | 'invalid-condition' | 'inconsistent-condition' | 'missing-condition' | 'no-matching-rate';

export interface RateProblem {
  kind: RateProblemKind;
  message: string;
  /** missing-condition: the dimensions to supply, and the values each allows. */
  missing?: string[];
  allowed?: Record<string, string[]>;
  /** ambiguous / no-matching-rate: what could have matched. */
  candidates?: Array<{ codeId: string; service: string; rateId?: string; label?: string }>;
  /** not-priced: how the code is paid instead. */
  pricing?: BillingCode['pricing'];
}

/** Finds the one rate in force for a billed code, modifiers and conditions on a date, or says exactly why not. */
export function lookupRate(catalog: Catalog, query: RateQuery): Result<PricedRate, RateProblem> {
  const date = isoDate(query.date);
  const modifiers = query.modifiers ?? [];
  const billed = [query.code, ...modifiers].join(' ');
  const fail = (problem: RateProblem): Result<PricedRate, RateProblem> => ({ ok: false, problem });

  const all = catalog.codesFor(query.code, modifiers);
  const forService = query.service ? all.filter((c) => c.service === query.service) : all;
  if (forService.length === 0) {
    const why = all.length > 0 ? ` for service ${query.service} (it bills ${all.map((c) => c.service).join(', ')})`
      : catalog.manifest.rates === 'none-published' ? `: ${catalog.program} publishes no rates${catalog.manifest.ratesNote ? ` (${catalog.manifest.ratesNote})` : ''}` : '';
    return fail({ kind: 'unknown-code', message: `${catalog.program} has no billing code ${billed}${why}` });
  }
  const effective = forService.filter((c) => isEffectiveOn(c, date));
  if (effective.length === 0) {
    return fail({ kind: 'not-effective', message: `${billed} is not billable on ${date} (${spans(forService)})` });
  }
  if (effective.length > 1) {
    return fail({
      kind: 'ambiguous', message: `${billed} is billed under ${effective.map((c) => c.service).join(' and ')}; name the service`,
      candidates: effective.map((c) => ({ codeId: c.id, service: c.service })),
    });
  }
  const code = effective[0]!;
  if (code.pricing !== 'rate') {
    const how = code.pricing === 'market-rate' ? 'at market rate (the billed amount, within limits)' : "by the transportation broker's fee schedule";
    return fail({ kind: 'not-priced', pricing: code.pricing, message: `${code.id} has no rate: it is priced ${how}` });
  }

  const given = query.conditions ?? {};
  for (const [id, value] of Object.entries(given)) {
    const dimension = catalog.dimension(id);
    if (!dimension) return fail({ kind: 'invalid-condition', message: `${id} is not a rate condition of ${catalog.program} (dimensions.yaml)` });
    const valid = dimension.integer ? Number.isInteger(Number(value)) && String(value).trim() !== '' : dimension.values?.includes(String(value)) ?? true;
    if (!valid) {
      const expected = dimension.integer ? 'a whole number' : `one of ${dimension.values!.join(', ')}`;
      return fail({ kind: 'invalid-condition', message: `${id} is ${JSON.stringify(value)}; expected ${expected}` });
    }
  }
  for (const [id, implied] of Object.entries(code.implies)) {
    const value = given[id];
    if (value !== undefined && !conditionMatches(implied, value)) {
      const dimension = catalog.dimension(id);
      return fail({
        kind: 'inconsistent-condition',
        message: `${code.id} is billed for ${dimension?.label ?? id}: ${describeValue(dimension, implied)}, not ${describeValue(dimension, typeof value === 'number' ? { min: value, max: value } : value)}`,
      });
    }
  }

  const rates = catalog.ratesOf(code.id);
  const missing = code.dimensions.filter((id) => given[id] === undefined);
  if (missing.length > 0) {
    const allowed = Object.fromEntries(missing.map((id) => [id, allowedValues(catalog, id, rates)]));
    const needs = missing.map((id) => `${id} (${allowed[id]!.join(' | ')})`).join(' and ');
    return fail({ kind: 'missing-condition', missing, allowed, message: `${code.id} is priced by ${needs}` });
  }

  const matching = rates.filter((r) => code.dimensions.every((id) => r.conditions[id] !== undefined && conditionMatches(r.conditions[id]!, given[id]!)));
  const candidates = (list: readonly Rate[]) => list.map((r) => ({ codeId: code.id, service: code.service, rateId: r.id, label: r.label }));
  if (matching.length === 0) {
    const asked = code.dimensions.map((id) => `${id} ${given[id]}`).join(', ');
    return fail({ kind: 'no-matching-rate', message: `${code.id} has no rate for ${asked || 'these conditions'}`, candidates: candidates(rates) });
  }
  const inForce = matching.filter((r) => isEffectiveOn(r, date));
  if (inForce.length === 0) {
    return fail({ kind: 'not-effective', message: `No rate for ${code.id} is in force on ${date} (${spans(matching)})`, candidates: candidates(matching) });
  }
  if (inForce.length > 1) {
    return fail({ kind: 'ambiguous', message: `${inForce.length} rates for ${code.id} match on ${date}`, candidates: candidates(inForce) });
  }
  const rate = inForce[0]!;
  return {
    ok: true,
    value: {
      rateId: rate.id, codeId: code.id, service: code.service,
      amount: new Decimal(rate.amount).toFixed(2), unit: code.unit, label: rate.label, payer: rate.payer,
      source: rate.source, ...(rate.decision ? { decision: rate.decision } : {}), conditions: rate.conditions,
    },
  };
}

/** A service date as YYYY-MM-DD; a date that is not on the calendar is a caller bug. */
function isoDate(date: string | Temporal.PlainDate): string {
  return Temporal.PlainDate.from(date, { overflow: 'reject' }).toString();
}

function allowedValues(catalog: Catalog, id: string, rates: readonly Rate[]): string[] {
  const dimension = catalog.dimension(id);
  if (dimension?.values) return [...dimension.values];
  const seen = new Set(rates.map((r) => r.conditions[id]).filter((v) => v !== undefined).map((v) => describeValue(dimension, v!)));
  return [...seen];
}

function spans(entries: ReadonlyArray<{ effective: { from: string; to?: string } }>): string {
  return entries.map((e) => `in force ${e.effective.from} to ${e.effective.to ?? 'open'}`).join('; ');
}
