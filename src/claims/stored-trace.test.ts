import { describe, expect, it } from 'vitest';
import type { Finding, TraceStep } from './engine/types.js';
import { editSetId, editSetIdsOf, expandTrace, storeTrace } from './stored-trace.js';

const finding: Finding = { edit: 'quantity-limits', outcome: 'reduce', reason: 'limit-exceeded-month', rule: { id: 'x', source: null }, saw: { max: 4 }, payableUnits: 1 };
const trace: TraceStep[] = [
  { edit: 'member-identified', applied: true, findings: [] },
  { edit: 'age-limit', applied: false, findings: [] },
  { edit: 'quantity-limits', applied: true, findings: [finding] },
  { edit: 'price-line', applied: true, findings: [] },
];

describe('stored trace', () => {
  it('keeps the edit list once and a 0/1 per step, and gives the same trace back with its findings', () => {
    const stored = storeTrace(trace);
    expect(stored.text).toBe(`${stored.setId}:1011`);
    expect(stored.edits).toEqual(['member-identified', 'age-limit', 'quantity-limits', 'price-line']);
    expect(expandTrace(stored.text, new Map([[stored.setId, stored.edits]]), [finding])).toEqual(trace);
  });

  it('names the same edit list the same way, and another list differently', () => {
    expect(editSetId(['a', 'b'])).toBe(editSetId(['a', 'b']));
    expect(editSetId(['a', 'b'])).not.toBe(editSetId(['b', 'a']));
  });

  it('reads a trace stored as JSON before compaction as it was, and an unknown edit set as no trace', () => {
    expect(expandTrace(JSON.stringify(trace), new Map(), [])).toEqual(trace);
    expect(expandTrace('feedbeef0000:11', new Map(), [])).toEqual([]);
    expect(expandTrace(null, new Map(), [])).toEqual([]);
  });

  it('lists the edit sets a page of lines refers to', () => {
    expect(editSetIdsOf(['abc:10', 'abc:11', 'def:1', '[]', null]).sort()).toEqual(['abc', 'def']);
  });
});
