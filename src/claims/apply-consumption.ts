import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { rowsOf } from './rows-of.js';

/** One line's use of an authorization or a limit, as recorded in the ledger (negative for a reversal). */
export interface Movement {
  memberId: string;
  claimId: string;
  lineId: string;
  kind: 'authorization' | 'limit';
  authorizationId: string | null;
  limitId: string | null;
  periodKey: string | null;
  amount: number;
  /** The limit's maximum (limits only); null when the pack gives none. */
  max: number | null;
}

/**
 * Applies a batch's consumption atomically and without overdraw, in three statements: authorization units and
 * limit accumulators move only where the new total stays within the maximum (a conditional update, so two
 * concurrent submissions can never both take the last units), then the ledger rows are written. Returns the
 * members whose consumption did not fit — someone else consumed meanwhile; the caller rolls back and
 * re-adjudicates them with fresh context.
 */
export async function applyConsumption(tx: Db, movements: Movement[]): Promise<Set<string>> {
  const failed = new Set<string>();
  if (!movements.length) return failed;

  const byAuthorization = sum(movements.filter((m) => m.kind === 'authorization'), (m) => m.authorizationId!);
  if (byAuthorization.size) {
    const list = [...byAuthorization.values()];
    const updated = new Set(rowsOf(await tx.execute(sql`update authorizations a set units_used = a.units_used + d.n, updated_at = now()
      from unnest(${sql.param(list.map((g) => g.key))}::text[], ${sql.param(list.map((g) => g.amount))}::numeric[]) as d(id, n)
      where a.id = d.id and a.units_used + d.n <= a.units and a.units_used + d.n >= 0 returning a.id`)).map((r) => r.id as string));
    for (const g of list) if (!updated.has(g.key)) g.members.forEach((m) => failed.add(m));
  }

  const byLimit = sum(movements.filter((m) => m.kind === 'limit'), (m) => `${m.memberId}\u0001${m.limitId}\u0001${m.periodKey}`);
  if (byLimit.size) {
    const list = [...byLimit.values()];
    const parts = list.map((g) => g.key.split('\u0001'));
    const updated = new Set(rowsOf(await tx.execute(sql`insert into limit_accumulators (member_id, limit_id, period_key, amount, max_amount)
      select m, l, p, n, x from unnest(${sql.param(parts.map((p) => p[0]))}::text[], ${sql.param(parts.map((p) => p[1]))}::text[],
        ${sql.param(parts.map((p) => p[2]))}::text[], ${sql.param(list.map((g) => g.amount))}::numeric[], ${sql.param(list.map((g) => g.max))}::numeric[]) as d(m, l, p, n, x)
      where n >= 0 and (x is null or n <= x)
      on conflict (member_id, limit_id, period_key) do update set amount = limit_accumulators.amount + excluded.amount, max_amount = excluded.max_amount
      where (excluded.max_amount is null or limit_accumulators.amount + excluded.amount <= excluded.max_amount) and limit_accumulators.amount + excluded.amount >= 0
      returning member_id || chr(1) || limit_id || chr(1) || period_key as key`)).map((r) => r.key as string));
    for (const g of list) if (!updated.has(g.key)) g.members.forEach((m) => failed.add(m));
  }
  if (failed.size) return failed;

  await tx.execute(sql`insert into consumption_movements (member_id, claim_id, line_id, kind, authorization_id, limit_id, period_key, amount)
    select * from unnest(${sql.param(movements.map((m) => m.memberId))}::text[], ${sql.param(movements.map((m) => m.claimId))}::text[],
      ${sql.param(movements.map((m) => m.lineId))}::text[], ${sql.param(movements.map((m) => m.kind))}::text[],
      ${sql.param(movements.map((m) => m.authorizationId))}::text[], ${sql.param(movements.map((m) => m.limitId))}::text[],
      ${sql.param(movements.map((m) => m.periodKey))}::text[], ${sql.param(movements.map((m) => m.amount))}::numeric[])`);
  return failed;
}

interface Group { key: string; amount: number; max: number | null; members: Set<string> }

function sum(movements: Movement[], keyOf: (m: Movement) => string): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const m of movements) {
    const key = keyOf(m);
    const g = groups.get(key) ?? { key, amount: 0, max: m.max, members: new Set<string>() };
    g.amount = Math.round((g.amount + m.amount) * 100) / 100;
    g.members.add(m.memberId);
    groups.set(key, g);
  }
  return groups;
}
