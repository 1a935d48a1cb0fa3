import { describe, expect, test } from 'vitest';
import { catalog } from './edits/test-world.js';
import type { LineOutcome } from './engine/types.js';
import { movementsOf } from './movements-of.js';

const outcome = (consumption: LineOutcome['consumption']): LineOutcome => ({
  lineId: 'L1', status: 'paid', codeId: null, service: null, rateId: null, billedAmount: '0.00', allowedAmount: '0.00', paidAmount: '0.00',
  paidUnits: 1, findings: [], trace: [], consumption,
});

describe('ledger movements of a line', () => {
  test('a dollar limit moves dollars with cents against its dollar maximum', () => {
    const [m] = movementsOf(catalog, 'M1', 'C1', 'L1', outcome([{
      kind: 'limit', key: 'community-transition-1800-dollars-per-transition:transition-2025-01-15', limitId: 'community-transition-1800-dollars-per-transition',
      period: 'transition-2025-01-15', amount: 800.01, measure: 'dollars',
    }]));
    expect(m).toMatchObject({ kind: 'limit', limitId: 'community-transition-1800-dollars-per-transition', periodKey: 'transition-2025-01-15', amount: 800.01, max: 1800 });
  });
  test('the extra per diem moves its rule\'s monthly allowance', () => {
    const [m] = movementsOf(catalog, 'M1', 'C1', 'L1', outcome([{
      kind: 'limit', key: 'act-icm-vocational-specialist-extra-per-diem:2025-03', limitId: 'act-icm-vocational-specialist-extra-per-diem', period: '2025-03', amount: 1, measure: 'per-diems',
    }]));
    expect(m).toMatchObject({ periodKey: '2025-03', amount: 1, max: 1 });
  });
  test('authorization units carry no maximum here (the authorization row holds it)', () => {
    expect(movementsOf(catalog, 'M1', 'C1', 'L1', outcome([{ kind: 'authorization', key: 'A1', authorizationId: 'A1', amount: 200.5, measure: 'dollars' }])))
      .toEqual([{ memberId: 'M1', claimId: 'C1', lineId: 'L1', kind: 'authorization', amount: 200.5, authorizationId: 'A1', limitId: null, periodKey: null, max: null }]);
  });
});
