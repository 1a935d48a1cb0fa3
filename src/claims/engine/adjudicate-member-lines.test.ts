import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { lookupRate } from '../../catalog/index.js';
import { EDITS } from '../edits/index.js';
import { aLine, aMemberContext, anAuthorization, catalog, organizations } from '../edits/test-world.js';
import { adjudicateBatch } from './adjudicate-batch.js';
import { adjudicateMemberLines } from './adjudicate-member-lines.js';
import type { ClaimLine } from './types.js';

const perDiem = (n: number, modifier: string, staff: string, over: Partial<ClaimLine> = {}) =>
  aLine({ lineId: `L${n}`, lineNumber: n, serviceDate: `2025-03-${String(n).padStart(2, '0')}`, modifiers: [modifier], renderingStaffId: staff, ...over });
const rate = (code: string, modifiers: string[], conditions: Record<string, string>) => {
  const r = lookupRate(catalog, { date: '2025-03-03', code, modifiers, conditions });
  if (!r.ok) throw new Error(r.problem.message);
  return r.value.amount;
};

describe('adjudicating one member\'s lines', () => {
  test('the 4th ACT per diem in a month pays and the 5th is denied, within one batch', () => {
    const lines = [perDiem(1, 'AM', 'S-AM'), perDiem(2, 'HO', 'S-HO'), perDiem(3, 'HN', 'S-HN'), perDiem(4, 'HM', 'S-HM'), perDiem(5, 'HN', 'S-HN')];
    const outcomes = adjudicateMemberLines(catalog, lines, aMemberContext());
    expect(outcomes.map((o) => o.status)).toEqual(['paid', 'paid', 'paid', 'paid', 'denied']);
    expect(outcomes[4]!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ edit: 'quantity-limits', reason: 'per-diem-monthly-cap', rule: expect.objectContaining({ id: 'act-per-diems-total-per-month-basic' }) })]));
    expect(outcomes[3]!.consumption).toEqual([
      { kind: 'authorization', key: 'A-act', authorizationId: 'A-act', amount: 1, measure: 'units' },
      { kind: 'limit', key: 'act-per-diems-total-per-month-basic:2025-03', limitId: 'act-per-diems-total-per-month-basic', period: '2025-03', amount: 1, measure: 'per-diems' },
      { kind: 'limit', key: 'act-per-diems-category-3-per-month-basic:2025-03', limitId: 'act-per-diems-category-3-per-month-basic', period: '2025-03', amount: 1, measure: 'per-diems' },
    ]);
    expect(outcomes[4]!.consumption).toEqual([]);
  });

  test('lines run in service-date order whatever order they come in, and come back in the caller\'s order', () => {
    const lines = [perDiem(5, 'HO', 'S-HO'), perDiem(2, 'HO', 'S-HO')];
    const outcomes = adjudicateMemberLines(catalog, lines, aMemberContext());
    expect(outcomes.map((o) => [o.lineId, o.status])).toEqual([['L5', 'denied'], ['L2', 'paid']]);
  });

  test('a paid per diem is the rate exactly, and the authorization balance runs across the batch', () => {
    const ctx = aMemberContext({ authorizations: [anAuthorization({ id: 'A-ACT', units: 2, unitsUsed: 1 })] });
    const [first, second] = adjudicateMemberLines(catalog, [perDiem(1, 'HO', 'S-HO'), perDiem(2, 'HN', 'S-HN')], ctx);
    expect(first).toMatchObject({ status: 'paid', paidUnits: 1, paidAmount: new Decimal(rate('H0040', ['HO'], { teamSize: 'small', teamStage: 'established' })).toFixed(2) });
    expect(second).toMatchObject({ status: 'denied', paidAmount: '0.00', findings: [{ reason: 'authorization-exhausted' }] });
  });

  test('the hour that crosses an annual limit is reduced to the hours remaining', () => {
    const fc = { id: 'ORG-FC', npi: '5', enrollments: [{ ...organizations[0]!.enrollments[0]!, providerType: 'financial-coaching-plus-agency' }] };
    const ctx = aMemberContext({ organizations: new Map([...organizations.map((o) => [o.id, o] as const), ['ORG-FC', fc]]) });
    const coaching = (n: number, units: number) => aLine({ lineId: `F${n}`, lineNumber: n, code: 'T2013', modifiers: ['SE'], billingOrganizationId: 'ORG-FC', renderingStaffId: null, units, minutes: null, serviceDate: `2025-0${n}-10`, chargeAmount: '500.00' });
    const [first, second] = adjudicateMemberLines(catalog, [coaching(3, 3), coaching(4, 3)], ctx);
    const hourly = rate('T2013', ['SE'], {});
    expect(first).toMatchObject({ status: 'paid', paidUnits: 3 });
    expect(second).toMatchObject({ status: 'reduced', paidUnits: 2, paidAmount: new Decimal(hourly).times(2).toFixed(2), findings: [{ reason: 'limit-exceeded-calendar-year', payableUnits: 2 }] });
    expect(second!.consumption).toEqual([{ kind: 'limit', key: 'financial-coaching-plus-5-hours-per-year:2025', limitId: 'financial-coaching-plus-5-hours-per-year', period: '2025', amount: 2, measure: 'hours' }]);
  });

  test('any deny denies; a pend without a deny pends', () => {
    const underReview = aMemberContext({ team: { reviews: [{ id: 'R1', pendFrom: '2025-03-01', closedOn: null }] } });
    const [pended] = adjudicateMemberLines(catalog, [perDiem(3, 'HO', 'S-HO')], underReview);
    expect(pended).toMatchObject({ status: 'pended', paidAmount: '0.00', findings: [{ reason: 'fidelity-review-pend' }] });
    const [denied] = adjudicateMemberLines(catalog, [perDiem(3, 'HO', 'S-HN')], underReview);
    expect(denied!.status).toBe('denied');
    expect(denied!.findings.map((f) => f.reason)).toEqual(['rendering-not-qualified', 'fidelity-review-pend']);
  });

  test('the trace lists every edit in order, applied or not, then pricing', () => {
    const [outcome] = adjudicateMemberLines(catalog, [perDiem(3, 'HO', 'S-HO')], aMemberContext());
    expect(outcome!.trace.map((s) => s.edit)).toEqual([...EDITS.map((e) => e.id), 'price-line']);
    expect(outcome!.trace.find((s) => s.edit === 'minimum-minutes-per-unit')).toMatchObject({ applied: false, findings: [] });
    expect(outcome!.trace.find((s) => s.edit === 'per-diem-contact')).toMatchObject({ applied: true, findings: [] });
  });

  test('every finding names an edit, a reason code of the pack and a rule', () => {
    const [outcome] = adjudicateMemberLines(catalog, [perDiem(3, 'HO', null as unknown as string, { renderingStaffId: null, minutes: 5, receivedOn: '2026-12-01' })], aMemberContext());
    expect(outcome!.findings.length).toBeGreaterThan(1);
    for (const f of outcome!.findings) {
      expect(catalog.reason(f.reason), f.reason).toBeDefined();
      expect(f.rule.id).toBeTruthy();
      expect(f.edit).toBeTruthy();
    }
  });
});

describe('adjudicating a batch', () => {
  test('lines are grouped by member, each with its own context, and come back in batch order', () => {
    const a = perDiem(3, 'HO', 'S-HO', { lineId: 'A' });
    const b = perDiem(3, 'HO', 'S-HO', { lineId: 'B', memberId: null, medicaidId: '999' });
    const outcomes = adjudicateBatch(catalog, [b, a], (key) => (key === 'M1' ? aMemberContext() : aMemberContext({ member: null })));
    expect(outcomes.map((o) => [o.lineId, o.status, o.findings[0]?.reason])).toEqual([['B', 'denied', 'member-not-found'], ['A', 'paid', undefined]]);
  });
});

describe('additional per diems by prior authorization', () => {
  test('the approved extra per diem pays once and consumes its authorization; the next one is denied', () => {
    const ctx = aMemberContext({
      team: { fidelity: [{ level: 'high', from: '2024-01-01', to: null }] },
      authorizations: [anAuthorization({ id: 'A-ACT' }), anAuthorization({ id: 'A-EXTRA', beyondLimit: 'act-per-diems-category-2-per-month-high', units: 1 })],
    });
    const outcomes = adjudicateMemberLines(catalog, [perDiem(2, 'HO', 'S-HO'), perDiem(3, 'TD', 'S-TD'), perDiem(4, 'HO', 'S-HO')], ctx);
    expect(outcomes.map((o) => o.status)).toEqual(['paid', 'paid', 'denied']);
    expect(outcomes[1]!.consumption.filter((c) => c.kind === 'authorization')).toEqual([
      { kind: 'authorization', key: 'A-ACT', authorizationId: 'A-ACT', amount: 1, measure: 'units' },
      { kind: 'authorization', key: 'A-EXTRA', authorizationId: 'A-EXTRA', amount: 1, measure: 'units' },
    ]);
    expect(outcomes[2]!.findings).toMatchObject([{ reason: 'per-diem-category-cap', rule: { id: 'act-per-diems-category-2-per-month-high' } }]);
  });
});
