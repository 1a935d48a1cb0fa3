import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { ok, type Result } from '../platform/http/problems.js';
import type { ClaimSubmission } from './submission.js';
import type { InterchangeEvent } from './x12/read-837-event.js';
import { read837 } from './x12/read-837.js';
import type { X12Source } from './x12/tokenize-x12.js';
import type { X12Error } from './x12/x12-error.js';
import { rowsOf } from './rows-of.js';
import { submitClaims, type SubmitClaimsOptions } from './submit-claims.js';

export interface ImportedClaim {
  patientControlNumber: string | null;
  ok: boolean;
  claimId?: string;
  duplicate?: boolean;
  status?: string;
  totalPaid?: string;
  errors?: Array<Pick<X12Error, 'segment' | 'loop' | 'element' | 'message'> & { line?: number; path?: string }>;
}

export interface Import837Result {
  interchange: { sender: string; control: string; ok: boolean; repeated: boolean };
  accepted: number;
  duplicates: number;
  rejected: number;
  claims: ImportedClaim[];
  /** The 999 acknowledgement, when a writer is available. */
  ack999: string | null;
}

export interface Import837Options extends SubmitClaimsOptions {
  program: string;
  receivedOn?: string;
  /** Claims per submission batch (one transaction each). */
  batchSize?: number;
  /** Keep per-claim results (the CLI and the HTTP route do; the benchmark only counts). */
  keepResults?: boolean;
  onProgress?: (p: { claims: number; bytes?: number }) => void;
  write999?: (interchange: InterchangeEvent) => string;
}

/**
 * Imports an 837P interchange, streaming: claims are submitted a transaction set (or `batchSize` claims) at a
 * time through the same use case as JSON claims. Re-sending the same interchange pays nothing twice — each
 * claim's submission key is its envelope ids + patient control number — and the stored answer is returned.
 * A claim with X12 or validation errors is rejected alone; a set that fails its envelope checks rejects its claims.
 */
export async function import837(db: Db, caller: Caller, source: X12Source, opts: Import837Options): Promise<Result<Import837Result>> {
  const batchSize = opts.batchSize ?? 2000;
  const keep = opts.keepResults ?? true;
  const result: Import837Result = { interchange: { sender: '', control: '', ok: false, repeated: false }, accepted: 0, duplicates: 0, rejected: 0, claims: [], ack999: null };
  let pending: ClaimSubmission[] = [];
  let seen = 0;

  // One batch is written while the next is read and parsed: the database works while this process parses.
  // Batches still commit one after another, in file order (a later batch's context includes the earlier ones).
  let inflight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    await inflight;
    if (!batch.length) return;
    inflight = submitBatch(batch);
    inflight.catch(() => undefined); // awaited at the next flush or at the end; this only silences the interim
  };
  const submitBatch = async (claims: ClaimSubmission[]) => {
    let batch = claims;
    while (batch.length) {
      const submitted = await submitClaims(db, caller, batch, { ...opts, countsOnly: !keep });
      if (submitted.ok) {
        result.accepted += submitted.value.accepted;
        result.duplicates += submitted.value.duplicates;
        if (keep) for (const r of submitted.value.claims) result.claims.push({ patientControlNumber: r.patientControlNumber, ok: true, claimId: r.claimId, duplicate: r.duplicate, status: r.status, totalPaid: r.totalPaid });
        break;
      }
      // Reject the claims the problem names and submit the rest again.
      const bad = new Map<number, NonNullable<ImportedClaim['errors']>>();
      for (const e of submitted.problem.errors ?? []) {
        const index = Number(e.path.split('.')[1]);
        bad.set(index, [...(bad.get(index) ?? []), { segment: 'CLM', loop: '2300', message: e.message, path: e.path.split('.').slice(2).join('.') }]);
      }
      if (!bad.size) throw new Error(`Claim batch refused: ${submitted.problem.title}`);
      for (const [index, errors] of bad) {
        result.rejected++;
        if (keep) result.claims.push({ patientControlNumber: batch[index]?.patientControlNumber ?? null, ok: false, errors });
      }
      batch = batch.filter((_, i) => !bad.has(i));
    }
  };

  for await (const event of read837(source, { program: opts.program, receivedOn: opts.receivedOn })) {
    if (event.type === 'claim') {
      seen++;
      if (event.ok) pending.push(event.claim);
      else {
        result.rejected++;
        if (keep) result.claims.push({ patientControlNumber: event.patientControlNumber ?? null, ok: false, errors: event.errors.map(slim) });
      }
      if (pending.length >= batchSize) await flush();
      if (seen % 1000 === 0) opts.onProgress?.({ claims: seen });
    } else if (event.type === 'transaction-set') {
      if (event.ok) await flush();
      else {
        result.rejected += pending.length;
        if (keep) for (const c of pending) result.claims.push({ patientControlNumber: c.patientControlNumber, ok: false, errors: event.errors.map(slim) });
        pending = [];
      }
    } else if (event.type === 'interchange') {
      result.interchange = { sender: event.sender, control: event.control, ok: event.ok, repeated: false };
      result.ack999 = opts.write999?.(event) ?? null;
    }
  }
  await flush();
  await inflight;
  opts.onProgress?.({ claims: seen });

  if (result.interchange.control) {
    const stored = rowsOf(await db.execute(sql`insert into interchanges (id, sender_id, control_number, claim_count, ack_999, results)
      values (${randomUUID()}, ${result.interchange.sender}, ${result.interchange.control}, ${seen}, ${result.ack999}, ${JSON.stringify({ accepted: result.accepted, rejected: result.rejected })}::jsonb)
      on conflict (sender_id, control_number) do update set claim_count = excluded.claim_count returning (xmax::text <> '0') as repeated`));
    result.interchange.repeated = Boolean(stored[0]?.repeated);
  }
  return ok(result);
}

function slim(e: X12Error): NonNullable<ImportedClaim['errors']>[number] {
  return { segment: e.segment, loop: e.loop, ...(e.element ? { element: e.element } : {}), message: e.message, line: e.position.line };
}
