import { beforeAll, describe, expect, test } from 'vitest';
import type { FidelityInstrument } from '../../catalog/schema/index.js';
import { fidelityTimeline } from './fidelity-timeline.js';
import { realPack } from './test-pack.js';

let tmact: FidelityInstrument;
beforeAll(async () => { ({ tmact } = await realPack()); });

const brief = (t: ReturnType<typeof fidelityTimeline>) => t.periods.map((p) => [p.from, p.to, p.billsAs, p.pended ? 'pended' : p.why]);

describe('provisional certification', () => {
  test('runs six months; the first year bills at basic, then reverts to non-fidelity unless basic is reached', () => {
    const t = fidelityTimeline(tmact, { certified: { level: 'provisional', on: '2025-03-01' } }, '2025-04-01');
    expect(t.certifiedThrough).toBe('2025-08-31');
    expect(brief(t)).toEqual([
      ['2025-03-01', '2026-02-28', 'basic', 'provisional-year'],
      ['2026-03-01', null, 'non-fidelity', 'not-reached-in-time'],
    ]);
    expect(t.deadlines).toEqual([{ kind: 'reach-level', level: 'basic', due: '2026-02-28', met: null }]);
    expect(t.periods[0]).toMatchObject({ level: 'provisional', rateProgram: 'act' });
    expect(t.periods[1]).toMatchObject({ rateProgram: 'non-fidelity-act' });
  });

  test('basic reached on the last day of the year: no reversion', () => {
    const t = fidelityTimeline(tmact, { certified: { level: 'provisional', on: '2025-03-01' }, reached: { level: 'basic', on: '2026-02-28' } }, '2026-03-01');
    expect(brief(t)).toEqual([['2025-03-01', '2026-02-27', 'basic', 'provisional-year'], ['2026-02-28', null, 'basic', 'certified']]);
    expect(t.deadlines[0]).toMatchObject({ met: true });
  });

  test('basic reached after the year: non-fidelity in between', () => {
    const t = fidelityTimeline(tmact, { certified: { level: 'provisional', on: '2025-03-01' }, reached: { level: 'basic', on: '2026-04-15' } }, '2026-05-01');
    expect(brief(t)).toEqual([
      ['2025-03-01', '2026-02-28', 'basic', 'provisional-year'],
      ['2026-03-01', '2026-04-14', 'non-fidelity', 'not-reached-in-time'],
      ['2026-04-15', null, 'basic', 'certified'],
    ]);
    expect(t.deadlines[0]).toMatchObject({ met: false });
  });

  test('a corrective action plan keeps ACT billing 90 more days', () => {
    const t = fidelityTimeline(tmact, { certified: { level: 'provisional', on: '2025-03-01' }, correctiveAction: true }, '2026-03-01');
    expect(brief(t)).toEqual([
      ['2025-03-01', '2026-02-28', 'basic', 'provisional-year'],
      ['2026-03-01', '2026-05-29', 'basic', 'corrective-action'],
      ['2026-05-30', null, 'non-fidelity', 'not-reached-in-time'],
    ]);
  });
});

describe('an information request pends billing; a metric below the floor has 90 days to cure', () => {
  const basic = { level: 'basic', on: '2025-06-01' };
  const request = { id: 'r1', requestedOn: '2025-09-01' };

  test('billing pends from the request while the review is open', () => {
    const t = fidelityTimeline(tmact, { certified: basic, reviews: [request] }, '2025-09-15');
    expect(brief(t)).toEqual([['2025-06-01', '2025-08-31', 'basic', 'certified'], ['2025-09-01', null, 'basic', 'pended']]);
    expect(t.certifiedThrough).toBe('2026-05-31');
  });

  test('closing the review without a failed metric releases the pended lines at the held level', () => {
    const t = fidelityTimeline(tmact, { certified: basic, reviews: [{ ...request, closedOn: '2025-10-01' }] }, '2025-10-01');
    expect(brief(t)).toEqual([
      ['2025-06-01', '2025-08-31', 'basic', 'certified'], ['2025-09-01', '2025-09-30', 'basic', 'pended'], ['2025-10-01', null, 'basic', 'certified'],
    ]);
  });

  const failed = { ...request, belowFloorOn: '2025-09-10' }; // cure window ends on day 90: 2025-12-09

  test('cured on day 90: no reversion', () => {
    const t = fidelityTimeline(tmact, { certified: basic, reviews: [{ ...failed, curedOn: '2025-12-09', closedOn: '2025-12-09' }] }, '2025-12-20');
    expect(t.deadlines).toEqual([{ kind: 'cure', due: '2025-12-09', reviewId: 'r1', met: true }]);
    expect(t.periods.every((p) => p.billsAs === 'basic')).toBe(true);
  });

  test('cured on day 91: basic reverts to non-fidelity for all pended and future services', () => {
    const t = fidelityTimeline(tmact, { certified: basic, reviews: [{ ...failed, curedOn: '2025-12-10', closedOn: '2025-12-10' }] }, '2025-12-20');
    expect(brief(t)).toEqual([['2025-06-01', '2025-08-31', 'basic', 'certified'], ['2025-09-01', null, 'non-fidelity', 'cure-failed']]);
    expect(t.deadlines[0]).toMatchObject({ met: false });
  });

  test('uncured on day 90 is still pending; on day 91 it has failed', () => {
    const day90 = fidelityTimeline(tmact, { certified: basic, reviews: [failed] }, '2025-12-09');
    expect(day90.periods.at(-1)).toMatchObject({ billsAs: 'basic', pended: true });
    expect(day90.deadlines[0]).toMatchObject({ met: null });
    const day91 = fidelityTimeline(tmact, { certified: basic, reviews: [failed] }, '2025-12-10');
    expect(day91.periods.at(-1)).toMatchObject({ billsAs: 'non-fidelity', pended: false, why: 'cure-failed' });
  });

  test.each([['moderately-high', 'basic'], ['high', 'basic'], ['provisional', 'non-fidelity']])('a failed cure at %s reverts to %s', (level, revertTo) => {
    const t = fidelityTimeline(tmact, { certified: { level, on: '2025-06-01' }, reviews: [failed] }, '2026-01-01');
    expect(t.periods.find((p) => p.from === '2025-09-01')).toMatchObject({ billsAs: revertTo, why: 'cure-failed' });
  });

  test('the reversion lasts until a later review certifies the level again', () => {
    const t = fidelityTimeline(tmact, { certified: basic, reached: { level: 'basic', on: '2026-02-01' }, reviews: [failed] }, '2026-03-01');
    expect(brief(t)).toEqual([
      ['2025-06-01', '2025-08-31', 'basic', 'certified'], ['2025-09-01', '2026-01-31', 'non-fidelity', 'cure-failed'], ['2026-02-01', null, 'basic', 'certified'],
    ]);
  });

  test('a non-fidelity team has nothing to pend', () => {
    const t = fidelityTimeline(tmact, { certified: { level: 'non-fidelity', on: '2025-06-01' }, reviews: [request] }, '2025-10-01');
    expect(t.periods.some((p) => p.pended)).toBe(false);
  });
});
