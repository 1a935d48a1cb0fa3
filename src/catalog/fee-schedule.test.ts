import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog.js';
import { feeSchedule } from './fee-schedule.js';
import { feeScheduleCsv } from './fee-schedule-csv.js';
import { loadBilling, miniCatalog } from './fixtures/load-fixture.js';

const catalog = await miniCatalog();

describe('the published fee schedule', () => {
  test('one row per rate in force, plus one per market-rate or broker code, in pack order', () => {
    const rows = feeSchedule(catalog, '2025-03-01');
    expect(rows.map((r) => [r.codeId, r.amount])).toEqual([
      ['X0001', '10.00'], ['X0001-U1', '12.50'], ['X0004', null],
      ['X0002-HO', '105.00'], ['X0002-HO', '90.00'],
      ['X0003-TG', '200.00'], ['X0003-TG', '150.00'],
      ['X0003-TG.respite', '80.00'],
    ]);
  });

  test('a row says what selects the rate in words, and where it comes from', () => {
    const [small] = feeSchedule(catalog, '2025-03-01').filter((r) => r.codeId === 'X0002-HO');
    expect(small).toEqual({
      program: 'fixture', service: 'team', serviceName: 'Team', codeId: 'X0002-HO', code: 'X0002', modifiers: ['HO'],
      descriptor: 'Team per diem.', unit: 'per diem', conditions: 'Team size: Small team', pricing: 'rate', amount: '105.00',
      payer: 'medicaid', label: 'Small', source: '900_0123456789abcdef.txt:L5, 900_0123456789abcdef.txt:L17', decision: 'D-01',
      effectiveFrom: '2025-01-01',
    });
    const rows = feeSchedule(catalog, '2025-03-01');
    expect(rows.find((r) => r.codeId === 'X0001')?.conditions).toBe('Setting: clinic');
    expect(rows.find((r) => r.codeId === 'X0003-TG')?.conditions).toBe('Residents: up to 5');
    expect(rows.find((r) => r.codeId === 'X0004')).toMatchObject({ pricing: 'market-rate', amount: null, label: 'Market rate' });
  });

  test('an earlier date publishes the rates then in force', () => {
    expect(feeSchedule(catalog, '2024-06-01').filter((r) => r.codeId === 'X0002-HO').map((r) => r.amount)).toEqual(['100.00', '90.00']);
    expect(feeSchedule(catalog, '2023-06-01')).toEqual([]);
  });

  test('renders as CSV with a header row and exact amounts', () => {
    const csv = feeScheduleCsv(feeSchedule(catalog, '2025-03-01'));
    const [header, ...records] = parse(csv) as string[][];
    expect(header).toEqual(['Program', 'Service', 'Code', 'Modifiers', 'Descriptor', 'Unit', 'Conditions', 'Rate', 'Amount',
      'Pricing', 'Payer', 'Decision', 'Effective from', 'Effective to', 'Source']);
    expect(records[1]).toEqual(['fixture', 'Therapy', 'X0001', 'U1', 'Therapy, per 15 minutes, community.', 'per 15 minutes',
      'Setting: community', 'Community', '12.50', 'rate', 'medicaid', '', '2024-01-01', '', '900_0123456789abcdef.txt:L3']);
    expect(records[2]![8]).toBe('');
    expect(csv.split('\r\n')).toHaveLength(records.length + 2);
  });
});

describe('the real packs', () => {
  test('the Delaware fee schedule lists every rate and every market-rate and broker code', async () => {
    const pack = await loadBilling(fileURLToPath(new URL('../../policy/de-promise', import.meta.url)));
    const rows = feeSchedule(buildCatalog(pack), '2025-02-01');
    const unpriced = pack.codes.filter((c) => c.pricing !== 'rate');
    expect(rows).toHaveLength(pack.rates.length + unpriced.length);
    expect(rows.filter((r) => r.pricing === 'broker').map((r) => r.code)).toEqual(['A0090', 'A0100', 'A0110', 'A0120', 'A0130', 'A0170', 'T2003']);
    expect(rows.find((r) => r.codeId === 'T2033-HK' && r.amount === '45.00')).toMatchObject({
      payer: 'state-non-medicaid', conditions: 'Residential tier: Tier 4; Billed component: Room and board; Residents in the Group Home: 6–10',
    });
    expect(rows.every((r) => r.amount === null || /^\d+\.\d{2}$/.test(r.amount))).toBe(true);
  });
});
