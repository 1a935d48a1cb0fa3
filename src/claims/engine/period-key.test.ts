import { describe, expect, test } from 'vitest';
import { aMember } from '../edits/test-world.js';
import { periodKey } from './period-key.js';
import { placeOfService } from './place-of-service.js';

describe('limit periods', () => {
  test('day, week (from Monday), month, calendar year, lifetime', () => {
    expect(['day', 'week', 'month', 'calendar-year', 'lifetime'].map((p) => periodKey(p as never, '2025-03-09', null)))
      .toEqual(['2025-03-09', 'week-of-2025-03-03', '2025-03', '2025', 'lifetime']);
    expect(periodKey('week', '2025-03-10', null)).toBe('week-of-2025-03-10');
  });
  test('a plan year runs from the anniversary of the Recovery Plan start', () => {
    const member = aMember({ planLines: [{ service: 'iadl-chore', organizationId: 'O', code: null, status: 'active', from: '2024-07-15', to: null }] });
    expect([periodKey('plan-year', '2025-07-14', member), periodKey('plan-year', '2025-07-15', member)]).toEqual(['plan-year-2024-07-15', 'plan-year-2025-07-15']);
  });
  test('stays, episodes and transitions key by the start of their span; none without one', () => {
    expect(periodKey('stay', '2025-03-09', null)).toBeNull();
    expect(['stay', 'episode', 'transition'].map((p) => periodKey(p as never, '2025-03-09', null, { from: '2025-02-01' })))
      .toEqual(['stay-2025-02-01', 'episode-2025-02-01', 'transition-2025-02-01']);
    expect(periodKey('authorization', '2025-03-09', null, { from: '2025-02-01' })).toBeNull();
  });
});

describe('place of service', () => {
  test('office is clinic, home is community, an inpatient psychiatric facility is an IMD', () => {
    expect([placeOfService('11').setting, placeOfService('12').setting, placeOfService('51').settings]).toEqual(['clinic', 'community', ['institutional', 'imd', 'hospital']]);
  });
  test('an unknown code maps to nothing', () => {
    expect(placeOfService('98')).toEqual({ setting: null, settings: [] });
  });
});
