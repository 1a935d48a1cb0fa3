import { describe, expect, test } from 'vitest';
import { ageLimit, ageOn } from './age-limit.js';
import { aContext, aLine, aMember, aMemberContext } from './test-world.js';

const bornOn = (birthDate: string) => aMemberContext({ member: aMember({ birthDate }) });

describe('age limits (ACT/ICM 18 and over)', () => {
  test('the day before the 18th birthday an ACT per diem is denied', () => {
    const line = aLine({ serviceDate: '2025-03-03' });
    expect(ageLimit.check(line, aContext(line, bornOn('2007-03-04')))).toMatchObject([{ outcome: 'deny', reason: 'age-limit', rule: { id: 'act-icm-18-and-over' } }]);
  });
  test('on the 18th birthday it pays', () => {
    const line = aLine({ serviceDate: '2025-03-03' });
    expect(ageLimit.check(line, aContext(line, bornOn('2007-03-03')))).toEqual([]);
  });
  test('age counts whole years', () => {
    expect([ageOn('2000-02-29', '2018-02-28'), ageOn('2000-02-29', '2018-03-01')]).toEqual([17, 18]);
  });
});
