import type { Catalog } from '../catalog/index.js';
import type { Movement } from './apply-consumption.js';
import type { Consumption, LineOutcome } from './engine/types.js';

/**
 * The ledger movements a line's outcome proposes (authorization units, limit amounts), keyed for the accumulators.
 * Amounts are in the limit's measure: hours as hours, dollars as dollars with cents (the engine counts cents and
 * hands dollars; limit_accumulators keep numeric(14,2)), and each accumulator's maximum is in the same measure.
 */
export function movementsOf(catalog: Catalog, memberId: string, claimId: string, lineId: string, outcome: LineOutcome): Movement[] {
  return outcome.consumption.map((u) => ({
    memberId, claimId, lineId, kind: u.kind, amount: u.amount,
    authorizationId: u.kind === 'authorization' ? u.authorizationId ?? u.key : null,
    limitId: u.kind === 'limit' ? limitIdOf(u) : null,
    // The engine's key is `<limit>:<period><scope>`; the rest after the limit id keys the accumulator.
    periodKey: u.kind === 'limit' ? u.key.slice(limitIdOf(u).length + 1) : null,
    max: u.kind === 'limit' ? limitMax(catalog, limitIdOf(u)) : null,
  }));
}

const limitIdOf = (u: Consumption) => u.limitId ?? u.key.split(':')[0]!;

/** A limits.yaml maximum ("1800.00" → 1800), or an additional-per-diem rule's monthly allowance (its `perMonth`). */
function limitMax(catalog: Catalog, limitId: string): number | null {
  const limit = catalog.pack.limits.find((l) => l.id === limitId);
  if (limit) return Number(limit.max);
  const extra = catalog.pack.rules.find((r) => r.id === limitId && r.kind === 'additional-per-diem');
  return extra?.kind === 'additional-per-diem' ? extra.perMonth : null;
}
