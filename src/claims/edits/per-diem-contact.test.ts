import { describe, expect, test } from 'vitest';
import { perDiemContact } from './per-diem-contact.js';
import { aContext, aLine, aMemberContext } from './test-world.js';

describe('ACT/ICM per diem only on a day with a face-to-face contact of 8 minutes', () => {
  test('the per diem line\'s own 8 minutes are the contact', () => {
    const line = aLine({ minutes: 8 });
    expect(perDiemContact.check(line, aContext(line))).toEqual([]);
  });
  test('7 minutes and no other contact that day is denied', () => {
    const line = aLine({ minutes: 7 });
    expect(perDiemContact.check(line, aContext(line))).toMatchObject([{ outcome: 'deny', reason: 'per-diem-without-contact', rule: { id: 'act-per-diem-needs-face-to-face-contact' } }]);
  });
  test('a timed contact of 8 minutes by the team the same day counts', () => {
    const line = aLine({ minutes: null });
    const contact = aLine({ code: 'H0039', modifiers: ['HN'], minutes: 8, units: 1 });
    expect(perDiemContact.check(line, aContext(line, aMemberContext(), [line, contact]))).toEqual([]);
  });
  test('a group contact does not count', () => {
    const line = aLine({ minutes: null });
    const group = aLine({ code: 'H0039', modifiers: ['HN'], minutes: 60, units: 4, groupSize: 3 });
    expect(perDiemContact.check(line, aContext(line, aMemberContext(), [line, group]))).toMatchObject([{ reason: 'per-diem-without-contact' }]);
  });
});
