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
    // One pass over the lines: each unremitted adjudicated line is claimed for its payee's remittance and read back.
    // The update's row locks order this cycle against a void committing meanwhile: the void either waits (and then
    // recoups the remitted line) or has already changed the line, which the condition then leaves out.
    const payees = rowsOf(await tx.execute(sql`select distinct l.billing_organization_id as org, c.program from claim_lines l join claims c on c.id = l.claim_id
      where l.remittance_id is null and l.status in ('paid', 'reduced', 'denied') and l.billing_organization_id is not null`));
    const recoupRows = rowsOf(await tx.execute(sql`select x.id, x.organization_id, c.program, x.claim_id, x.line_id, x.by_claim_id, x.amount::text
      from recoupments x join claims c on c.id = x.claim_id where x.remittance_id is null order by x.organization_id, x.created_at, x.id for update of x`));
    // A remittance per payee and paying program: an 835 has one payer.
    const keyOf = (org: string, program: string) => `${org}\u0000${program}`;
    const keys = [...new Set([...payees.map((r) => keyOf(r.org, r.program)), ...recoupRows.map((r) => keyOf(r.organization_id, r.program))])].sort();
    const remittanceOf = new Map(keys.map((k) => [k, randomUUID()]));
    const [orgOf, programOf] = [(k: string) => k.split('\u0000')[0]!, (k: string) => k.split('\u0000')[1]!];
    const lineRows = keys.length ? rowsOf(await tx.execute(sql`update claim_lines l set remittance_id = m.rid
      from unnest(${sql.param(keys.map(orgOf))}::text[], ${sql.param(keys.map(programOf))}::text[], ${sql.param(keys.map((k) => remittanceOf.get(k)!))}::text[])
        as m(org, program, rid), claims c
      where l.billing_organization_id = m.org and c.id = l.claim_id and c.program = m.program and l.remittance_id is null and l.status in ('paid', 'reduced', 'denied')
      returning l.id, l.claim_id, l.line_number, l.service_date::text, l.code, l.modifiers, l.units::text, l.paid_units::text, l.status,
        l.charge_amount::text, l.allowed_amount::text, l.paid_amount::text, l.findings, l.member_id, l.billing_organization_id,
        c.program, c.patient_control_number, c.medicaid_id, c.frequency`)) : [];
    lineRows.sort((a, b) => (a.claim_id < b.claim_id ? -1 : a.claim_id > b.claim_id ? 1 : a.line_number - b.line_number));
    const orgIds = [...new Set(keys.map(orgOf))];
    const orgs = new Map(rowsOf(await tx.execute(sql`select id, npi, name from organizations where id = any(${sql.param(orgIds)}::text[])`)).map((r) => [r.id, r]));
    const linesOf = new Map<string, typeof lineRows>();
    for (const r of lineRows) {
      const key = keyOf(r.billing_organization_id, r.program);
      const list = linesOf.get(key);
      if (list) list.push(r); else linesOf.set(key, [r]);
    }

    const docs: RemittanceDocument[] = [];
    const recoupRemittance: Array<[string, string]> = [];
    for (const key of keys) {
      const [orgId, program] = [orgOf(key), programOf(key)];
      const remittanceId = remittanceOf.get(key)!;
      const lines: LineForRemittance[] = (linesOf.get(key) ?? []).map((r) => ({
        lineId: r.id, claimId: r.claim_id, lineNumber: r.line_number, serviceDate: r.service_date, code: r.code, modifiers: r.modifiers ?? [],
        units: Number(r.units), paidUnits: Number(r.paid_units), status: r.status, charge: r.charge_amount, allowed: r.allowed_amount, paid: r.paid_amount,
        findings: r.findings ?? [], program: r.program, patientControlNumber: r.patient_control_number, medicaidId: r.medicaid_id, memberId: r.member_id ?? null,
        frequency: r.frequency,
      }));
      // Recoupments are taken only up to what this remittance pays (an 835 never pays a negative amount);
      // the rest stay open for the next cycle.
      const paying = lines.reduce((sum, l) => sum.plus(l.paid), new Decimal(0));
      let taken = new Decimal(0);
      const recoups = recoupRows.filter((r) => keyOf(r.organization_id, r.program) === key).filter((r) => {
        if (taken.plus(r.amount).gt(paying)) return false;
        taken = taken.plus(r.amount);
        return true;
      });
      if (!lines.length && !recoups.length) continue;
      const org = orgs.get(orgId);
      docs.push(remittanceDocument(opts.catalogs, { remittanceId, program, paymentCycleId: cycleId, runOn: opts.today, payee: { organizationId: orgId, npi: org?.npi ?? '', name: org?.name ?? null } },
        lines, recoups.map((r) => ({ claimId: r.claim_id, lineId: r.line_id, byClaimId: r.by_claim_id, amount: r.amount }))));
      recoups.forEach((r) => recoupRemittance.push([r.id, remittanceId]));
    }

    const totalPaid = docs.reduce((s, d) => s.plus(d.totals.net), new Decimal(0)).toFixed(2);
    await tx.execute(sql`insert into payment_cycles (id, run_on, status, line_count, total_paid) values (${cycleId}, ${opts.today}, 'closed', ${lineRows.length}, ${totalPaid})`);
    for (const d of docs) {
      await tx.execute(sql`insert into remittances (id, payment_cycle_id, organization_id, payee_npi, claim_count, line_count, total_billed, total_paid,
          total_recouped, net_payment, document, x12_835)
        values (${d.remittanceId}, ${cycleId}, ${d.payee.organizationId}, ${d.payee.npi}, ${d.claims.length}, ${d.claims.reduce((s, c) => s + c.lines.length, 0)},
          ${d.totals.billed}, ${d.totals.paid}, ${d.totals.recouped}, ${d.totals.net}, ${JSON.stringify(d)}::json, ${opts.write835?.(d) ?? null})`);
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
