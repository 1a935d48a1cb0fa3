import { Decimal } from 'decimal.js';
import { conditionMatches, lookupRate, type BillingCode, type Catalog, type PricedRate, type RateProblem, type Result } from '../../catalog/index.js';
import type { EditFinding, ResolvedLine } from '../engine/edit.js';
import type { ClaimLine, MemberContext } from '../engine/types.js';
import { rateConditions } from './rate-conditions.js';

/** A priced line: the rate, what it allows for the paid units, and what is paid. */
export interface Price { rateId: string | null; allowedAmount: string; paidAmount: string }

export type PriceResult = { ok: true; value: Price } | { ok: false; finding: EditFinding };

const lookups = new WeakMap<Catalog, Map<string, Result<PricedRate, RateProblem>>>();

/**
 * Prices a line for its payable units: the one rate in force for its code and the conditions its facts give,
 * times the units, rounded half-up to cents per line. Market-rate codes pay the billed charge; broker codes are
 * paid by the transportation broker, not here. Medicaid pays the lesser of the billed charge and the allowed amount
 * (42 CFR 447 upper-limit practice: a provider's charge to Medicaid never exceeds its usual charge), so paid =
 * min(charge, allowed). A fact needed to pick the rate that is not on file pends the line.
 */
export function priceLine(catalog: Catalog, line: ClaimLine, resolved: ResolvedLine, ctx: MemberContext, units: number): PriceResult {
  const code = resolved.code!;
  if (code.pricing === 'broker') {
    return { ok: false, finding: { outcome: 'deny', reason: 'bill-transportation-broker', rule: codeRule(code), saw: { code: code.id } } };
  }
  if (code.pricing === 'market-rate') {
    const amount = money(line.chargeAmount);
    return { ok: true, value: { rateId: null, allowedAmount: amount, paidAmount: amount } };
  }
  const conditions = rateConditions(catalog, line, resolved, ctx);
  const priced = cachedLookup(catalog, line, code.service, conditions);
  if (!priced.ok) return { ok: false, finding: problemFinding(priced.problem, codeRule(code), conditions, code) };
  const rate = priced.value;
  if (rate.payer !== 'medicaid') {
    const rateRule = { id: rate.rateId, source: rate.source, ...(rate.decision ? { decision: rate.decision } : {}) };
    return { ok: false, finding: { outcome: 'deny', reason: 'bill-state-agency', rule: rateRule, saw: { rate: rate.rateId, payer: rate.payer } } };
  }
  const allowed = allowedAmount(rate, units);
  // Both are exact two-place decimal strings; parsing to doubles preserves their order, so the comparison is exact.
  const paid = Number(line.chargeAmount) < Number(allowed) ? money(line.chargeAmount) : allowed;
  return { ok: true, value: { rateId: rate.rateId, allowedAmount: allowed, paidAmount: paid } };
}

/** The billing code as the rule a pricing finding cites (its row of the billing table). */
function codeRule(code: BillingCode): EditFinding['rule'] {
  return { id: code.id, source: code.source, ...(code.decision ? { decision: code.decision } : {}) };
}

const allowedCache = new WeakMap<PricedRate, Map<number, string>>();

/** Rate × units, exact, rounded half-up to cents (cached per rate and unit count). */
function allowedAmount(rate: PricedRate, units: number): string {
  let byUnits = allowedCache.get(rate);
  if (!byUnits) allowedCache.set(rate, (byUnits = new Map()));
  let amount = byUnits.get(units);
  if (amount === undefined) byUnits.set(units, (amount = new Decimal(rate.amount).times(units).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)));
  return amount;
}

/** A billed amount as an exact two-place decimal string. */
function money(amount: string): string {
  return /^\d+\.\d\d$/.test(amount) ? amount : new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function cachedLookup(catalog: Catalog, line: ClaimLine, service: string, conditions: Record<string, string | number>) {
  let cache = lookups.get(catalog);
  if (!cache) lookups.set(catalog, (cache = new Map()));
  let key = `${line.code}|${line.modifiers.join(',')}|${service}|${line.serviceDate}`;
  for (const k in conditions) key += `|${k}=${conditions[k]}`;
  // (One key string per line; the lookup itself, with its validation and messages, runs once per distinct key.)
  let result = cache.get(key);
  if (!result) cache.set(key, (result = lookupRate(catalog, { date: line.serviceDate, code: line.code, modifiers: line.modifiers, service, conditions })));
  return result;
}

/** Why a line could not be priced, as a finding: a missing fact pends; anything else is a billing error. */
function problemFinding(problem: RateProblem, rule: EditFinding['rule'], conditions: Record<string, string | number>, code: BillingCode): EditFinding {
  const saw = { problem: problem.kind, message: problem.message, conditions };
  switch (problem.kind) {
    case 'missing-condition': case 'ambiguous':
      return { outcome: 'pend', reason: 'rate-facts-missing', rule, saw: { ...saw, missing: problem.missing } };
    case 'inconsistent-condition': {
      // Which fact contradicts what the code + modifiers imply decides the reason.
      const clash = Object.keys(code.implies).find((id) => conditions[id] !== undefined && !conditionMatches(code.implies[id]!, conditions[id]!));
      const reason = clash === 'setting' ? 'place-of-service-inconsistent' : clash === 'rateProgram' ? 'level-not-supported' : 'modifier-inconsistent';
      return { outcome: 'deny', reason, rule, saw: { ...saw, dimension: clash } };
    }
    default:
      return { outcome: 'deny', reason: 'rate-not-on-file', rule, saw };
  }
}
