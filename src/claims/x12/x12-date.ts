/** Reads a CCYYMMDD date to ISO `YYYY-MM-DD`, or null when it is not a real calendar date. */
export function parseX12Date(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const y = +text.slice(0, 4), m = +text.slice(4, 6), d = +text.slice(6, 8);
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate() || y < 1900) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
