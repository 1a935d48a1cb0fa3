import type { Catalogs } from '../catalog/index.js';
import type { Database } from '../platform/db/index.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { loadAdjudicator, type Adjudicate } from './adjudicator.js';
import { DEMO_CLAIMS, generateDemoClaims } from './generate-demo-claims.js';
import { runPaymentCycle } from './run-payment-cycle.js';
import { submitClaims } from './submit-claims.js';
import { remittance835 } from './x12-answers.js';

export interface SeededDemoClaims {
  claims: number;
  accepted: number;
  remittances: number;
  /** Claim lines by status after adjudication (paid, reduced, denied, pended …), across all claims in the database. */
  lines: Record<string, number>;
}

export interface SeedDemoClaimsOptions {
  catalogs: Catalogs;
  program: string;
  /** At most this many claims (default: enough for a month of every member's Recovery Plan). */
  count?: number;
  seed?: number;
  /** The demo data's "today" (the generator's asOf). */
  asOf?: string;
  adjudicate?: Adjudicate;
}

/**
 * Puts a month of demo claims (the four weeks before `asOf`, billed by each member's providers) through the real
 * pipeline (intake, engine, consumption) on a freshly seeded demo database, then runs one payment cycle, so the
 * claims, remittance and 835 pages have something to show: most lines paid, a minority denied, reduced or pended
 * for their stated reasons. Idempotent: the claims' submission keys are fixed, so a second call pays nothing twice.
 */
export async function seedDemoClaims(database: Database, opts: SeedDemoClaimsOptions): Promise<SeededDemoClaims> {
  const asOf = opts.asOf ?? '2025-06-30';
  const claims = await generateDemoClaims(database.db, opts.catalogs, { program: opts.program, count: opts.count ?? DEMO_CLAIMS, seed: opts.seed ?? 7, asOf });
  const adjudicate = opts.adjudicate ?? await loadAdjudicator();
  let accepted = 0;
  for (let i = 0; i < claims.length; i += 500) {
    const result = await submitClaims(database.db, SYSTEM_CALLER, claims.slice(i, i + 500), { catalogs: opts.catalogs, adjudicate, today: asOf, countsOnly: true });
    if (!result.ok) throw new Error(`Demo claims were refused: ${result.problem.title} ${JSON.stringify(result.problem.errors?.slice(0, 5))}`);
    accepted += result.value.accepted;
  }
  const cycle = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: opts.catalogs, today: asOf, write835: remittance835(opts.catalogs) });
  const lines = await database.query<{ status: string; n: number }>('select status, count(*)::int as n from claim_lines group by status order by status');
  return { claims: claims.length, accepted, remittances: cycle.ok ? cycle.value.remittances.length : 0, lines: Object.fromEntries(lines.map((l) => [l.status, l.n])) };
}
