import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { miniCatalog } from './fixtures/load-fixture.js';
import { lookupRate, type RateQuery } from './lookup-rate.js';

const catalog = await miniCatalog();
const look = (query: Partial<RateQuery>) => lookupRate(catalog, { date: '2025-03-01', code: 'X0001', ...query });

describe('looking up a rate', () => {
  test('returns the amount as an exact two-place decimal string, with the rate it came from', () => {
    expect(look({ code: 'X0001', modifiers: ['U1'] })).toEqual({
      ok: true,
      value: {
        rateId: 'X0001-U1', codeId: 'X0001-U1', service: 'therapy', amount: '12.50', unit: 'units.per-15-minutes',
        label: 'Community', payer: 'medicaid', source: '900_0123456789abcdef.txt:L3', conditions: {},
      },
    });
  });

  test('carries the decision that set the value', () => {
    const found = look({ code: 'X0002', modifiers: ['HO'], conditions: { teamSize: 'small' } });
    expect(found.ok && found.value).toMatchObject({ rateId: 'X0002-HO-small-2025', amount: '105.00', decision: 'D-01' });
  });

  test('modifiers match whatever their case; an extra modifier is a different combination', () => {
    const found = look({ code: 'x0002', modifiers: ['ho'], conditions: { teamSize: 'large' } });
    expect(found.ok && found.value.amount).toBe('90.00');
    expect(look({ code: 'X0001', modifiers: ['U1', 'HO'] })).toMatchObject({ ok: false, problem: { kind: 'unknown-code' } });
  });

  test('accepts a Temporal.PlainDate, and refuses a date that is not on the calendar', () => {
    expect(look({ date: Temporal.PlainDate.from('2025-03-01') }).ok).toBe(true);
    expect(() => look({ date: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('effective dates', () => {
  test.each([
    ['2024-01-01', '100.00'], ['2024-12-31', '100.00'], ['2025-01-01', '105.00'], ['2030-06-30', '105.00'],
  ])('a small team on %s is paid %s', (date, amount) => {
    const found = look({ date, code: 'X0002', modifiers: ['HO'], conditions: { teamSize: 'small' } });
    expect(found.ok && found.value.amount).toBe(amount);
  });

  test('before the code exists the problem is not-effective', () => {
    expect(look({ date: '2023-12-31' })).toMatchObject({ ok: false, problem: { kind: 'not-effective', message: 'X0001 is not billable on 2023-12-31 (in force 2024-01-01 to open)' } });
  });
});

describe('conditions', () => {
  test('a condition the rates vary by but the caller left out is named with its allowed values', () => {
    expect(look({ code: 'X0002', modifiers: ['HO'] })).toEqual({
      ok: false,
      problem: {
        kind: 'missing-condition', missing: ['teamSize'], allowed: { teamSize: ['small', 'large'] },
        message: 'X0002-HO is priced by teamSize (small | large)',
      },
    });
  });

  test('an integer dimension lists the ranges the rates use', () => {
    const found = look({ code: 'X0003', modifiers: ['TG'], service: 'residence' });
    expect(found).toMatchObject({ ok: false, problem: { kind: 'missing-condition', allowed: { residents: ['up to 5', '6–10'] } } });
  });

  test('a condition the pack does not define is named', () => {
    expect(look({ conditions: { teamsize: 'small' } })).toMatchObject({
      ok: false, problem: { kind: 'invalid-condition', message: 'teamsize is not a rate condition of fixture (dimensions.yaml)' },
    });
  });

  test('a value the dimension does not allow is named', () => {
    expect(look({ code: 'X0002', modifiers: ['HO'], conditions: { teamSize: 'medium' } })).toMatchObject({
      ok: false, problem: { kind: 'invalid-condition', message: 'teamSize is "medium"; expected one of small, large' },
    });
    expect(look({ code: 'X0003', modifiers: ['TG'], service: 'residence', conditions: { residents: 'five' } })).toMatchObject({
      ok: false, problem: { kind: 'invalid-condition', message: 'residents is "five"; expected a whole number' },
    });
  });

  test('conditions the code does not use are ignored', () => {
    expect(look({ code: 'X0001', conditions: { teamSize: 'small', residents: 3 } }).ok).toBe(true);
  });

  test('a condition contradicting what the code implies is inconsistent', () => {
    expect(look({ code: 'X0001', conditions: { setting: 'community' } })).toMatchObject({
      ok: false, problem: { kind: 'inconsistent-condition', message: 'X0001 is billed for Setting: clinic, not community' },
    });
    expect(look({ code: 'X0001', conditions: { setting: 'clinic' } }).ok).toBe(true);
  });

  test.each([[1, '200.00'], [5, '200.00'], [6, '150.00'], [10, '150.00'], ['7', '150.00']])(
    'integer ranges match by range: %s residents pay %s', (residents, amount) => {
      const found = look({ code: 'X0003', modifiers: ['TG'], service: 'residence', conditions: { residents } });
      expect(found.ok && found.value.amount).toBe(amount);
    });

  test('a value no rate covers lists the rates there are', () => {
    const found = look({ code: 'X0003', modifiers: ['TG'], service: 'residence', conditions: { residents: 11 } });
    expect(found).toMatchObject({
      ok: false,
      problem: { kind: 'no-matching-rate', message: 'X0003-TG has no rate for residents 11', candidates: [{ rateId: 'X0003-TG-1-5' }, { rateId: 'X0003-TG-6-10' }] },
    });
  });
});

describe('codes reused by two services', () => {
  test('without the service the lookup is ambiguous and names both', () => {
    expect(look({ code: 'X0003', modifiers: ['TG'], conditions: { residents: 4 } })).toEqual({
      ok: false,
      problem: {
        kind: 'ambiguous', message: 'X0003 TG is billed under residence and respite; name the service',
        candidates: [{ codeId: 'X0003-TG', service: 'residence' }, { codeId: 'X0003-TG.respite', service: 'respite' }],
      },
    });
  });

  test('the service picks the code', () => {
    const found = look({ code: 'X0003', modifiers: ['TG'], service: 'respite', conditions: { residents: 4 } });
    expect(found.ok && [found.value.codeId, found.value.amount]).toEqual(['X0003-TG.respite', '80.00']);
  });

  test('a service that does not bill the code is named', () => {
    expect(look({ code: 'X0003', modifiers: ['TG'], service: 'therapy' })).toMatchObject({
      ok: false, problem: { kind: 'unknown-code', message: 'fixture has no billing code X0003 TG for service therapy (it bills residence, respite)' },
    });
  });
});

describe('codes without a rate', () => {
  test('a market-rate code is not priced here', () => {
    expect(look({ code: 'X0004' })).toMatchObject({ ok: false, problem: { kind: 'not-priced', pricing: 'market-rate' } });
  });

  test('an unknown code', () => {
    expect(look({ code: 'X9999' })).toMatchObject({ ok: false, problem: { kind: 'unknown-code', message: 'fixture has no billing code X9999' } });
  });
});
