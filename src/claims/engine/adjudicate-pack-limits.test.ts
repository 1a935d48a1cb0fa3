import { describe, expect, test } from 'vitest';
import { aLine, aMember, aMemberContext, anAuthorization, aPriorLine, catalog, organizations } from '../edits/test-world.js';
import { adjudicateMemberLines } from './adjudicate-member-lines.js';
import type { ClaimLine, MemberContext } from './types.js';

// The decision, pricing and consumption of limits that are not counts: dollars per transition (reduced by amount),
// months of a stay (read from the span, nothing accumulated) and the team's extra per diem (its own allowance).

const housing = { id: 'ORG-HOUSING', npi: '6666666666', enrollments: [{ ...organizations[0]!.enrollments[0]!, providerType: 'housing-agency' }] };
const withHousing = (over: Partial<MemberContext> = {}) => aMemberContext({ organizations: new Map([...organizations.map((o) => [o.id, o] as const), ['ORG-HOUSING', housing]]), ...over });
const item = (n: number, charge: string, serviceDate = `2025-06-${String(n).padStart(2, '0')}`): ClaimLine =>
  aLine({ lineId: `CT${n}`, lineNumber: n, code: 'T2028', modifiers: [], billingOrganizationId: 'ORG-HOUSING', billingNpi: '6666666666', renderingStaffId: null, units: 1, minutes: null, chargeAmount: charge, serviceDate });

describe('a dollar cap reduces by amount', () => {
  test('market-rate items pay the billed charge to $1,800.00; the item that crosses it pays the cents remaining', () => {
    const outcomes = adjudicateMemberLines(catalog, [item(2, '1000.00'), item(3, '799.99'), item(4, '0.02'), item(5, '5.00')], withHousing());
    expect(outcomes.map((o) => [o.status, o.paidAmount])).toEqual([['paid', '1000.00'], ['paid', '799.99'], ['reduced', '0.01'], ['denied', '0.00']]);
    expect(outcomes[2]!.paidUnits).toBe(1);
    expect(outcomes[3]!.findings).toMatchObject([{ edit: 'quantity-limits', outcome: 'deny', reason: 'limit-exceeded-transition', payableAmount: '0.00' }]);
    expect(outcomes[2]!.consumption).toEqual([{
      kind: 'limit', key: 'community-transition-1800-dollars-per-transition:transition-2025-01-15', limitId: 'community-transition-1800-dollars-per-transition',
      period: 'transition-2025-01-15', amount: 0.01, measure: 'dollars',
    }]);
    expect(outcomes[1]!.consumption[0]).toMatchObject({ amount: 799.99 });
  });
  test('history counts in cents: $1,799.99 paid before leaves exactly one cent', () => {
    const paid = aPriorLine({ code: 'T2028', modifiers: [], codeId: 'T2028', service: 'community-transition', billingOrganizationId: 'ORG-HOUSING', paidAmount: '1799.99', serviceDate: '2025-06-01' });
    const [line] = adjudicateMemberLines(catalog, [item(9, '100.00')], withHousing({ history: [paid] }));
    expect(line).toMatchObject({ status: 'reduced', paidAmount: '0.01', findings: [{ reason: 'limit-exceeded-transition', payableAmount: '0.01' }] });
  });
  test('an authorization beyond the cap pays the excess and is consumed in dollars', () => {
    const beyond = anAuthorization({ id: 'A-CT-MORE', service: 'community-transition', organizationId: 'ORG-HOUSING', beyondLimit: 'community-transition-1800-dollars-per-transition', units: 250 });
    const [line] = adjudicateMemberLines(catalog, [item(9, '2000.50')], withHousing({ authorizations: [beyond] }));
    expect(line).toMatchObject({ status: 'paid', paidAmount: '2000.50' });
    expect(line!.consumption).toEqual([
      { kind: 'authorization', key: 'A-CT-MORE', authorizationId: 'A-CT-MORE', amount: 200.5, measure: 'dollars' },
      expect.objectContaining({ kind: 'limit', limitId: 'community-transition-1800-dollars-per-transition', amount: 1800 }),
    ]);
  });
});

describe('months of a stay', () => {
  test('a Tier 1 night in month 18 pays and consumes no limit; the night after is denied', () => {
    // A member not on a team, in a Supervised Apartment of a supportive housing agency.
    const agency = { id: 'ORG-SHA', npi: '7777777777', enrollments: [{ ...organizations[0]!.enrollments[0]!, providerType: 'supportive-housing-agency' }] };
    const member = aMember({
      enrollments: [{ program: 'promise', organizationId: 'ORG-CM', teamId: null, from: '2025-01-01', to: null }],
      planLines: [{ service: 'residential', organizationId: 'ORG-SHA', code: null, status: 'active', from: '2025-02-01', to: null }],
    });
    const ctx = aMemberContext({
      member, organizations: new Map([...organizations.map((o) => [o.id, o] as const), ['ORG-SHA', agency]]),
      authorizations: [anAuthorization({ id: 'A-R', service: 'residential', organizationId: 'ORG-SHA', from: '2025-02-01', to: '2026-12-31', units: 1000 })],
    });
    const night = (n: number, serviceDate: string) => aLine({ lineId: `R${n}`, lineNumber: n, code: 'T2033', modifiers: [], billingOrganizationId: 'ORG-SHA', billingNpi: '7777777777', renderingStaffId: null, units: 1, minutes: null, placeOfService: '12', serviceDate, receivedOn: serviceDate });
    const [last, past] = adjudicateMemberLines(catalog, [night(1, '2026-07-31'), night(2, '2026-08-01')], ctx);
    expect(last).toMatchObject({ status: 'paid', findings: [] });
    expect(last!.consumption.filter((c) => c.kind === 'limit')).toEqual([]);
    expect(past).toMatchObject({ status: 'denied', findings: [expect.objectContaining({ reason: 'limit-exceeded-stay', rule: expect.objectContaining({ id: 'residential-tier-1-18-months' }) })] });
  });
});

describe('the Vocational Specialist extra per diem within one batch', () => {
  const perDiem = (n: number, modifier: string, staff: string) =>
    aLine({ lineId: `L${n}`, lineNumber: n, serviceDate: `2025-03-${String(n).padStart(2, '0')}`, modifiers: [modifier], renderingStaffId: staff });
  const base = aMemberContext();
  const vocational = aMemberContext({
    member: aMember({ planLines: [...base.member!.planLines, { service: 'iess', organizationId: 'ORG-ACT', code: null, status: 'active', from: '2025-01-15', to: null }] }),
    authorizations: [...base.authorizations, anAuthorization({ id: 'A-IESS-TEAM', service: 'iess', organizationId: 'ORG-ACT' })],
  });
  test('the 5th ACT HN per diem pays only as the vocational per diem, and the 6th does not', () => {
    const lines = [perDiem(1, 'AM', 'S-AM'), perDiem(2, 'HO', 'S-HO'), perDiem(3, 'HN', 'S-HN'), perDiem(4, 'HM', 'S-HM'), perDiem(5, 'HN', 'S-HN'), perDiem(6, 'HN', 'S-HN')];
    const outcomes = adjudicateMemberLines(catalog, lines, vocational);
    expect(outcomes.map((o) => o.status)).toEqual(['paid', 'paid', 'paid', 'paid', 'paid', 'denied']);
    expect(outcomes[4]!.consumption.filter((c) => c.kind === 'limit')).toEqual([
      { kind: 'limit', key: 'act-icm-vocational-specialist-extra-per-diem:2025-03', limitId: 'act-icm-vocational-specialist-extra-per-diem', period: '2025-03', amount: 1, measure: 'per-diems' },
    ]);
    expect(outcomes[5]!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'per-diem-monthly-cap' })]));
  });
  test('the vocational per diem does not count toward the cap: four other per diems still pay after it', () => {
    const lines = [perDiem(1, 'HN', 'S-HN'), perDiem(2, 'HM', 'S-HM'), perDiem(3, 'HN', 'S-HN'), perDiem(4, 'AM', 'S-AM'), perDiem(5, 'HO', 'S-HO')];
    // Category 3 is full after day 2, so day 3 is the vocational per diem; days 4 and 5 are the 3rd and 4th of the cap.
    expect(adjudicateMemberLines(catalog, lines, vocational).map((o) => o.status)).toEqual(['paid', 'paid', 'paid', 'paid', 'paid']);
    expect(adjudicateMemberLines(catalog, lines, base).map((o) => o.status)).toEqual(['paid', 'paid', 'denied', 'paid', 'paid']);
  });
});

describe('a limit records no more than it had left', () => {
  test('a per diem paid past the category cap under an authorization beyond it is the authorization\'s, not the cap\'s', () => {
    const ctx = aMemberContext({
      team: { fidelity: [{ level: 'high', from: '2024-01-01', to: null }] },
      authorizations: [anAuthorization({ id: 'A-ACT' }), anAuthorization({ id: 'A-EXTRA', beyondLimit: 'act-per-diems-category-2-per-month-high', units: 1 })],
    });
    const perDiem = (n: number, modifier: string, staff: string) => aLine({ lineId: `L${n}`, lineNumber: n, serviceDate: `2025-03-0${n}`, modifiers: [modifier], renderingStaffId: staff });
    const [, second] = adjudicateMemberLines(catalog, [perDiem(2, 'HO', 'S-HO'), perDiem(3, 'TD', 'S-TD')], ctx);
    expect(second!.status).toBe('paid');
    expect(second!.consumption.map((c) => [c.key, c.amount])).toEqual([['A-ACT', 1], ['A-EXTRA', 1], ['act-per-diems-total-per-month-high:2025-03', 1]]);
  });
});
