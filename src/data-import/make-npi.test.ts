import { describe, expect, test } from 'vitest';
import { isValidNpi, makeNpi } from './make-npi.js';

describe('NPI check digit (Luhn over 80840 + the NPI)', () => {
  test('the CMS worked example: 123456789 takes check digit 3', () => expect(makeNpi('123456789')).toBe('1234567893'));
  test('a made NPI passes and any single changed digit fails', () => {
    const npi = makeNpi('198765432');
    expect(isValidNpi(npi)).toBe(true);
    for (let i = 0; i < 10; i++) {
      const changed = npi.slice(0, i) + String((Number(npi[i]) + 1) % 10) + npi.slice(i + 1);
      expect(isValidNpi(changed)).toBe(false);
    }
  });
  test('anything but ten digits is not an NPI', () => {
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });
});
