import { describe, expect, test } from 'vitest';
import { dailyPerDiem } from './daily-per-diem.js';
import { aContext, aLine, aMember, aMemberContext, aPriorLine } from './test-world.js';

const icmMember = aMember({ enrollments: [{ program: 'icm', organizationId: 'ORG-ACT', teamId: 'T-ACT', from: '2025-01-01', to: null }] });
const icmPrior = (modifier: string) => aPriorLine({ code: 'H0037', modifiers: [modifier], codeId: `H0037-${modifier}`, service: 'icm', serviceDate: '2025-03-03' });

describe('per diems per member per day', () => {
  test('a second ACT per diem the same day is denied (one in total)', () => {
    const line = aLine({ modifiers: ['HN'], renderingStaffId: 'S-HN' });
    const ctx = aContext(line, aMemberContext({ history: [aPriorLine({ serviceDate: '2025-03-03' })] }));
    expect(dailyPerDiem.check(line, ctx)).toMatchObject([{ outcome: 'deny', reason: 'daily-per-diem', rule: { id: 'act-one-per-diem-per-day' } }]);
  });
  test('the first ACT per diem of the day pays', () => {
    const line = aLine();
    expect(dailyPerDiem.check(line, aContext(line, aMemberContext({ history: [aPriorLine({ serviceDate: '2025-03-02' })] })))).toEqual([]);
  });
  test('ICM: one per diem per practitioner category a day', () => {
    const hn = aLine({ code: 'H0037', modifiers: ['HN'] });
    const ctx = (prior: string) => aContext(hn, aMemberContext({ member: icmMember, team: { program: 'icm' }, history: [icmPrior(prior)] }));
    expect(dailyPerDiem.check(hn, ctx('HO'))).toEqual([]);
    expect(dailyPerDiem.check(hn, ctx('HM'))).toMatchObject([{ outcome: 'deny', reason: 'daily-per-diem', rule: { id: 'icm-one-per-diem-per-category-per-day' } }]);
  });
});
