import { sql } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import type { Adjudicate } from './adjudicator.js';
import { applyConsumption, type Movement } from './apply-consumption.js';
import type { ClaimLine, LineOutcome } from './engine/types.js';
import { loadMemberContexts } from './load-member-contexts.js';
import { movementsOf } from './movements-of.js';
import { rowsOf } from './rows-of.js';
import { storeTrace } from './stored-trace.js';
import { ConcurrentChange, registerEditSets } from './write-claims.js';

/** Whose fidelity-pended lines to take up again: a team's (its review closed) and/or named members'. */
export interface PendedLineTarget { teamId?: string; memberIds?: string[] }

export interface ReadjudicateOptions { catalogs: Catalogs; adjudicate: Adjudicate }

export interface Readjudication { lines: number; byStatus: Record<string, number> }

const FIDELITY_PEND = 'fidelity-review-pend';

/**
 * Takes up lines pended only for a fidelity review once the review has closed: each member's lines go through the
 * engine again with fresh context (the review closed, the team's fidelity history as the outcome left it), and in
 * one transaction the lines get their new outcomes, their claims new totals, the ledger and balances the
 * consumption (a pended line consumed nothing, so nothing is taken twice), and each claim an audit event. Lines
 * still under an open review pend again, unchanged in effect.
 */
export async function readjudicatePendedLines(db: Db, caller: Caller, target: PendedLineTarget, opts: ReadjudicateOptions): Promise<Readjudication> {
  return db.transaction(async (tx) => {
    const rows = await pendedLines(tx, target);
    const result: Readjudication = { lines: 0, byStatus: {} };
    if (!rows.length) return result;
    const memberIds = [...new Set(rows.map((r) => r.memberId!))].sort();
    await tx.execute(sql`select pg_advisory_xact_lock(h) from (select hashtextextended(m, 0) as h from unnest(${sql.param(memberIds)}::text[]) m order by 1) s`);

    const contexts = await loadMemberContexts(tx, {
      memberIds, organizationIds: rows.map((r) => r.billingOrganizationId).filter((o): o is string => !!o),
      staffIds: rows.map((r) => r.renderingStaffId).filter((s): s is string => !!s),
    });
    const retaken = new Set(rows.map((r) => r.lineId));
    const outcomes = new Map<string, LineOutcome>();
    const groups = new Map<string, ClaimLine[]>();
    for (const r of rows) groups.set(`${r.program}\u0000${r.memberId}`, [...(groups.get(`${r.program}\u0000${r.memberId}`) ?? []), r]);
    for (const lines of groups.values()) {
      const { program, memberId } = lines[0]!;
      const context = contexts.byMember.get(memberId!)!;
      // The lines being taken up are not their own history.
      const fresh = { ...context, history: context.history.filter((h) => !retaken.has(h.lineId)) };
      for (const o of opts.adjudicate(opts.catalogs.get(program)!, lines, fresh)) outcomes.set(o.lineId, o);
    }

    const movements: Movement[] = [];
    for (const r of rows) {
      const o = outcomes.get(r.lineId);
      if (!o) throw new Error(`The engine returned no outcome for line ${r.lineNumber} of claim ${r.claimId}`);
      movements.push(...movementsOf(opts.catalogs.get(r.program)!, r.memberId!, r.claimId, r.lineId, o));
      result.byStatus[o.status] = (result.byStatus[o.status] ?? 0) + 1;
    }
    result.lines = rows.length;

    const list = rows.map((r) => outcomes.get(r.lineId)!);
    const traces = new Map(list.map((o) => [o.lineId, storeTrace(o.trace)]));
    await registerEditSets(tx, [...traces.values()]);
    const col = <T>(f: (o: LineOutcome) => T) => sql.param(list.map(f));
    await tx.execute(sql`update claim_lines l set status = d.status, allowed_amount = d.allowed, paid_amount = d.paid, paid_units = d.punits,
        code_id = d.code_id, service = d.service, rate_id = d.rate_id, findings = d.findings::jsonb, trace = d.trace
      from unnest(${col((o) => o.lineId)}::text[], ${col((o) => o.status)}::text[], ${col((o) => o.allowedAmount)}::numeric[],
        ${col((o) => o.paidAmount)}::numeric[], ${col((o) => o.paidUnits)}::numeric[], ${col((o) => o.codeId)}::text[], ${col((o) => o.service)}::text[],
        ${col((o) => o.rateId)}::text[], ${col((o) => JSON.stringify(o.findings))}::text[], ${col((o) => traces.get(o.lineId)!.text)}::text[])
        as d(id, status, allowed, paid, punits, code_id, service, rate_id, findings, trace)
      where l.id = d.id and l.status = 'pended'`);
    const failed = await applyConsumption(tx, movements);
    if (failed.size) throw new ConcurrentChange(`Balances of ${failed.size} member(s) changed meanwhile`);

    const claimIds = [...new Set(rows.map((r) => r.claimId))];
    const claims = rowsOf(await tx.execute(sql`update claims c set total_allowed = t.allowed, total_paid = t.paid,
        status = case when t.pended then 'pended' else 'adjudicated' end
      from (select claim_id, sum(allowed_amount) as allowed, sum(paid_amount) as paid, bool_or(status = 'pended') as pended
        from claim_lines where claim_id = any(${sql.param(claimIds)}::text[]) group by claim_id) t
      where c.id = t.claim_id and c.status = 'pended' returning c.id, c.member_id, c.status`));
    await recordAudit(tx, caller, claims.map((c) => ({
      action: 'update' as const, entity: 'claim', entityId: c.id as string, memberId: c.member_id as string | null,
      detail: { readjudicated: rows.filter((r) => r.claimId === c.id).length, reason: FIDELITY_PEND, teamId: target.teamId ?? null, status: c.status },
    })));
    return result;
  });
}

/** Pended lines whose every pend finding is the fidelity review's, for the target, as engine lines. */
async function pendedLines(tx: Db, target: PendedLineTarget): Promise<Array<ClaimLine & { program: string }>> {
  const rows = rowsOf(await tx.execute(sql`select l.id, l.claim_id, l.line_number, l.member_id, l.billing_organization_id, l.rendering_staff_id, l.rendering_npi,
      l.service_date::text, l.service_date_to::text, l.code, l.modifiers, l.units::text, l.minutes, l.place_of_service, l.charge_amount::text,
      l.group_size, l.residents,
      c.program, c.medicaid_id, c.billing_npi, c.received_on::text, c.frequency
    from claim_lines l join claims c on c.id = l.claim_id
    where l.status = 'pended' and l.member_id is not null
      and exists (select 1 from jsonb_array_elements(l.findings) f where f->>'reason' = ${FIDELITY_PEND}
        and (${target.teamId ?? null}::text is null or f->'saw'->>'team' = ${target.teamId ?? null}))
      and not exists (select 1 from jsonb_array_elements(l.findings) f where f->>'outcome' = 'pend' and f->>'reason' <> ${FIDELITY_PEND})
      and (${target.memberIds ? sql.param(target.memberIds) : null}::text[] is null or l.member_id = any(${target.memberIds ? sql.param(target.memberIds) : null}::text[]))
    order by l.member_id, l.service_date, l.line_number`));
  return rows.map((r) => ({
    claimId: r.claim_id, lineId: r.id, lineNumber: Number(r.line_number), program: r.program, memberId: r.member_id, medicaidId: r.medicaid_id,
    billingOrganizationId: r.billing_organization_id ?? null, billingNpi: r.billing_npi, renderingStaffId: r.rendering_staff_id ?? null,
    renderingNpi: r.rendering_npi ?? null, serviceDate: r.service_date, serviceDateTo: r.service_date_to ?? null, code: r.code,
    modifiers: r.modifiers ?? [], units: Number(r.units), minutes: r.minutes ?? null, placeOfService: r.place_of_service,
    chargeAmount: r.charge_amount, groupSize: r.group_size ?? null, residents: r.residents ?? null, receivedOn: r.received_on, frequency: r.frequency,
  }));
}
