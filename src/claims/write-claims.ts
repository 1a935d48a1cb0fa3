import { sql } from 'drizzle-orm';
import { Decimal } from 'decimal.js';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit, type AuditEvent } from '../platform/audit/index.js';
import type { Adjudicate } from './adjudicator.js';
import type { ClaimLine, LineOutcome } from './engine/types.js';
import { applyConsumption, type Movement } from './apply-consumption.js';
import { loadMemberContexts, type BatchContexts } from './load-member-contexts.js';
import { movementsOf } from './movements-of.js';
import type { PreparedClaim } from './prepare-claims.js';
import { reverseClaim } from './reverse-claim.js';
import { rowsOf } from './rows-of.js';
import { storeTrace, type StoredTrace } from './stored-trace.js';

/** Someone else wrote the same claim key or consumed the same units meanwhile: roll back and try again. */
export class ConcurrentChange extends Error {}

export interface WriteOptions {
  catalogs: Catalogs;
  adjudicate: Adjudicate;
  /** optimistic: context read before the transaction; locked: read under the members' locks (always current). */
  mode: 'optimistic' | 'locked';
  interchangeId?: string | null;
}

/**
 * Adjudicates new claims and records them in ONE transaction: member locks (sorted, so no deadlock), voids and
 * replacements reversed, claims and lines with outcomes, consumption applied conditionally, audit. Throws
 * ConcurrentChange (the transaction rolls back) when a key or a balance was taken meanwhile.
 */
export async function writeClaims(db: Db, caller: Caller, claims: PreparedClaim[], opts: WriteOptions): Promise<void> {
  const memberIds = [...new Set(claims.map((c) => c.memberId).filter((m): m is string => !!m))].sort();
  // Each member's history is read for the weeks and months of the batch's lines; limit totals come from the ledger.
  const serviceDates = new Map<string, { first: string; last: string }>();
  for (const c of claims) {
    if (!c.memberId) continue;
    for (const l of c.lines) {
      const span = serviceDates.get(c.memberId);
      const last = l.serviceDateTo ?? l.serviceDate;
      if (!span) serviceDates.set(c.memberId, { first: l.serviceDate, last });
      else { if (l.serviceDate < span.first) span.first = l.serviceDate; if (last > span.last) span.last = last; }
    }
  }
  const request = {
    memberIds, serviceDates,
    organizationIds: claims.map((c) => c.billingOrganizationId).filter((o): o is string => !!o),
    staffIds: claims.flatMap((c) => c.lines.map((l) => l.renderingStaffId)).filter((s): s is string => !!s),
  };
  const reverses = claims.some((c) => c.submission.frequency !== '1');
  const early = opts.mode === 'optimistic' && !reverses ? await loadMemberContexts(db, request) : null;

  await db.transaction(async (tx) => {
    if (memberIds.length) {
      await tx.execute(sql`select pg_advisory_xact_lock(h) from (select hashtextextended(m, 0) as h from unnest(${sql.param(memberIds)}::text[]) m order by 1) s`);
    }
    const voidStatus = new Map<string, 'void-accepted' | 'void-rejected'>();
    for (const c of claims.filter((x) => x.submission.frequency !== '1')) {
      const [original] = rowsOf(await tx.execute(sql`select id from claims where id = ${c.submission.originalClaimId ?? ''}
        and billing_npi = ${c.submission.billingProvider.npi} and frequency <> '8' and status in ('adjudicated', 'pended')`));
      if (original) await reverseClaim(tx, original.id, c.claimId, c.submission.frequency === '8' ? 'voided' : 'replaced');
      if (c.submission.frequency === '8') voidStatus.set(c.claimId, original ? 'void-accepted' : 'void-rejected');
    }
    const contexts = early ?? await loadMemberContexts(tx, request);
    const outcomes = adjudicateAll(claims.filter((c) => !voidStatus.has(c.claimId)), contexts, opts);

    const lineRows: Array<[ClaimLine, LineOutcome | null]> = [];
    const movements: Movement[] = [];
    const claimRows = claims.map((c) => {
      let allowed = new Decimal(0); let paid = new Decimal(0); let pended = false;
      for (const line of c.lines) {
        const outcome = voidStatus.has(c.claimId) ? null : outcomes.get(line.lineId);
        if (outcome === undefined) throw new Error(`The engine returned no outcome for line ${line.lineNumber} of claim ${c.claimId}`);
        lineRows.push([line, outcome]);
        if (!outcome) continue;
        allowed = allowed.plus(outcome.allowedAmount); paid = paid.plus(outcome.paidAmount); pended ||= outcome.status === 'pended';
        if (!c.memberId) continue;
        movements.push(...movementsOf(opts.catalogs.get(c.submission.program)!, c.memberId, c.claimId, line.lineId, outcome));
      }
      const status = voidStatus.get(c.claimId) ?? (pended ? 'pended' : 'adjudicated');
      return { c, status, allowed: allowed.toFixed(2), paid: paid.toFixed(2) };
    });

    const s = claimRows.map((r) => r.c.submission);
    const inserted = rowsOf(await tx.execute(sql`insert into claims (id, program, billing_npi, submission_key, patient_control_number, frequency,
        original_claim_id, member_id, medicaid_id, billing_organization_id, interchange_id, received_on, total_charge, total_allowed, total_paid, status)
      select * from unnest(${p(claimRows.map((r) => r.c.claimId))}::text[], ${p(s.map((x) => x.program))}::text[], ${p(s.map((x) => x.billingProvider.npi))}::text[],
        ${p(s.map((x) => x.submissionKey))}::text[], ${p(s.map((x) => x.patientControlNumber))}::text[], ${p(s.map((x) => x.frequency))}::text[],
        ${p(s.map((x) => x.originalClaimId ?? null))}::text[], ${p(claimRows.map((r) => r.c.memberId))}::text[], ${p(s.map((x) => x.member.medicaidId))}::text[],
        ${p(claimRows.map((r) => r.c.billingOrganizationId))}::text[], ${p(claimRows.map(() => opts.interchangeId ?? null))}::text[],
        ${p(s.map((x) => x.receivedOn!))}::date[], ${p(s.map((x) => x.totalCharge))}::numeric[], ${p(claimRows.map((r) => r.allowed))}::numeric[],
        ${p(claimRows.map((r) => r.paid))}::numeric[], ${p(claimRows.map((r) => r.status))}::text[])
      on conflict (billing_npi, submission_key) do nothing returning id`));
    if (inserted.length !== claimRows.length) throw new ConcurrentChange('A claim key was submitted concurrently');

    await insertLines(tx, lineRows);
    const failed = await applyConsumption(tx, movements);
    if (failed.size) throw new ConcurrentChange(`Balances of ${failed.size} member(s) changed meanwhile`);

    const events: AuditEvent[] = claimRows.map((r) => ({
      action: 'create', entity: 'claim', entityId: r.c.claimId, memberId: r.c.memberId,
      detail: { lines: r.c.lines.length, frequency: r.c.submission.frequency, status: r.status, originalClaimId: r.c.submission.originalClaimId ?? null },
    }));
    await recordAudit(tx, caller, events);
  });
}

const p = (values: unknown[]) => sql.param(values);

/** Each member's lines in date order through the engine, one call per member (and program). */
function adjudicateAll(claims: PreparedClaim[], contexts: BatchContexts, opts: WriteOptions): Map<string, LineOutcome> {
  const groups = new Map<string, { program: string; memberId: string | null; lines: ClaimLine[] }>();
  for (const c of claims) {
    const key = `${c.submission.program}\u0000${c.memberId ?? `?${c.submission.member.medicaidId}`}`;
    const g = groups.get(key) ?? { program: c.submission.program, memberId: c.memberId, lines: [] };
    g.lines.push(...c.lines);
    groups.set(key, g);
  }
  const outcomes = new Map<string, LineOutcome>();
  for (const g of groups.values()) {
    g.lines.sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
    const context = g.memberId ? contexts.byMember.get(g.memberId) ?? contexts.unknownMember : contexts.unknownMember;
    for (const o of opts.adjudicate(opts.catalogs.get(g.program)!, g.lines, context)) outcomes.set(o.lineId, o);
  }
  return outcomes;
}

async function insertLines(tx: Db, rows: Array<[ClaimLine, LineOutcome | null]>): Promise<void> {
  const traces = rows.map(([, o]) => (o ? storeTrace(o.trace) : null));
  await registerEditSets(tx, traces);
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    const col = <T>(f: (l: ClaimLine, o: LineOutcome | null, k: number) => T) => p(part.map(([l, o], k) => f(l, o, i + k)));
    await tx.execute(sql`insert into claim_lines (id, claim_id, member_id, billing_organization_id, line_number, service_date, service_date_to, code,
        modifiers, units, minutes, place_of_service, charge_amount, rendering_npi, rendering_staff_id, status, allowed_amount, paid_amount,
        paid_units, code_id, service, rate_id, findings, trace, group_size, residents)
      select id, claim_id, member_id, org, n, sd, sdt, code, coalesce(string_to_array(nullif(mods, ''), ','), '{}'), units, minutes, pos, charge,
        rnpi, rstaff, status, allowed, paid, punits, code_id, service, rate_id, findings::jsonb, trace, gsize, residents
      from unnest(${col((l) => l.lineId)}::text[], ${col((l) => l.claimId)}::text[], ${col((l) => l.memberId)}::text[],
        ${col((l) => l.billingOrganizationId)}::text[], ${col((l) => l.lineNumber)}::int[], ${col((l) => l.serviceDate)}::date[],
        ${col((l) => l.serviceDateTo)}::date[], ${col((l) => l.code)}::text[], ${col((l) => l.modifiers.join(','))}::text[],
        ${col((l) => l.units)}::numeric[], ${col((l) => l.minutes)}::int[], ${col((l) => l.placeOfService)}::text[],
        ${col((l) => l.chargeAmount)}::numeric[], ${col((l) => l.renderingNpi)}::text[], ${col((l) => l.renderingStaffId)}::text[],
        ${col((_, o) => o?.status ?? 'void')}::text[], ${col((_, o) => o?.allowedAmount ?? '0')}::numeric[], ${col((_, o) => o?.paidAmount ?? '0')}::numeric[],
        ${col((_, o) => o?.paidUnits ?? 0)}::numeric[], ${col((_, o) => o?.codeId ?? null)}::text[], ${col((_, o) => o?.service ?? null)}::text[],
        ${col((_, o) => o?.rateId ?? null)}::text[], ${col((_, o) => (o?.findings.length ? JSON.stringify(o.findings) : '[]'))}::text[],
        ${col((_, _o, k) => traces[k]?.text ?? '')}::text[], ${col((l) => l.groupSize)}::int[], ${col((l) => l.residents)}::int[])
        as d(id, claim_id, member_id, org, n, sd, sdt, code, mods, units, minutes, pos, charge, rnpi, rstaff, status, allowed, paid, punits, code_id, service,
          rate_id, findings, trace, gsize, residents)`);
  }
}

/** Stores each edit list the traces refer to, once (they are few: one per engine version). */
export async function registerEditSets(tx: Db, traces: ReadonlyArray<StoredTrace | null>): Promise<void> {
  const sets = new Map<string, readonly string[]>();
  for (const t of traces) if (t && !sets.has(t.setId)) sets.set(t.setId, t.edits);
  for (const [id, edits] of sets) {
    await tx.execute(sql`insert into claim_edit_sets (id, edits) values (${id}, ${p([...edits])}::text[]) on conflict (id) do nothing`);
  }
}
