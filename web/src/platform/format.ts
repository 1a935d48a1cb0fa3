// How the UI writes money and dates: exact decimal strings to `$1,234.56`, calendar dates as YYYY-MM-DD.

/** `"1234.5"` → `$1,234.50`. Works on the decimal string, never through a float. */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'number' ? value.toFixed(2) : String(value).trim();
  const match = /^(-)?\$?(\d*)(?:\.(\d*))?$/.exec(text.replace(/,/g, ''));
  if (!match) return text;
  const [, sign, whole = '', fraction = ''] = match;
  let cents = (fraction + '00').slice(0, 2);
  let dollars = whole.replace(/^0+(?=\d)/, '') || '0';
  // Round half up on a third decimal place without floats.
  if (fraction.length > 2 && Number(fraction[2]) >= 5) {
    const sum = (BigInt(dollars + cents) + 1n).toString().padStart(3, '0');
    dollars = sum.slice(0, -2);
    cents = sum.slice(-2);
  }
  return `${sign ?? ''}$${dollars.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** A calendar date or an instant as YYYY-MM-DD; `—` when absent. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return match ? match[0] : value;
}

/** An inclusive span `from → to`; an open end reads "open". */
export function formatSpan(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} → ${to ? formatDate(to) : 'open'}`;
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a YYYY-MM-DD date falls in an inclusive span with an optional end. */
export function isWithin(date: string, span: { from?: string | null; to?: string | null } | undefined): boolean {
  if (!span) return true;
  if (span.from && date < span.from.slice(0, 10)) return false;
  if (span.to && date > span.to.slice(0, 10)) return false;
  return true;
}

/** `care-management` → `Care management`; `prior-authorization` → `Prior authorization`. */
export function humanize(id: string | null | undefined): string {
  if (!id) return '—';
  const words = id.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A person's display name from whatever name fields the record has. */
export function personName(record: { firstName?: unknown; lastName?: unknown; name?: unknown } | null | undefined): string {
  if (!record) return '—';
  const parts = [record.firstName, record.lastName].filter((p) => typeof p === 'string' && p.length > 0);
  if (parts.length > 0) return parts.join(' ');
  return typeof record.name === 'string' ? record.name : '—';
}

/** `1 document`, `3 documents`. */
export const plural = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
