/** A postal address as the API sends it. */
export interface PostalAddress { line1?: string; line2?: string | null; city?: string; state?: string; zip?: string }

/** `12 Main St, Dover, DE 19901` from a string or an address object; `—` when absent. */
export function addressText(address: string | PostalAddress | null | undefined): string {
  if (!address) return '—';
  if (typeof address === 'string') return address;
  const cityLine = [address.city, [address.state, address.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.line1, address.line2, cityLine].filter(Boolean).join(', ') || '—';
}
