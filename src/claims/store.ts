import { sql, type SQL } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { seesAllOrganizations, type Caller } from '../platform/auth/caller.js';
import type { Paged } from '../platform/http/paging.js';
import type { Finding } from './engine/types.js';
import type { ClaimDetail, ClaimListQuery, ClaimSummary, ReasonView, RemittanceSummary } from './types.js';
import { rowsOf } from './rows-of.js';
import { editSetIdsOf, expandTrace } from './stored-trace.js';

/** Claims the caller may see: all for state and ASO roles; provider staff their organization's (billing) claims. */
export function claimScope(caller: Caller, alias = 'c'): SQL {
  if (seesAllOrganizations(caller)) return sql`true`;
  return caller.organizationId ? sql`${sql.raw(alias)}.billing_organization_id = ${caller.organizationId}` : sql`false`;
}

const summaryColumns = sql`c.id, c.program, c.patient_control_number, c.submission_key, c.frequency, c.member_id, c.medicaid_id,
  c.billing_organization_id, c.billing_npi, c.received_on::text, c.total_charge::text, c.total_allowed::text, c.total_paid::text, c.status,
  (select min(l.service_date)::text from claim_lines l where l.claim_id = c.id) as first_service_date,
  (select count(*)::int from claim_lines l where l.claim_id = c.id) as line_count`;

function toSummary(r: Record<string, any>): ClaimSummary {
  return {
    id: r.id, program: r.program, patientControlNumber: r.patient_control_number, submissionKey: r.submission_key, frequency: r.frequency,
    memberId: r.member_id ?? null, medicaidId: r.medicaid_id, billingOrganizationId: r.billing_organization_id ?? null, billingNpi: r.billing_npi,
    receivedOn: r.received_on, firstServiceDate: r.first_service_date ?? null, totalCharge: r.total_charge, totalAllowed: r.total_allowed,
    totalPaid: r.total_paid, status: r.status, lineCount: Number(r.line_count),
  };
}

/** Claim search (claim id, patient control number, Medicaid id or submission key), newest first, org-scoped. */
export async function searchClaims(db: Db, caller: Caller, q: ClaimListQuery): Promise<Paged<ClaimSummary>> {
  const where: SQL[] = [claimScope(caller)];
  if (q.memberId) where.push(sql`c.member_id = ${q.memberId}`);
  if (q.organizationId) where.push(sql`c.billing_organization_id = ${q.organizationId}`);
  if (q.status) where.push(sql`c.status = ${q.status}`);
  if (q.q) where.push(sql`(c.id = ${q.q} or c.patient_control_number = ${q.q} or c.medicaid_id = ${q.q.toUpperCase()} or c.submission_key = ${q.q})`);
  const clause = sql.join(where, sql` and `);
  const [{ n }] = rowsOf(await db.execute(sql`select count(*)::int as n from claims c where ${clause}`)) as [{ n: number }];
  const rows = rowsOf(await db.execute(sql`select ${summaryColumns} from claims c where ${clause}
    order by c.received_on desc, c.created_at desc, c.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`));
  return { items: rows.map(toSummary), total: Number(n), page: q.page, pageSize: q.pageSize };
}

/** One claim with its lines, each reason resolved to CARC/RARC and wording from the claim's pack. */
export async function loadClaim(db: Db, caller: Caller, catalogs: Catalogs, id: string): Promise<ClaimDetail | null> {
  const [row] = rowsOf(await db.execute(sql`select ${summaryColumns}, c.original_claim_id, o.name as organization_name
    from claims c left join organizations o on o.id = c.billing_organization_id where c.id = ${id} and ${claimScope(caller)}`));
  if (!row) return null;
  const catalog = catalogs.get(row.program);
  const lines = rowsOf(await db.execute(sql`select id, line_number, service_date::text, service_date_to::text, code, modifiers, units::text, minutes, group_size, residents,
      place_of_service, rendering_npi, rendering_staff_id, status, charge_amount::text, allowed_amount::text, paid_amount::text, paid_units::text,
      code_id, service, rate_id, findings, trace, remittance_id
    from claim_lines where claim_id = ${id} order by line_number`));
  const setIds = editSetIdsOf(lines.map((l) => l.trace));
  const editSets = new Map(setIds.length
    ? rowsOf(await db.execute(sql`select id, edits from claim_edit_sets where id = any(${sql.param(setIds)}::text[])`)).map((r) => [r.id as string, r.edits as string[]])
    : []);
  return {
    ...toSummary(row), originalClaimId: row.original_claim_id ?? null, organizationName: row.organization_name ?? null,
    lines: lines.map((l) => ({
      id: l.id, lineNumber: l.line_number, serviceDate: l.service_date, serviceDateTo: l.service_date_to ?? null, code: l.code,
      modifiers: l.modifiers ?? [], units: Number(l.units), minutes: l.minutes ?? null, placeOfService: l.place_of_service,
      groupSize: l.group_size ?? null, residents: l.residents ?? null,
      renderingNpi: l.rendering_npi ?? null, renderingStaffId: l.rendering_staff_id ?? null, status: l.status, chargeAmount: l.charge_amount,
      allowedAmount: l.allowed_amount, paidAmount: l.paid_amount, paidUnits: Number(l.paid_units), codeId: l.code_id ?? null,
      service: l.service ?? null, rateId: l.rate_id ?? null, remittanceId: l.remittance_id ?? null, trace: expandTrace(l.trace, editSets, l.findings ?? []),
      reasons: ((l.findings ?? []) as Finding[]).map((f): ReasonView => {
        const reason = catalog?.reason(f.reason);
        return {
          edit: f.edit, outcome: f.outcome, reason: f.reason, carc: reason?.carc ?? null, rarc: reason?.rarc ?? null, text: reason?.text ?? null,
          rule: { id: f.rule.id, source: f.rule.source ?? null, ...(f.rule.decision ? { decision: f.rule.decision } : {}) }, saw: f.saw ?? {},
        };
      }),
    })),
  };
}

function payeeScope(caller: Caller): SQL {
  if (seesAllOrganizations(caller)) return sql`true`;
  return caller.organizationId ? sql`r.organization_id = ${caller.organizationId}` : sql`false`;
}

const remittanceColumns = sql`r.id, r.payment_cycle_id, r.organization_id, o.name as organization_name, r.payee_npi, r.claim_count, r.line_count,
  r.total_billed::text, r.total_paid::text, r.total_recouped::text, r.net_payment::text, r.created_at, p.run_on::text`;

export function toRemittanceSummary(r: Record<string, any>): RemittanceSummary {
  return {
    id: r.id, paymentCycleId: r.payment_cycle_id, organizationId: r.organization_id, organizationName: r.organization_name ?? null,
    payeeNpi: r.payee_npi, claimCount: r.claim_count, lineCount: r.line_count, totalBilled: r.total_billed, totalPaid: r.total_paid,
    totalRecouped: r.total_recouped, netPayment: r.net_payment, createdAt: new Date(r.created_at).toISOString(), runOn: r.run_on,
  };
}

/** Remittances, newest first; provider staff see their organization's only. */
export async function searchRemittances(db: Db, caller: Caller, q: { organizationId?: string; page: number; pageSize: number }): Promise<Paged<RemittanceSummary>> {
  const where = [payeeScope(caller)];
  if (q.organizationId) where.push(sql`r.organization_id = ${q.organizationId}`);
  const clause = sql.join(where, sql` and `);
  const [{ n }] = rowsOf(await db.execute(sql`select count(*)::int as n from remittances r where ${clause}`)) as [{ n: number }];
  const rows = rowsOf(await db.execute(sql`select ${remittanceColumns} from remittances r join payment_cycles p on p.id = r.payment_cycle_id
    left join organizations o on o.id = r.organization_id where ${clause} order by r.created_at desc, r.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`));
  return { items: rows.map(toRemittanceSummary), total: Number(n), page: q.page, pageSize: q.pageSize };
}

/** One remittance with its stored document and 835, org-scoped. */
export async function loadRemittance(db: Db, caller: Caller, id: string): Promise<(RemittanceSummary & { document: unknown; x12: string | null }) | null> {
  const own = payeeScope(caller);
  const [row] = rowsOf(await db.execute(sql`select ${remittanceColumns}, r.document, r.x12_835 from remittances r join payment_cycles p on p.id = r.payment_cycle_id
    left join organizations o on o.id = r.organization_id where r.id = ${id} and ${own}`));
  return row ? { ...toRemittanceSummary(row), document: row.document, x12: row.x12_835 ?? null } : null;
}
