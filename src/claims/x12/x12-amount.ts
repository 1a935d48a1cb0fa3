import { Decimal } from 'decimal.js';

const X12_DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

/** Reads an X12 `R` (decimal) element into an exact amount with cents ("40" → "40.00"); null when it is not a number or has sub-cent digits. */
export function parseX12Amount(text: string): Decimal | null {
  if (!X12_DECIMAL.test(text) || text.length > 18) return null;
  const d = new Decimal(text);
  return d.decimalPlaces() > 2 ? null : d;
}

/** Writes an amount the X12 way: no leading `+`, no trailing zeros or point ("125.00" → "125", "12.50" → "12.5"). */
export function formatX12Amount(amount: Decimal.Value): string {
  const s = new Decimal(amount).toFixed(2);
  if (s.endsWith('.00')) return s.slice(0, -3) === '-0' ? '0' : s.slice(0, -3);
  return s.endsWith('0') ? s.slice(0, -1) : s;
}
