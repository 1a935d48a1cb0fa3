import { describe, expect, test } from 'vitest';
import { renderingQualified } from './rendering-qualified.js';
import { aContext, aLine } from './test-world.js';

const check = (modifier: string, renderingStaffId: string | null) => {
  const line = aLine({ modifiers: [modifier], renderingStaffId });
  return renderingQualified.check(line, aContext(line));
};

describe('rendering practitioner qualified for the level the modifier bills', () => {
  test.each([
    ['HO', 'S-HO'], ['HN', 'S-HN'], ['HN', 'S-HO'], ['HM', 'S-HM'], ['HM', 'S-HN'], ['AM', 'S-AM'], ['HP', 'S-HP'], ['TD', 'S-TD'],
  ])('%s rendered by %s pays', (modifier, staff) => expect(check(modifier, staff)).toEqual([]));
  test.each([
    ['HO', 'S-HN'], ['HN', 'S-HM'], ['AM', 'S-HO'], ['HP', 'S-TD'], ['TD', 'S-HN'],
  ])('%s rendered by %s is denied', (modifier, staff) => expect(check(modifier, staff)).toMatchObject([{ outcome: 'deny', reason: 'rendering-not-qualified' }]));
  test('a team code without a rendering practitioner is denied', () => {
    expect(check('HO', null)).toMatchObject([{ outcome: 'deny', reason: 'rendering-not-qualified', saw: { rendering: null } }]);
  });
  test('PSR (H2017 HN) without a rendering practitioner is not judged: billing is rendering', () => {
    const line = aLine({ code: 'H2017', modifiers: ['HN', 'U1'], renderingStaffId: null, billingOrganizationId: 'ORG-REHAB' });
    expect(renderingQualified.check(line, aContext(line))).toEqual([]);
  });
  test('a practitioner of another organization is denied', () => {
    expect(check('HN', 'S-REHAB')).toMatchObject([{ reason: 'rendering-not-qualified', saw: { ofBillingProvider: false } }]);
  });
});
