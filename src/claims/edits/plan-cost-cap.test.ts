import { describe, expect, test } from 'vitest';
import { adjudicateMemberLines } from '../engine/adjudicate-member-lines.js';
import type { AdjudicatedLine } from '../engine/edit.js';
import { resolveLine } from '../engine/resolve-line.js';
import type { ClaimLine, LineOutcome, MemberContext, PriorLine } from '../engine/types.js';
import { planCostCap } from './plan-cost-cap.js';
import { aContext, aLine, aMember, aMemberContext, aPriorLine, catalog } from './test-world.js';

// A Tier 4 (or 3) member in a Supervised Apartment: the assessed tier and the Tier 2 apartment code on the plan, on ACT.
const residential = (code: string) => ({ service: 'residential', organizationId: 'ORG-REHAB', code, status: 'active', from: '2025-01-01', to: null });
const apartment = (tierCode: string | null, history: PriorLine[] = []): MemberContext => {
  const plan = aMember().planLines.filter((p) => p.service !== 'respite');
  const tiers = tierCode ? [residential(tierCode), residential('T2033-TF')] : [residential('T2033-TF')];
  return aMemberContext({ member: aMember({ planLines: [...plan, ...tiers] }), history });
};
/** An ACT per diem the provider charged `charge` for (paid = the lesser of charge and the rate). */
const actDay = (charge: string, over: Partial<ClaimLine> = {}) => aLine({ chargeAmount: charge, ...over });
const paidCpst = (paidAmount: string, over: Partial<PriorLine> = {}) =>
  aPriorLine({ code: 'H0036', modifiers: [], codeId: 'H0036', service: 'cpst', billingOrganizationId: 'ORG-REHAB', serviceDate: '2025-03-03', paidAmount, ...over });
const check = (line: ClaimLine, member: MemberContext) => planCostCap.check(line, aContext(line, member));

describe('supports of a Tier 3/4 member in a Supervised Apartment capped at the Group Home per diem', () => {
  test('applies to the capped services (ACT, CPST …), not to Care Management', () => {
    const line = actDay('100.00');
    expect(planCostCap.appliesTo(line, aContext(line, apartment('T2033-HK')))).toBe(true);
    const cm = aLine({ code: 'T2022', modifiers: [], billingOrganizationId: 'ORG-CM' });
    expect(planCostCap.appliesTo(cm, aContext(cm, apartment('T2033-HK')))).toBe(false);
  });
  test('Tier 4: a day that reaches exactly $399.28 pays', () => {
    expect(check(actDay('100.00'), apartment('T2033-HK', [paidCpst('299.28')]))).toEqual([]);
  });
  test('Tier 4: one cent over the cap denies the line, saying what was left', () => {
    expect(check(actDay('100.00'), apartment('T2033-HK', [paidCpst('299.29')]))).toMatchObject([{
      outcome: 'deny', reason: 'plan-cost-cap-exceeded', rule: { id: 'tier-4-supervised-apartment-supports-cost-cap', decision: 'D-49' },
      saw: { setting: 'residential-tier-4-supervised-apartment', cap: '399.28', capRate: 'T2033-HK-care-1-5', paidToday: '299.29', line: '100.00', remaining: '99.99' },
    }]);
  });
  test('a day already past the cap leaves nothing', () => {
    expect(check(actDay('100.00'), apartment('T2033-HK', [paidCpst('350.00'), paidCpst('60.00')]))).toMatchObject([{ saw: { paidToday: '410.00', remaining: '0.00' } }]);
  });
  test('Tier 3 caps at the Tier 3 Group Home per diem ($328.53)', () => {
    expect(check(actDay('28.53'), apartment('T2033-TG', [paidCpst('300.00')]))).toEqual([]);
    expect(check(actDay('28.54'), apartment('T2033-TG', [paidCpst('300.00')]))).toMatchObject([{ rule: { id: 'tier-3-supervised-apartment-supports-cost-cap' }, saw: { cap: '328.53', remaining: '28.53' } }]);
  });
  test('only the day and the capped services count: other days, denied lines and residential per diems do not', () => {
    const history = [
      paidCpst('299.28'),
      paidCpst('300.00', { serviceDate: '2025-03-02' }),
      paidCpst('300.00', { status: 'denied' }),
      aPriorLine({ code: 'T2033', modifiers: ['TF'], codeId: 'T2033-TF', service: 'residential', serviceDate: '2025-03-03', paidAmount: '53.23' }),
    ];
    expect(check(actDay('100.00'), apartment('T2033-HK', history))).toEqual([]);
  });
  test('earlier lines of the same batch count with their paid amounts', () => {
    const member = apartment('T2033-HK');
    const earlier = aLine({ code: 'H0036', modifiers: [], billingOrganizationId: 'ORG-REHAB', renderingStaffId: 'S-REHAB' });
    const outcome = (paidAmount: string, status: LineOutcome['status'] = 'paid') => ({ lineId: earlier.lineId, status, paidAmount } as LineOutcome);
    const batch = (o: LineOutcome): AdjudicatedLine[] => [{ line: earlier, resolved: resolveLine(catalog, earlier, member), outcome: o }];
    const line = actDay('100.00');
    expect(planCostCap.check(line, { ...aContext(line, member), sameBatch: batch(outcome('299.28')) })).toEqual([]);
    expect(planCostCap.check(line, { ...aContext(line, member), sameBatch: batch(outcome('299.29')) })).toMatchObject([{ reason: 'plan-cost-cap-exceeded' }]);
    expect(planCostCap.check(line, { ...aContext(line, member), sameBatch: batch(outcome('0.00', 'pended')) })).toEqual([]);
  });
  test('the line counts at its paid amount: the lesser of its charge and the rate times the payable units', () => {
    const line = actDay('9999.00');
    const [finding] = check(line, apartment('T2033-HK', [paidCpst('299.29')]));
    expect(Number(finding!.saw['line'])).toBeLessThan(9999);
    const ctx = aContext(line, apartment('T2033-HK', [paidCpst('399.28')]));
    expect(planCostCap.check(line, { ...ctx, payableUnits: 0 })).toEqual([]);
  });
  test('a Tier 2 apartment member, or a Tier 4 member in a Group Home, has no cap', () => {
    expect(check(actDay('100.00'), apartment(null, [paidCpst('399.28')]))).toEqual([]);
    const groupHome = aMemberContext({ member: aMember({ planLines: [residential('T2033-HK')] }), history: [paidCpst('399.28')] });
    expect(check(actDay('100.00'), groupHome)).toEqual([]);
  });
});

describe('through the engine', () => {
  test('an ACT per diem pays on a day under the cap and is denied on a day already at it', () => {
    const member = apartment('T2033-HK', [paidCpst('399.28', { serviceDate: '2025-03-04' })]);
    const [paid, denied] = adjudicateMemberLines(catalog, [actDay('100.00'), actDay('100.00', { lineId: 'D2', serviceDate: '2025-03-04', modifiers: ['HM'], renderingStaffId: 'S-HM' })], member);
    expect(paid).toMatchObject({ status: 'paid', paidAmount: '100.00' });
    expect(denied).toMatchObject({ status: 'denied', findings: [{ edit: 'plan-cost-cap', reason: 'plan-cost-cap-exceeded', saw: { remaining: '0.00' } }] });
  });
});
