import { describe, expect, test } from 'vitest';
import { ageOn, meetsCheck } from './meets-check.js';
import { aPerson } from './testing/a-person.js';

describe('a requirement check judged against a staff member', () => {
  test.each([['2004-06-01', 'met'], ['2004-06-02', 'not-met']])('born %s is 21 on 2025-06-01: %s', (birthDate, outcome) => {
    expect(meetsCheck({ minAge: 21 }, aPerson({ birthDate }), '2025-06-01').outcome).toBe(outcome);
  });
  test('age counts whole years, the birthday included', () => {
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
  });
  test('no birth date is for the reviewer', () => {
    expect(meetsCheck({ minAge: 18 }, aPerson({ birthDate: null }), '2025-01-01').outcome).toBe('unknown');
  });
  test.each([['master', 'met'], ['doctoral', 'met'], ['bachelor', 'not-met']])('a master requirement with a %s degree is %s', (degree, outcome) => {
    expect(meetsCheck({ degree: 'master', fields: ['behavioral-health'] }, aPerson({ degree }), '2025-01-01').outcome).toBe(outcome);
  });
  test('a credential counts only while in force', () => {
    const person = aPerson({ credentials: [{ kind: 'certification', name: 'CADC', from: '2020-01-01', to: '2024-12-31' }] });
    expect(meetsCheck({ credential: 'cadc' }, person, '2024-12-31').outcome).toBe('met');
    expect(meetsCheck({ credential: 'cadc' }, person, '2025-01-01').outcome).toBe('not-met');
  });
  test('licensed means any current license', () => {
    expect(meetsCheck({ licensed: true }, aPerson({ credentials: [{ kind: 'license', name: 'LCSW', from: '2019-01-01', to: null }] }), '2025-01-01').outcome).toBe('met');
    expect(meetsCheck({ licensed: true }, aPerson(), '2025-01-01').outcome).toBe('not-met');
  });
  test('anyOf holds when one option holds; unknown when none fails for sure', () => {
    const licensed = aPerson({ credentials: [{ kind: 'license', name: 'LPC', from: '2019-01-01', to: null }] });
    expect(meetsCheck({ anyOf: [{ licensed: true }, { licenseEligible: true }] }, licensed, '2025-01-01').outcome).toBe('met');
    expect(meetsCheck({ anyOf: [{ licensed: true }, { licenseEligible: true }] }, aPerson(), '2025-01-01').outcome).toBe('unknown');
  });
  test('full time needs an FTE of 1', () => {
    expect(meetsCheck({ fullTime: true }, aPerson({ fte: 1 }), '2025-01-01').outcome).toBe('met');
    expect(meetsCheck({ fullTime: true }, aPerson({ fte: 0.5 }), '2025-01-01').outcome).toBe('not-met');
  });
  test('every background check listed must be current', () => {
    const person = aPerson({ credentials: [{ kind: 'background-check', name: 'Criminal', from: '2024-01-01', to: '2025-12-31' }] });
    expect(meetsCheck({ backgroundCheck: ['criminal'] }, person, '2025-06-01').outcome).toBe('met');
    expect(meetsCheck({ backgroundCheck: ['criminal', 'child-abuse-registry'] }, person, '2025-06-01').outcome).toBe('not-met');
  });
});
