import { describe, expect, test } from 'vitest';
import type { Requirement } from '../../catalog/index.js';
import { checkCapacity } from './check-capacity.js';

const atMost125: Requirement = { id: 'team-size-at-most-125', kind: 'capacity', text: '≤ 125', source: 'x.txt:L2044', check: { maxMembers: 125 } };

describe('team capacity against projected clients', () => {
  test.each([[125, 'met'], [126, 'not-met']])('%i projected clients: %s', (clients, outcome) => {
    expect(checkCapacity([atMost125], clients).get('team-size-at-most-125')![0]).toMatchObject({ outcome, rule: { id: 'team-size-at-most-125' } });
  });
  test('no projection is for the reviewer', () => {
    expect(checkCapacity([atMost125], null).get('team-size-at-most-125')![0]!.outcome).toBe('unknown');
  });
});
