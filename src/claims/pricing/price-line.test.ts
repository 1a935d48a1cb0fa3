import { describe, expect, test } from 'vitest';
import { lookupRate } from '../../catalog/index.js';
import { aContext, aLine, aMember, aMemberContext, catalog } from '../edits/test-world.js';
import type { ClaimLine, MemberContext } from '../engine/types.js';
import { priceLine } from './price-line.js';
import { teamStage } from './rate-conditions.js';

const price = (line: ClaimLine, member: MemberContext = aMemberContext(), units = line.units) => priceLine(catalog, line, aContext(line, member).resolved, member, units);
const amount = (code: string, modifiers: string[], conditions: Record<string, string | number>) => {
  const r = lookupRate(catalog, { date: '2025-03-03', code, modifiers, conditions });
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
};

describe('pricing a line', () => {
  test('an ACT per diem is priced by the team\'s size band and stage', () => {
    const rate = amount('H0040', ['HO'], { teamSize: 'large', teamStage: 'established' });
    expect(price(aLine(), aMemberContext({ team: { sizeBand: 'large' } }))).toEqual({ ok: true, value: { rateId: rate.rateId, allowedAmount: rate.amount, paidAmount: rate.amount } });
  });
  // rules.yaml act-new-team-first-year: new for 12 months from the team's start (decision D-22).
  test('a team started 2024-03-04 is new on 2025-03-03 and established on 2025-03-04', () => {
    const team = { id: 'T', organizationId: 'O', program: 'act', sizeBand: 'small' as const, startDate: '2024-03-04', fidelity: [], reviews: [] };
    expect([teamStage(catalog, team, '2025-03-03'), teamStage(catalog, team, '2025-03-04')]).toEqual(['new-first-year', 'established']);
    const newRate = amount('H0040', ['HO'], { teamSize: 'small', teamStage: 'new-first-year' });
    expect(price(aLine(), aMemberContext({ team: { startDate: '2024-03-04' } }))).toMatchObject({ ok: true, value: { rateId: newRate.rateId } });
  });
  // rules.yaml iess-year-1-year-2: Year 1 for the 12 months after the provider's first IESS enrollment (D-21).
  test('IESS bills Year 1 through month 12 of the provider\'s enrollment and Year 2 from month 13 on', () => {
    const iess = (from: string): MemberContext => ({
      ...aMemberContext(), organizations: new Map([['ORG-IPS', { id: 'ORG-IPS', npi: '5555555555', enrollments: [
        { program: 'de-promise', providerType: 'iess-provider-agency', status: 'active', certifiedThrough: '2027-12-31', lastVerifiedOn: '2025-01-01', from, to: null },
      ] }]]),
    });
    const line = aLine({ code: 'H2023', modifiers: ['SE'], units: 4, minutes: 60, billingOrganizationId: 'ORG-IPS', serviceDate: '2025-06-30' });
    const priced = (from: string) => { const p = price(line, iess(from)); return p.ok ? p.value.rateId : p.finding.reason; };
    expect([priced('2024-07-01'), priced('2024-06-30'), priced('2023-01-01')]).toEqual(['H2023-SE-year-1', 'H2023-SE-year-2', 'H2023-SE-year-2']);
    // With no IESS enrollment the year is not known: the line pends for the fact rather than guessing a rate.
    expect(price(line, { ...iess('2024-07-01'), organizations: new Map() })).toMatchObject({ ok: false, finding: { outcome: 'pend', reason: 'rate-facts-missing' } });
  });
  test('amount is rate × units exactly, to the cent', () => {
    const rate = amount('H0036', ['U1'], {});
    const line = aLine({ code: 'H0036', modifiers: ['U1'], units: 3, minutes: 45 });
    const expected = (Number(rate.amount) * 100 * 3 / 100).toFixed(2);
    expect(price(line)).toMatchObject({ ok: true, value: { allowedAmount: expected, paidAmount: expected } });
  });
  test('Medicaid pays the lesser of the billed charge and the allowed amount', () => {
    expect(price(aLine({ chargeAmount: '10.00' }))).toMatchObject({ ok: true, value: { paidAmount: '10.00' } });
  });
  test('a market-rate code pays the billed charge', () => {
    const line = aLine({ code: 'T2038', modifiers: [], chargeAmount: '412.5' });
    expect(price(line)).toEqual({ ok: true, value: { rateId: null, allowedAmount: '412.50', paidAmount: '412.50' } });
  });
  test('a broker-priced code is denied: the transportation broker pays it', () => {
    expect(price(aLine({ code: 'A0090', modifiers: [] }))).toMatchObject({ ok: false, finding: { outcome: 'deny', reason: 'bill-transportation-broker' } });
  });
  test('clinic CPST (H0036) at the member\'s home is a place-of-service mismatch', () => {
    expect(price(aLine({ code: 'H0036', modifiers: [], placeOfService: '12' }))).toMatchObject({ ok: false, finding: { outcome: 'deny', reason: 'place-of-service-inconsistent' } });
  });
  test('a team at the non-fidelity level may not bill the ACT rate (H0040)', () => {
    const ctx = aMemberContext({ team: { fidelity: [{ level: 'non-fidelity', from: '2024-01-01', to: null }] } });
    expect(price(aLine(), ctx)).toMatchObject({ ok: false, finding: { outcome: 'deny', reason: 'level-not-supported' } });
  });
  test('a fact the rate needs that is not on file pends the line, naming it', () => {
    const residential = aMemberContext({ member: aMember({ planLines: [{ service: 'residential', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-01', to: null }] }) });
    const groupHome = aLine({ code: 'T2033', modifiers: ['TG'], residents: null });
    expect(price(groupHome, residential)).toMatchObject({ ok: false, finding: { outcome: 'pend', reason: 'rate-facts-missing', saw: { missing: ['residents'] } } });
  });
});
