import { sql } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { fail, ok, problems, type Result } from '../platform/http/problems.js';
import type { Adjudicate } from './adjudicator.js';
import { loadReceipts } from './load-receipts.js';
import { prepareClaims, type PreparedClaim } from './prepare-claims.js';
import { rowsOf } from './rows-of.js';
import type { SubmitClaimsResult } from './types.js';
import { ConcurrentChange, writeClaims } from './write-claims.js';

export interface SubmitClaimsOptions {
  catalogs: Catalogs;
  adjudicate: Adjudicate;
  today: string;
  interchangeId?: string | null;
  /** Skip reading the receipts back (bulk loads and the benchmark only need the counts). */
  countsOnly?: boolean;
}

/** Attempts before giving up: the first reads context optimistically, the rest under the members' locks. */
const MAX_ATTEMPTS = 4;

/**
 * Submits a batch of claims (JSON or mapped from an 837). Bad input rejects the batch with field paths and
 * writes nothing. Idempotent on (billing NPI, submission key): a key seen before returns the stored claim and
 * pays nothing twice. New claims are adjudicated per member in date order and recorded in one transaction;
 * when a concurrent submission took the same units first, the batch is re-adjudicated with fresh context.
 */
export async function submitClaims(db: Db, caller: Caller, input: unknown[], opts: SubmitClaimsOptions): Promise<Result<SubmitClaimsResult>> {
  if (caller.role === 'auditor') return fail(problems.forbidden());
  const prepared = await prepareClaims(db, caller, opts.catalogs, input, opts.today);
  if (!prepared.ok) return prepared;

  const keyOf = (c: PreparedClaim) => `${c.submission.billingProvider.npi}\u0000${c.submission.submissionKey}`;
  const firstByKey = new Map<string, PreparedClaim>();
  for (const c of prepared.value) if (!firstByKey.has(keyOf(c))) firstByKey.set(keyOf(c), c);

  let existing = new Map<string, string>();
  const written = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    existing = await findExisting(db, [...firstByKey.values()]);
    const pending = [...firstByKey.values()].filter((c) => !existing.has(keyOf(c)) && !written.has(c.claimId));
    if (!pending.length) break;
    try {
      await writeClaims(db, caller, pending, { catalogs: opts.catalogs, adjudicate: opts.adjudicate, mode: attempt === 0 ? 'optimistic' : 'locked', interchangeId: opts.interchangeId });
      pending.forEach((c) => written.add(c.claimId));
      break;
    } catch (err) {
      if (!(err instanceof ConcurrentChange) || attempt + 1 >= MAX_ATTEMPTS) throw err;
    }
  }

  const idOf = (c: PreparedClaim) => (written.has(firstByKey.get(keyOf(c))!.claimId) ? firstByKey.get(keyOf(c))!.claimId : existing.get(keyOf(c))!);
  const ids = prepared.value.map(idOf);
  const isDuplicate = prepared.value.map((c, i) => ids[i] !== c.claimId);
  const receipts = opts.countsOnly ? [] : (await loadReceipts(db, ids)).map((r, i) => ({ ...r, duplicate: isDuplicate[i]! }));
  return ok({ accepted: written.size, duplicates: isDuplicate.filter(Boolean).length, claims: receipts });
}

/** Claim ids already stored for the batch's (billing NPI, submission key) pairs. */
async function findExisting(db: Db, claims: PreparedClaim[]): Promise<Map<string, string>> {
  const rows = rowsOf(await db.execute(sql`select c.id, c.billing_npi, c.submission_key from claims c
    join unnest(${sql.param(claims.map((c) => c.submission.billingProvider.npi))}::text[], ${sql.param(claims.map((c) => c.submission.submissionKey))}::text[]) as k(npi, skey)
      on c.billing_npi = k.npi and c.submission_key = k.skey`));
  return new Map(rows.map((r) => [`${r.billing_npi}\u0000${r.submission_key}`, r.id as string]));
}
