// `npm run bench:claims -- [--lines N] [--skip-pglite]`: lines/second for 837 parsing, the engine alone, end to end
// (837 → persisted outcomes → 835) on PostgreSQL and PGlite, and raw COPY into PostgreSQL as the physical reference.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, type Database } from '../../platform/db/index.js';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import { loadPolicy } from '../../app/load-policy.js';
import { generateProgram } from '../../data-import/generate-program.js';
import { importBundle } from '../../data-import/import-bundle.js';
import { seededRandom } from '../../data-import/seeded-random.js';
import { loadAdjudicator } from '../adjudicator.js';
import { import837 } from '../import-837.js';
import { loadMemberContexts } from '../load-member-contexts.js';
import { adjudicateBatch } from '../engine/adjudicate-batch.js';
import { adjudicateCounting, batchesOf } from '../engine/engine-batches.js';
import { measureOnCores } from '../engine/on-cores.js';
import { prepareClaims } from '../prepare-claims.js';
import { rowsOf } from '../rows-of.js';
import { runPaymentCycle } from '../run-payment-cycle.js';
import type { ClaimLineSubmission, ClaimSubmission } from '../submission.js';
import { read837 } from '../x12/read-837.js';
import { write837 } from '../x12/write-837.js';
import { remittance835 } from '../x12-answers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const LINES = Number(flag('--lines') ?? 1_000_000);
const SKIP_PGLITE = args.includes('--skip-pglite');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MEMBERS = Math.max(200, Math.round(LINES / 100));
const LINES_PER_CLAIM = 5;
const AS_OF = '2025-06-30';
/** The pack's codes are in force from here; earlier days would all deny as invalid-code-for-date. */
const FIRST_DAY = '2025-02-01';

const results: Array<[string, number, number]> = [];
const bar = new cliProgress.SingleBar({ format: '{stage} |{bar}| {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
const stage = async <T>(name: string, total: number, run: (tick: (n: number) => void) => Promise<T>): Promise<T> => {
  bar.start(total, 0, { stage: name.padEnd(28) });
  try { return await run((n) => bar.update(n)); } finally { bar.stop(); }
};
const timed = async (label: string, lines: number, run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  const s = (performance.now() - t0) / 1000;
  results.push([label, lines, s]);
  console.log(`${label}: ${lines.toLocaleString()} lines in ${s.toFixed(1)} s = ${Math.round(lines / s).toLocaleString()} lines/s`);
};

async function throwAwayPostgres(): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const name = `openhcbs_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect(); await admin.query(`create database ${name}`); await admin.end();
  const url = new URL(ADMIN_URL); url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  return {
    database, url: url.toString(),
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect(); await c.query(`drop database if exists ${name} with (force)`); await c.end();
    },
  };
}

/**
 * N lines of claims billed the way a careful provider bills: each claim is one member's plan line (code, provider),
 * its lines on distinct days inside the plan line and, where one exists, its approved authorization; timed codes in
 * minutes (MJ), per diems one a day, monthly codes once a month. Limits, authorizations running out and the engine's
 * other edits still deny or reduce a realistic minority.
 */
async function benchClaims(database: Database, catalogs: Awaited<ReturnType<typeof loadPolicy>>['catalogs']): Promise<ClaimSubmission[]> {
  const catalog = catalogs.get('de-promise')!;
  const rows = rowsOf(await database.db.execute(sql`select pl.code, m.medicaid_id, o.npi,
      greatest(pl.from_date, coalesce(a.from_date, pl.from_date), ${FIRST_DAY}::date)::text as first_day,
      least(coalesce(pl.to_date, ${AS_OF}::date), coalesce(a.to_date, ${AS_OF}::date), ${AS_OF}::date)::text as last_day,
      (select s.npi from staff s where s.organization_id = o.id and s.npi is not null order by s.npi limit 1) as staff_npi
    from plan_lines pl join members m on m.id = pl.member_id join organizations o on o.id = pl.organization_id
      left join lateral (select a.from_date, a.to_date from authorizations a where a.member_id = pl.member_id and a.service = pl.service
        and a.organization_id = pl.organization_id and a.status = 'approved' order by a.to_date desc limit 1) a on true
    where pl.status = 'active' and pl.code is not null order by m.medicaid_id, pl.service, pl.from_date, pl.code, o.npi`))
    .filter((r) => catalog.code(r.code) && r.first_day <= r.last_day);
  const rng = seededRandom(11);
  const claims: ClaimSubmission[] = [];
  const DAY = 86_400_000;
  const billed = new Map<number, number>(); // lines billed so far per plan line: the next claim continues after them
  for (let made = 0, i = 0, idle = 0; made < LINES; i++) {
    const row = i % rows.length;
    const r = rows[row]!;
    const code = catalog.code(r.code)!;
    const unit = catalog.unitOf(code.id);
    const first = Date.parse(r.first_day), days = Math.round((Date.parse(r.last_day) - first) / DAY) + 1;
    // Distinct days (months for monthly codes) in order; a plan line whose span is used up is not billed again.
    const step = unit.kind === 'month' ? 31 : 1;
    const done = billed.get(row) ?? 0;
    const room = Math.floor((days - 1) / step) + 1 - done;
    if (room <= 0) { if (++idle > rows.length) throw new Error(`Only ${made} lines fit the synthetic program's plan lines; use more members`); continue; }
    idle = 0;
    // The code's implied setting decides the place of service: clinic codes in an office, the rest at home. Codes
    // priced by home size or group size carry them (the 837's K3), as a careful provider's claims do.
    const pos = code.implies?.setting === 'clinic' ? '11' : '12';
    const census = code.dimensions.includes('residents') ? { residents: 6 } : {};
    const groupMin = (code.implies?.groupSize as { min?: number } | undefined)?.min ?? 1;
    const group = code.dimensions.includes('groupSize') || groupMin > 1 ? { groupSize: Math.max(groupMin, 3) } : {};
    const lines: ClaimLineSubmission[] = [];
    for (let k = 0; k < Math.min(LINES_PER_CLAIM, room) && made < LINES; k++, made++) {
      const day = new Date(first + (done + k) * step * DAY).toISOString().slice(0, 10);
      const minutes = unit.kind === 'timed' ? 15 * rng.int(1, 4) : 60;
      lines.push({ lineNumber: k + 1, serviceDate: day, code: code.code, modifiers: [...code.modifiers], quantity: unit.kind === 'timed' ? minutes : 1,
        quantityBasis: unit.kind === 'timed' ? 'MJ' : 'UN', minutes, placeOfService: pos, ...census, ...group,
        chargeAmount: (unit.kind === 'timed' ? (minutes / 15) * 40 : 400).toFixed(2), ...(r.staff_npi ? { renderingNpi: r.staff_npi } : {}) });
    }
    billed.set(row, done + lines.length);
    claims.push({ program: 'de-promise', submissionKey: `bench-${i}`, patientControlNumber: `B${i}`, frequency: '1', billingProvider: { npi: r.npi },
      member: { medicaidId: r.medicaid_id }, totalCharge: lines.reduce((s, l) => s + Number(l.chargeAmount), 0).toFixed(2), receivedOn: AS_OF, lines });
  }
  return claims;
}

async function loadProgram(database: Database, policy: Awaited<ReturnType<typeof loadPolicy>>) {
  const bundle = generateProgram({ members: MEMBERS, seed: 3, packDir: path.join(root, 'policy/de-promise') });
  const imported = await importBundle(database, SYSTEM_CALLER, bundle, policy.known);
  if (!imported.ok) throw new Error(`program import failed: ${imported.problem.title}`);
}

async function endToEnd(label: string, database: Database, file: Buffer[], policy: Awaited<ReturnType<typeof loadPolicy>>, adjudicate: Awaited<ReturnType<typeof loadAdjudicator>>, claimCount: number) {
  await timed(label, LINES, () => stage(label, claimCount, async (tick) => {
    const started = performance.now();
    const imported = await import837(database.db, SYSTEM_CALLER, Readable.from(file), {
      catalogs: policy.catalogs, adjudicate, today: AS_OF, program: 'de-promise', receivedOn: AS_OF, batchSize: 4000, keepResults: false,
      onProgress: ({ claims }) => tick(claims),
    });
    if (!imported.ok || imported.value.rejected) throw new Error(`import failed: ${JSON.stringify(imported.ok ? imported.value.rejected : imported.problem)}`);
    const paying = performance.now();
    console.log(`\n  837 → persisted outcomes: ${((paying - started) / 1000).toFixed(1)} s`);
    const cycle = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: policy.catalogs, today: AS_OF, write835: remittance835(policy.catalogs) });
    if (!cycle.ok) throw new Error(`payment cycle failed: ${cycle.problem.title}`);
    console.log(`  payment cycle (${cycle.value.lineCount.toLocaleString()} lines, ${cycle.value.remittances.length} remittances with 835s): ${((performance.now() - paying) / 1000).toFixed(1)} s`);
  }));
  const statuses = await database.query<{ status: string; n: string }>(`select status, count(*) as n from claim_lines group by status order by status`);
  console.log(`  outcomes: ${statuses.map((s) => `${s.status} ${Number(s.n).toLocaleString()}`).join(', ')}`);
  const reasons = await database.query<{ reason: string; n: string }>(`select f->>'reason' as reason, count(*) as n from claim_lines, jsonb_array_elements(findings) f
    group by 1 order by 2 desc limit 5`);
  const size = await database.query<{ bytes: string }>(`select avg(pg_column_size(trace) + pg_column_size(findings))::int as bytes from claim_lines`);
  console.log(`  top reasons: ${reasons.map((r) => `${r.reason} ${Number(r.n).toLocaleString()}`).join(', ')}; findings+trace ≈ ${size[0]?.bytes} bytes a line`);
}

async function main() {
  console.log(`Claims benchmark: ${LINES.toLocaleString()} service lines, ${MEMBERS.toLocaleString()} members, ${LINES_PER_CLAIM} lines a claim (${os.cpus().length} CPUs)`);
  const policy = await loadPolicy(path.join(root, 'policy'));
  const adjudicate = await loadAdjudicator();
  const pgDb = await throwAwayPostgres();
  try {
    await stage('loading synthetic program', 1, async (tick) => { await loadProgram(pgDb.database, policy); tick(1); });
    const claims = await benchClaims(pgDb.database, policy.catalogs);
    const file = [...write837(claims, { sender: 'BENCH', receiver: 'PAYER', controlNumber: 1, groupControlNumber: 1, date: AS_OF, time: '12:00', usage: 'T' })]
      .map((s) => Buffer.from(s, 'latin1'));
    console.log(`837 file: ${(file.reduce((n, b) => n + b.length, 0) / 1e6).toFixed(1)} MB, ${claims.length.toLocaleString()} claims`);

    await timed('parse 837', LINES, () => stage('parse 837', claims.length, async (tick) => {
      let n = 0;
      for await (const e of read837(Readable.from(file), { program: 'de-promise' })) if (e.type === 'claim' && ++n % 5000 === 0) tick(n);
    }));

    const prepared = await prepareClaims(pgDb.database.db, SYSTEM_CALLER, policy.catalogs, claims, AS_OF);
    if (!prepared.ok) throw new Error('bench claims did not validate');
    const byMember = new Map<string, typeof prepared.value[number]['lines']>();
    for (const c of prepared.value) { const l = byMember.get(c.memberId!) ?? []; l.push(...c.lines); byMember.set(c.memberId!, l); }
    const contexts = await loadMemberContexts(pgDb.database.db, {
      memberIds: [...byMember.keys()], organizationIds: prepared.value.map((c) => c.billingOrganizationId!).filter(Boolean),
      staffIds: prepared.value.flatMap((c) => c.lines.map((l) => l.renderingStaffId!)).filter(Boolean),
    });
    const catalog = policy.catalogs.get('de-promise')!;
    // Warmed up, best of three, as the several-core measure is: the engine's steady rate, not the JIT's first pass.
    // A batch at a time (the pipeline's size), outcomes let go after each, as the pipeline does once they are stored.
    const batches = batchesOf([...byMember.values()].flat());
    const contextOf = (key: string) => contexts.byMember.get(key) ?? contexts.unknownMember;
    const engineRun = () => adjudicateCounting(batches, (batch) => adjudicateBatch(catalog, batch, contextOf));
    engineRun();
    let engineBest = Infinity;
    for (let round = 0; round < 3; round++) { const t0 = performance.now(); engineRun(); engineBest = Math.min(engineBest, (performance.now() - t0) / 1000); }
    results.push(['engine alone (in memory, one core)', LINES, engineBest]);
    console.log(`engine alone on one core: ${LINES.toLocaleString()} lines in ${engineBest.toFixed(1)} s = ${Math.round(LINES / engineBest).toLocaleString()} lines/s`);
    const cores = Math.max(2, os.availableParallelism());
    const parallel = await measureOnCores(path.join(root, 'policy/de-promise'), [...byMember.values()].flat(), contextOf, cores);
    results.push([`engine alone (${cores} cores, worker threads)`, LINES, parallel.seconds]);
    console.log(`engine alone on ${cores} cores: ${LINES.toLocaleString()} lines in ${parallel.seconds.toFixed(1)} s = ${Math.round(parallel.linesPerSecond).toLocaleString()} lines/s`);

    await endToEnd('end to end on PostgreSQL', pgDb.database, file, policy, adjudicate, claims.length);

    await pgDb.database.exec(`create unlogged table bench_copy (like claim_lines including defaults)`);
    const csvPath = path.join(os.tmpdir(), `openhcbs-bench-${process.pid}.csv`);
    await pgDb.database.exec(`copy (select * from claim_lines) to '${csvPath}' with (format csv)`).catch(() => undefined);
    if (fs.existsSync(csvPath)) {
      await timed('raw COPY into PostgreSQL', LINES, () => pgDb.database.exec(`copy bench_copy from '${csvPath}' with (format csv)`));
      fs.rmSync(csvPath, { force: true });
    } else {
      await timed('raw insert … select into PostgreSQL (COPY file not reachable)', LINES, () => pgDb.database.exec(`insert into bench_copy select * from claim_lines`));
    }

    if (!SKIP_PGLITE) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhcbs-bench-pglite-'));
      const lite = await openDatabase({ dataDir });
      try {
        await migrate(lite);
        await stage('loading program (PGlite)', 1, async (tick) => { await loadProgram(lite, policy); tick(1); });
        await endToEnd('end to end on PGlite', lite, file, policy, adjudicate, claims.length);
      } finally {
        await lite.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await pgDb.drop();
  }
  console.log('\nstage                                         lines/s');
  for (const [label, lines, s] of results) console.log(`${label.padEnd(44)}${Math.round(lines / s).toLocaleString().padStart(10)}`);
}

main().catch((err) => { bar.stop(); console.error(err); process.exit(1); });
