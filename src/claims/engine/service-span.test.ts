import { describe, expect, test } from 'vitest';
import { aMember, anAuthorization, catalog } from '../edits/test-world.js';
import { addMonths, daysBetween } from './dates.js';
import { chainStart, serviceSpan } from './service-span.js';

const limit = (id: string) => catalog.pack.limits.find((l) => l.id === id)!;

describe('the continuous span of a service', () => {
  test('overlapping, touching and one-day-apart spans chain; two days apart start anew', () => {
    const spans = [{ from: '2025-01-01', to: '2025-03-31' }, { from: '2025-03-15', to: '2025-04-30' }, { from: '2025-05-01', to: '2025-05-31' }, { from: '2025-06-02', to: '2025-06-30' }, { from: '2025-07-03', to: null }];
    expect(chainStart(spans, '2025-06-30')).toBe('2025-01-01');
    expect(chainStart(spans, '2025-07-02')).toBeNull();
    expect(chainStart(spans, '2026-01-01')).toBe('2025-07-03');
    expect(chainStart(spans, '2024-12-31')).toBeNull();
  });
  test('approved authorizations of the service first, then Recovery Plan lines', () => {
    const stsgse = limit('stsgse-12-continuous-months');
    const member = aMember();
    expect(serviceSpan(stsgse, '2025-03-01', [anAuthorization({ service: 'stsgse', from: '2025-02-10', to: '2025-08-09' })], member)).toEqual({ from: '2025-02-10', source: 'authorization' });
    expect(serviceSpan(stsgse, '2025-03-01', [anAuthorization({ service: 'stsgse', status: 'denied', from: '2025-02-10' })], member)).toEqual({ from: '2025-01-15', source: 'plan' });
    expect(serviceSpan(stsgse, '2025-03-01', [], aMember({ planLines: [] }))).toBeNull();
  });
  test('an authorization beyond a limit, or for another tier\'s code, is not part of the span', () => {
    const tier1 = limit('residential-tier-1-18-months');
    const auths = [anAuthorization({ service: 'residential', code: 'T2033-TF', from: '2025-01-01' }), anAuthorization({ service: 'residential', beyondLimit: tier1.id, from: '2025-01-01' })];
    expect(serviceSpan(tier1, '2025-03-01', auths, aMember({ planLines: [] }))).toBeNull();
    expect(serviceSpan(tier1, '2025-03-01', [anAuthorization({ service: 'residential', code: 'T2033', from: '2025-02-01' })], null)).toEqual({ from: '2025-02-01', source: 'authorization' });
  });
});

describe('calendar arithmetic', () => {
  test('months add by the calendar, clamped to the month end', () => {
    expect([addMonths('2025-02-01', 18), addMonths('2025-01-31', 1), addMonths('2024-08-31', 18), addMonths('2025-11-15', 2)]).toEqual(['2026-08-01', '2025-02-28', '2026-02-28', '2026-01-15']);
  });
  test('days between dates', () => {
    expect([daysBetween('2026-07-29', '2026-08-01'), daysBetween('2025-03-01', '2025-03-01')]).toEqual([3, 0]);
  });
});
