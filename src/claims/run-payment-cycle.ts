import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Decimal } from 'decimal.js';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import { remittanceDocument, type LineForRemittance, type RemittanceDocument } from './remittance-document.js';
import { rowsOf } from './rows-of.js';
import { toRemittanceSummary } from './store.js';
import type { PaymentCycleResult } from './types.js';

/** Renders a remittance document as an X12 835 (the remit module's writer), or null when none is available. */
export type Write835 = (doc: RemittanceDocument) => string | null;

export interface PaymentCycleOptions {
  catalogs: Catalogs;
  today: string;
  write835?: Write835;
}

/**
 * Runs a payment cycle in one transaction: every adjudicated (paid, reduced or denied), not yet remitted line
 * and every open recoupment, grouped by payee (billing organization), becomes one remittance — JSON document,
 * 835 — and is marked remitted, so a line is remitted once. Recoupments are deducted up to the payment. Pended lines wait for a later cycle. Cycles are
 * serialized by a lock, so two runs never remit the same line.
 */
export async function runPaymentCycle(db: Db, caller: Caller, opts: PaymentCycleOptions): Promise<Result<PaymentCycleResult>> {
  if (caller.role !== 'state-admin' && caller.role !== 'aso-reviewer') return fail(problems.forbidden('Only state or ASO staff run payment cycles.'));
  const cycleId = randomUUID();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('openhcbs:payment-cycle'))`);
    const lineRows = rowsOf(await tx.execute(sql`select l.id, l.claim_id, l.line_number, l.service_date::text, l.code, l.modifiers, l.units::text,
        l.paid_units::text, l.status, l.charge_amount::text, l.allowed_amount::text, l.paid_amount::text, l.findings, l.member_id,
        l.billing_organization_id, c.program, c.patient_control_number, c.medicaid_id, c.frequency
      from claim_lines l join claims c on c.id = l.claim_id
      where l.remittance_id is null and l.status in ('paid', 'reduced', 'denied') and l.billing_organization_id is not null
      order by l.billing_organization_id, l.claim_id, l.line_number
      for update of l`));
    // Row locks: a void committing meanwhile either waits for this cycle (and then recoups the remitted line)
    // or has already changed the line, which the re-checked condition then leaves out.
    const recoupRows = rowsOf(await tx.execute(sql`select id, organization_id, claim_id, line_id, by_claim_id, amount::text from recoupments
      where remittance_id is null order by organization_id, created_at, id for update`));
    const orgIds = [...new Set([...lineRows.map((r) => r.billing_organization_id as string), ...recoupRows.map((r) => r.organization_id as string)])].sort();
    const orgs = new Map(rowsOf(await tx.execute(sql`select id, npi, name from organizations where id = any(${sql.param(orgIds)}::text[])`)).map((r) => [r.id, r]));

    const docs: RemittanceDocument[] = [];
    const lineRemittance: Array<[string, string]> = [];
    const recoupRemittance: Array<[string, string]> = [];
    for (const orgId of orgIds) {
      const remittanceId = randomUUID();
      const lines: LineForRemittance[] = lineRows.filter((r) => r.billing_organization_id === orgId).map((r) => ({
        lineId: r.id, claimId: r.claim_id, lineNumber: r.line_number, serviceDate: r.service_date, code: r.code, modifiers: r.modifiers ?? [],
        units: Number(r.units), paidUnits: Number(r.paid_units), status: r.status, charge: r.charge_amount, allowed: r.allowed_amount, paid: r.paid_amount,
        findings: r.findings ?? [], program: r.program, patientControlNumber: r.patient_control_number, medicaidId: r.medicaid_id, memberId: r.member_id ?? null,
        frequency: r.frequency,
      }));
      // Recoupments are taken only up to what this remittance pays (an 835 never pays a negative amount);
      // the rest stay open for the next cycle.
      const paying = lines.reduce((sum, l) => sum.plus(l.paid), new Decimal(0));
      let taken = new Decimal(0);
      const recoups = recoupRows.filter((r) => r.organization_id === orgId).filter((r) => {
        if (taken.plus(r.amount).gt(paying)) return false;
        taken = taken.plus(r.amount);
        return true;
      });
      if (!lines.length && !recoups.length) continue;
      const org = orgs.get(orgId);
      docs.push(remittanceDocument(opts.catalogs, { remittanceId, paymentCycleId: cycleId, runOn: opts.today, payee: { organizationId: orgId, npi: org?.npi ?? '', name: org?.name ?? null } },
        lines, recoups.map((r) => ({ claimId: r.claim_id, lineId: r.line_id, byClaimId: r.by_claim_id, amount: r.amount }))));
      lines.forEach((l) => lineRemittance.push([l.lineId, remittanceId]));
      recoups.forEach((r) => recoupRemittance.push([r.id, remittanceId]));
    }

    const totalPaid = docs.reduce((s, d) => s.plus(d.totals.net), new Decimal(0)).toFixed(2);
    await tx.execute(sql`insert into payment_cycles (id, run_on, status, line_count, total_paid) values (${cycleId}, ${opts.today}, 'closed', ${lineRows.length}, ${totalPaid})`);
    for (const d of docs) {
      await tx.execute(sql`insert into remittances (id, payment_cycle_id, organization_id, payee_npi, claim_count, line_count, total_billed, total_paid,
          total_recouped, net_payment, document, x12_835)
        values (${d.remittanceId}, ${cycleId}, ${d.payee.organizationId}, ${d.payee.npi}, ${d.claims.length}, ${d.claims.reduce((s, c) => s + c.lines.length, 0)},
          ${d.totals.billed}, ${d.totals.paid}, ${d.totals.recouped}, ${d.totals.net}, ${JSON.stringify(d)}::jsonb, ${opts.write835?.(d) ?? null})`);
    }
    for (let i = 0; i < lineRemittance.length; i += 20_000) {
      const part = lineRemittance.slice(i, i + 20_000);
      await tx.execute(sql`update claim_lines l set remittance_id = d.r from unnest(${sql.param(part.map((p) => p[0]))}::text[], ${sql.param(part.map((p) => p[1]))}::text[]) as d(id, r)
        where l.id = d.id`);
    }
    if (recoupRemittance.length) {
      await tx.execute(sql`update recoupments x set remittance_id = d.r from unnest(${sql.param(recoupRemittance.map((p) => p[0]))}::text[], ${sql.param(recoupRemittance.map((p) => p[1]))}::text[]) as d(id, r)
        where x.id = d.id`);
    }
    await recordAudit(tx, caller, [{ action: 'create', entity: 'payment-cycle', entityId: cycleId, detail: { lines: lineRows.length, remittances: docs.length } }]);

    const summaries = rowsOf(await tx.execute(sql`select r.id, r.payment_cycle_id, r.organization_id, o.name as organization_name, r.payee_npi, r.claim_count,
        r.line_count, r.total_billed::text, r.total_paid::text, r.total_recouped::text, r.net_payment::text, r.created_at, ${opts.today}::text as run_on
      from remittances r left join organizations o on o.id = r.organization_id where r.payment_cycle_id = ${cycleId} order by r.organization_id`));
    return ok({ id: cycleId, runOn: opts.today, lineCount: lineRows.length, totalPaid, remittances: summaries.map(toRemittanceSummary) });
  });
}
