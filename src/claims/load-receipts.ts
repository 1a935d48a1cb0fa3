import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { ClaimReceipt } from './types.js';
import { rowsOf } from './rows-of.js';

/** Receipts of stored claims, in the order asked (two queries for any number of claims). */
export async function loadReceipts(db: Db, claimIds: string[]): Promise<ClaimReceipt[]> {
  if (!claimIds.length) return [];
  const ids = sql`${sql.param(claimIds)}::text[]`;
  const claims = rowsOf(await db.execute(sql`select id, submission_key, patient_control_number, status, member_id, total_charge::text,
      total_allowed::text, total_paid::text from claims where id = any(${ids})`));
  const lines = rowsOf(await db.execute(sql`select claim_id, line_number, status, allowed_amount::text, paid_amount::text, paid_units::text,
      (select coalesce(array_agg(f->>'reason'), '{}') from jsonb_array_elements(findings) f) as reasons
    from claim_lines where claim_id = any(${ids}) order by claim_id, line_number`));
  const linesOf = new Map<string, ClaimReceipt['lines']>();
  for (const l of lines) {
    const list = linesOf.get(l.claim_id) ?? [];
    list.push({ lineNumber: l.line_number, status: l.status, allowedAmount: l.allowed_amount, paidAmount: l.paid_amount, paidUnits: Number(l.paid_units), reasons: l.reasons ?? [] });
    linesOf.set(l.claim_id, list);
  }
  const byId = new Map(claims.map((c) => [c.id as string, c]));
  return claimIds.map((id) => {
    const c = byId.get(id)!;
    return {
      claimId: id, submissionKey: c.submission_key, patientControlNumber: c.patient_control_number, duplicate: false,
      status: c.status, memberId: c.member_id ?? null, totalCharge: c.total_charge, totalAllowed: c.total_allowed, totalPaid: c.total_paid,
      lines: linesOf.get(id) ?? [],
    };
  });
}
