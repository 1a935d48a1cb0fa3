import { Decimal } from 'decimal.js';
import type { Catalog } from './catalog.js';
import { describeConditions } from './describe-condition.js';
import { inForceOn } from './is-effective-on.js';
import type { BillingCode, Source } from './schema/index.js';

/** One row of a published fee schedule: a priced rate, or a code paid at market rate or by the broker. */
export interface FeeScheduleRow {
  program: string;
  service: string;
  serviceName: string;
  codeId: string;
  code: string;
  modifiers: readonly string[];
  descriptor: string;
  /** The unit in words ("per 15 minutes"). */
  unit: string;
  /** What the code itself says and what selects the rate, in words. */
  conditions: string;
  pricing: BillingCode['pricing'];
  /** Exact decimal string per unit; null where the code is not priced by a rate. */
  amount: string | null;
  payer: 'medicaid' | 'state-non-medicaid';
  /** The manual's words for the row. */
  label: string;
  source: string;
  decision?: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

/** The program's fee schedule in force on a date, in services.yaml then codes.yaml then rates.yaml order. */
export function feeSchedule(catalog: Catalog, date: string): FeeScheduleRow[] {
  const rows: FeeScheduleRow[] = [];
  for (const service of catalog.services(date)) {
    for (const code of catalog.codesOf(service.id, date)) {
      const base = {
        program: catalog.program, service: service.id, serviceName: service.name, codeId: code.id, code: code.code,
        modifiers: code.modifiers, descriptor: code.descriptor, unit: catalog.unit(code.unit)?.label ?? code.unit,
        pricing: code.pricing,
      };
      const implied = describeConditions(catalog.dimension, code.implies);
      if (code.pricing !== 'rate') {
        rows.push({ ...base, conditions: implied, amount: null, payer: 'medicaid', label: pricingWords(code.pricing),
          source: sourceText(code.source), ...dated(code) });
        continue;
      }
      for (const rate of inForceOn(catalog.ratesOf(code.id), date)) {
        const conditions = [implied, describeConditions(catalog.dimension, rate.conditions)].filter(Boolean).join('; ');
        rows.push({ ...base, conditions, amount: new Decimal(rate.amount).toFixed(2), payer: rate.payer, label: rate.label,
          source: sourceText(rate.source), ...(rate.decision ? { decision: rate.decision } : {}), ...dated(rate) });
      }
    }
  }
  return rows;
}

function pricingWords(pricing: BillingCode['pricing']): string {
  return pricing === 'market-rate' ? 'Market rate' : "Transportation broker's fee schedule";
}

function sourceText(source: Source): string {
  return typeof source === 'string' ? source : source.join(', ');
}

function dated(entry: { effective: { from: string; to?: string } }): Pick<FeeScheduleRow, 'effectiveFrom' | 'effectiveTo'> {
  return { effectiveFrom: entry.effective.from, ...(entry.effective.to ? { effectiveTo: entry.effective.to } : {}) };
}
