import { describe, expect, test } from 'vitest';
import { buildCatalog, buildCatalogs } from './catalog.js';
import { loadFixture } from './fixtures/load-fixture.js';

const pack = await loadFixture();
const catalog = buildCatalog(pack);

describe('the catalog of one program', () => {
  test('finds codes by code + modifier set, whatever the billed order or case', () => {
    expect(catalog.codesFor('X0002', ['HO']).map((c) => c.id)).toEqual(['X0002-HO']);
    expect(catalog.codesFor('x0001', ['u1']).map((c) => c.id)).toEqual(['X0001-U1']);
    expect(catalog.codesFor('X0001').map((c) => c.id)).toEqual(['X0001']);
    expect(catalog.codesFor('X0001', ['HO'])).toEqual([]);
  });

  test('a code reused by two services returns both', () => {
    expect(catalog.codesFor('X0003', ['TG']).map((c) => [c.id, c.service])).toEqual([['X0003-TG', 'residence'], ['X0003-TG.respite', 'respite']]);
  });

  test('unitOf gives the code unit, from an id or a line', () => {
    expect(catalog.unitOf('X0001')).toMatchObject({ kind: 'timed', minutes: 15, minimumToBill: 8 });
    expect(catalog.unitOf({ codeId: 'X0002-HO' }).kind).toBe('day');
    expect(() => catalog.unitOf('NOPE')).toThrow(/No unit for billing code NOPE/);
  });

  test('rates by code, narrowed to a date', () => {
    expect(catalog.ratesOf('X0002-HO').map((r) => r.id)).toEqual(['X0002-HO-small-2024', 'X0002-HO-small-2025', 'X0002-HO-large']);
    expect(catalog.ratesOf('X0002-HO', '2024-12-31').map((r) => r.id)).toEqual(['X0002-HO-small-2024', 'X0002-HO-large']);
    expect(catalog.ratesOf('X0002-HO', '2025-01-01').map((r) => r.id)).toEqual(['X0002-HO-small-2025', 'X0002-HO-large']);
    expect(catalog.ratesOf('X0002-HO', '2023-12-31')).toEqual([]);
  });

  test('limits: named codes narrow, a service alone covers all its codes', () => {
    expect(catalog.limitsFor('X0001').map((l) => l.id)).toEqual(['therapy-8-units-a-day', 'therapy-100-units-a-month']);
    expect(catalog.limitsFor('X0001-U1').map((l) => l.id)).toEqual(['therapy-100-units-a-month']);
    expect(catalog.limitsFor('X0002-HO')).toEqual([]);
  });

  test('rules that name a code or its service', () => {
    expect(catalog.rulesFor('X0001').map((r) => r.id)).toEqual(['therapy-not-with-respite']);
    expect(catalog.rulesFor('X0003-TG.respite').map((r) => r.id)).toEqual(['therapy-not-with-respite']);
    expect(catalog.rulesFor('X0003-TG')).toEqual([]);
    expect(catalog.rulesOfKind('same-day-same-time').map((r) => r.services)).toEqual([['therapy', 'respite']]);
  });

  test('lookups by id', () => {
    expect(catalog.service('team')?.teamPrograms).toEqual(['team']);
    expect(catalog.codesOf('therapy').map((c) => c.id)).toEqual(['X0001', 'X0001-U1', 'X0004']);
    expect(catalog.dimension('residents')?.integer).toBe(true);
    expect(catalog.modifier('u1')?.meaning).toBe('Community setting');
    expect(catalog.decision('D-01')?.inForce).toBe('$105.00');
    expect(catalog.reason('units-exceed-minutes')?.carc).toEqual({ group: 'CO', code: '151' });
    expect(catalog.service('nope')).toBeUndefined();
  });

  test('is immutable, and does not share objects with the pack it was built from', () => {
    expect(Object.isFrozen(catalog.code('X0001'))).toBe(true);
    expect(() => { (catalog.code('X0001') as { unit: string }).unit = 'units.per-diem'; }).toThrow(TypeError);
    expect(() => { (catalog.ratesOf('X0001') as unknown[]).push({}); }).toThrow(TypeError);
    expect(Object.isFrozen(pack.codes[0])).toBe(false);
  });
});

describe('catalogs of every program', () => {
  test('are found by program id', () => {
    const catalogs = buildCatalogs([pack]);
    expect(catalogs.get('fixture')?.program).toBe('fixture');
    expect(catalogs.get('other')).toBeUndefined();
    expect(catalogs.list().map((c) => c.program)).toEqual(['fixture']);
  });
});
