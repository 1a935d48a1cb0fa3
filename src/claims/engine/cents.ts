// Money as whole cents where sums must be exact and fast (limits in dollars, remittance totals): the digits are
// read as text, never through a binary float, and every total stays a safe integer.

/** An exact decimal dollar string ("1800.00", "12.5", "-3.10") as integer cents. */
export function centsOf(amount: string): number {
  const m = /^(-?)(\d*)(?:\.(\d{0,2}))?$/.exec(amount.trim());
  if (!m) throw new Error(`Not a dollar amount with at most two decimals: ${amount}`);
  const cents = Number(m[2] || '0') * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Integer cents as an exact decimal string with two places. */
export function dollarsOf(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
