import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { rowsOf } from './rows-of.js';

export interface Reversal {
  /** Member ids whose balances moved (their context must be reloaded before adjudicating again). */
  memberIds: string[];
  recouped: number;
}

/**
 * Takes back an adjudicated claim for a void (8) or replacement (7), inside the caller's transaction: the
 * ledger's movements for its lines are reversed exactly (negative rows; authorization units and accumulators
 * go down by the same amounts), its lines and the claim are marked voided/replaced, and money already remitted
 * becomes a recoupment deducted from the payee's next remittance.
 */
export async function reverseClaim(tx: Db, originalClaimId: string, byClaimId: string, as: 'voided' | 'replaced'): Promise<Reversal> {
  const moved = rowsOf(await tx.execute(sql`with taken as (
      update consumption_movements set reversed_by = ${byClaimId}
      where claim_id = ${originalClaimId} and reversed_by is null and amount > 0
      returning member_id, claim_id, line_id, kind, authorization_id, limit_id, period_key, amount)
    insert into consumption_movements (member_id, claim_id, line_id, kind, authorization_id, limit_id, period_key, amount, reversed_by)
    select member_id, claim_id, line_id, kind, authorization_id, limit_id, period_key, -amount, ${byClaimId} from taken
    returning member_id, kind, authorization_id, limit_id, period_key, -amount as amount`));

  const auth = moved.filter((m) => m.kind === 'authorization');
  if (auth.length) {
    await tx.execute(sql`update authorizations a set units_used = greatest(a.units_used - d.n, 0), updated_at = now()
      from (select id, sum(n) as n from unnest(${sql.param(auth.map((m) => m.authorization_id))}::text[], ${sql.param(auth.map((m) => String(m.amount)))}::numeric[]) as u(id, n) group by id) d
      where a.id = d.id`);
  }
  const limits = moved.filter((m) => m.kind === 'limit');
  if (limits.length) {
    await tx.execute(sql`update limit_accumulators a set amount = greatest(a.amount - d.n, 0)
      from (select m, l, p, sum(n) as n from unnest(${sql.param(limits.map((m) => m.member_id))}::text[], ${sql.param(limits.map((m) => m.limit_id))}::text[],
        ${sql.param(limits.map((m) => m.period_key))}::text[], ${sql.param(limits.map((m) => String(m.amount)))}::numeric[]) as u(m, l, p, n) group by m, l, p) d
      where a.member_id = d.m and a.limit_id = d.l and a.period_key = d.p`);
  }

  const remitted = rowsOf(await tx.execute(sql`update claim_lines set status = ${as}
    where claim_id = ${originalClaimId} and status in ('paid', 'reduced', 'denied', 'pended')
    returning id, member_id, billing_organization_id, remittance_id, paid_amount::text as paid`))
    .filter((r) => r.remittance_id && Number(r.paid) > 0);
  if (remitted.length) {
    await tx.execute(sql`insert into recoupments (id, organization_id, member_id, claim_id, line_id, by_claim_id, amount)
      select * from unnest(${sql.param(remitted.map(() => randomUUID()))}::text[], ${sql.param(remitted.map((r) => r.billing_organization_id))}::text[],
        ${sql.param(remitted.map((r) => r.member_id))}::text[], ${sql.param(remitted.map(() => originalClaimId))}::text[],
        ${sql.param(remitted.map((r) => r.id))}::text[], ${sql.param(remitted.map(() => byClaimId))}::text[], ${sql.param(remitted.map((r) => r.paid))}::numeric[])
      on conflict (line_id) do nothing`);
  }
  await tx.execute(sql`update claims set status = ${as} where id = ${originalClaimId}`);
  return {
    memberIds: [...new Set(moved.map((m) => m.member_id as string))],
    recouped: remitted.reduce((s, r) => s + Number(r.paid), 0),
  };
}
