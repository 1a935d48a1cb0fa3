import { describe, expect, test } from 'vitest';
import { codeValidOnDate } from './code-valid-on-date.js';
import { aContext, aLine } from './test-world.js';

describe('code and modifiers valid for the program on the date', () => {
  test('H0040 HO is an ACT per diem', () => {
    const line = aLine();
    expect(codeValidOnDate.check(line, aContext(line))).toEqual([]);
  });
  test('modifiers are a set: T2022 TG HT equals T2022 HT TG', () => {
    const line = aLine({ code: 'T2022', modifiers: ['TG', 'HT'] });
    expect(codeValidOnDate.check(line, aContext(line))).toEqual([]);
  });
  test('a known code with a modifier it is not billed with is an invalid modifier', () => {
    const line = aLine({ code: 'H0040', modifiers: ['U1'] });
    expect(codeValidOnDate.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'invalid-modifier-for-date' }]);
  });
  test('a code the program does not bill is invalid', () => {
    const line = aLine({ code: 'Z9999', modifiers: [] });
    expect(codeValidOnDate.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'invalid-code-for-date' }]);
  });
  test('a date before the program began is invalid for every code (the pack starts 2025-02-01)', () => {
    const line = aLine({ serviceDate: '2025-01-31' });
    expect(codeValidOnDate.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'invalid-code-for-date' }]);
  });
});
