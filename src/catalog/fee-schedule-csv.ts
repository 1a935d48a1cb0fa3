import { stringify } from 'csv-stringify/sync';
import type { FeeScheduleRow } from './fee-schedule.js';

const COLUMNS: Array<[keyof FeeScheduleRow | 'modifierList', string]> = [
  ['program', 'Program'], ['serviceName', 'Service'], ['code', 'Code'], ['modifierList', 'Modifiers'],
  ['descriptor', 'Descriptor'], ['unit', 'Unit'], ['conditions', 'Conditions'], ['label', 'Rate'],
  ['amount', 'Amount'], ['pricing', 'Pricing'], ['payer', 'Payer'], ['decision', 'Decision'],
  ['effectiveFrom', 'Effective from'], ['effectiveTo', 'Effective to'], ['source', 'Source'],
];

/** The fee schedule as CSV (RFC 4180, header row first); amounts stay exact decimal strings. */
export function feeScheduleCsv(rows: readonly FeeScheduleRow[]): string {
  return stringify(rows.map((row) => COLUMNS.map(([key]) => key === 'modifierList' ? row.modifiers.join(' ') : row[key] ?? '')), {
    header: true, columns: COLUMNS.map(([, title]) => title), record_delimiter: 'windows',
  });
}
