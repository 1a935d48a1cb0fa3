import { describe, expect, test } from 'vitest';
import { Manifest } from './pack.js';

const manifest = (payer: Record<string, unknown>) => ({
  id: 'xx-test', name: 'Test', jurisdiction: 'XX', agency: 'Test Agency', timezone: 'UTC', effective: { from: '2025-01-01' },
  sources: [{ file: 'x.txt', title: 'Test manual' }], rates: 'published',
  payer: { name: 'TEST MEDICAID', id: '1123456789', source: '003_23a08ecffbbbbdbf.txt:L706', ...payer },
});

describe('the pack manifest payer', () => {
  test('a contact needs a way to reach the payer, and a web address without separators', () => {
    const issues = (payer: Record<string, unknown>) => {
      const r = Manifest.safeParse(manifest(payer));
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ contact: { name: 'EDI', url: 'WWW.EXAMPLE.GOV/EDI' } })).toEqual([]);
    expect(issues({ contact: { name: 'EDI' } })).toEqual(['payer.contact: Give a phone, email or url: PER*BL needs one way to reach the payer']);
    expect(issues({ contact: { url: 'https://example.gov' } })).toEqual(['payer.contact.url: Expected a web address without https:// (no X12 separators)']);
    expect(issues({ contact: { phone: '555-1212' } })).toEqual(['payer.contact.phone: Expected 10 to 15 digits']);
  });
});
