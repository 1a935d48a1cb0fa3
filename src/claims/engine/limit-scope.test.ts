import { describe, expect, test } from 'vitest';
import { aMember, anAuthorization, catalog } from '../edits/test-world.js';
import { centsOf, dollarsOf } from './cents.js';
import { limitUses, measureAmount } from './limit-scope.js';

const facts = (codeId: string, serviceDate: string) => ({ codeId, serviceDate, organizationId: 'O', teamId: null, setting: null, fidelityLevel: null });
const usesOf = (codeId: string, date: string, authorizations = [anAuthorization({ service: 'residential', organizationId: 'O' })]) =>
  limitUses(catalog, facts(codeId, date), catalog.unitOf(codeId), catalog.limitsFor(codeId, date), aMember(), authorizations);

describe('limit scope of stays, episodes, transitions, months and dollars', () => {
  test('a stay is keyed by its start and measured in months', () => {
    expect(usesOf('T2033', '2025-06-01')).toMatchObject([{ key: 'residential-tier-1-18-months:stay-2025-01-01', basis: 'span', max: 18, until: '2026-07-01' }]);
  });
  test('no span on file: the limit does not apply', () => {
    expect(usesOf('T2033', '2025-06-01', [])).toEqual([]);
  });
  test('dollars are counted in cents and recorded in dollars', () => {
    const [use] = usesOf('T2028', '2025-06-01', []);
    expect(use).toMatchObject({ basis: 'money', max: 180000, period: 'transition-2025-01-15' });
    expect(measureAmount(use!, 80001)).toBe(800.01);
  });
  test('the vacant-bed component is invoiced to the state, not counted on the Medicaid line', () => {
    expect(usesOf('T2033-TG', '2025-06-01').map((u) => u.limit.id)).not.toContain('residential-vacant-bed-14-days');
  });
  test('exact cents from decimal strings and back', () => {
    expect(['1800.00', '1800', '0.01', '12.5', '-3.10'].map(centsOf)).toEqual([180000, 180000, 1, 1250, -310]);
    expect([180000, 1, 0, -310].map(dollarsOf)).toEqual(['1800.00', '0.01', '0.00', '-3.10']);
  });
});
