import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/index.js';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import type { Policy } from '../../app/load-policy.js';
import { loadAdjudicator } from '../../claims/adjudicator.js';
import { import837 } from '../../claims/import-837.js';
import { runPaymentCycle } from '../../claims/run-payment-cycle.js';
import { loadRemittance } from '../../claims/store.js';
import { remittanceCsv } from '../../claims/remittance-csv.js';
import type { RemittanceDocument } from '../../claims/remittance-document.js';
import { ack999, remittance835 } from '../../claims/x12-answers.js';
import { writeDemo837s } from '../../claims/write-demo-837s.js';
import { renderTable } from '../render-table.js';

/**
 * `openhcbs claims import <file.837>`: streams an 837P through intake and adjudication with a progress bar,
 * prints counts and outcomes, writes the 999 beside the file. `openhcbs claims pay`: runs a payment cycle and
 * writes each remittance as 835, JSON and CSV.
 */
export function registerClaims(program: Command, openDb: () => Promise<Database>, policy: () => Promise<Policy>): void {
  const claims = program.command('claims').description('Claims: import 837P files, run payment cycles');

  claims.command('import')
    .argument('<file>', 'an 837P interchange')
    .option('--program <id>', 'policy pack the claims are billed under (default: the first pack that publishes rates)')
    .description('Adjudicate an 837P file (re-importing it pays nothing twice); writes <file>.999')
    .action(async (file: string, o: { program?: string }) => {
      const loaded = await policy();
      o.program ??= loaded.defaultProgram;
      if (!o.program || !loaded.catalogs.get(o.program)) { console.error(`Unknown program ${o.program ?? '(none loaded)'}`); process.exitCode = 1; return; }
      const database = await openDb();
      const size = fs.statSync(file).size;
      const bar = new cliProgress.SingleBar({ format: 'Importing |{bar}| {percentage}% {value}/{total} bytes, {claims} claims', hideCursor: true },
        cliProgress.Presets.shades_classic);
      bar.start(size, 0, { claims: 0 });
      let bytes = 0;
      async function* counted() {
        for await (const chunk of fs.createReadStream(file)) { bytes += (chunk as Buffer).length; yield chunk as Buffer; }
      }
      try {
        const result = await import837(database.db, SYSTEM_CALLER, counted(), {
          catalogs: loaded.catalogs, adjudicate: await loadAdjudicator(), today: loaded.today(), program: o.program, receivedOn: loaded.today(),
          write999: ack999, onProgress: ({ claims: n }) => bar.update(bytes, { claims: n }),
        });
        bar.update(size); bar.stop();
        if (!result.ok) { console.error(result.problem.title); process.exitCode = 1; return; }
        const r = result.value;
        const byStatus = new Map<string, number>();
        for (const c of r.claims) { const k = c.ok ? c.status ?? '?' : 'rejected'; byStatus.set(k, (byStatus.get(k) ?? 0) + 1); }
        console.log(renderTable(['outcome', 'claims'], [...byStatus].map(([k, n]) => [k, String(n)]), { align: ['left', 'right'] }));
        for (const c of r.claims.filter((x) => !x.ok).slice(0, 20)) {
          console.log(`  rejected ${c.patientControlNumber ?? '?'}: ${(c.errors ?? []).map((e) => `${e.segment} ${e.loop}${e.element ? ` ${e.element}` : ''}${e.line ? ` line ${e.line}` : ''}: ${e.message}`).join('; ')}`);
        }
        console.log(`Accepted ${r.accepted}, already received ${r.duplicates}, rejected ${r.rejected} (interchange ${r.interchange.control}${r.interchange.repeated ? ', sent before' : ''}).`);
        if (r.ack999) { fs.writeFileSync(`${file}.999`, r.ack999); console.log(`999 written to ${file}.999`); }
      } finally {
        bar.stop();
        await database.close();
      }
    });

  claims.command('pay')
    .option('--out <dir>', 'folder for the 835, JSON and CSV files', 'remittances')
    .description('Run a payment cycle: remit every adjudicated, unremitted line per payee')
    .action(async (o: { out: string }) => {
      const loaded = await policy();
      const database = await openDb();
      try {
        const today = Temporal.Now.plainDateISO().toString();
        const result = await runPaymentCycle(database.db, SYSTEM_CALLER, { catalogs: loaded.catalogs, today: loaded.today?.() ?? today, write835: remittance835(loaded.catalogs) });
        if (!result.ok) { console.error(result.problem.title); process.exitCode = 1; return; }
        fs.mkdirSync(o.out, { recursive: true });
        for (const s of result.value.remittances) {
          const r = (await loadRemittance(database.db, SYSTEM_CALLER, s.id))!;
          const base = path.join(o.out, `${s.runOn}-${s.payeeNpi}-${s.id.slice(0, 8)}`);
          if (r.x12) fs.writeFileSync(`${base}.835`, r.x12);
          fs.writeFileSync(`${base}.json`, JSON.stringify(r.document, null, 2));
          fs.writeFileSync(`${base}.csv`, remittanceCsv(r.document as RemittanceDocument));
        }
        console.log(renderTable(['payee', 'claims', 'lines', 'paid', 'recouped', 'net'], result.value.remittances.map((s) =>
          [s.organizationName ?? s.payeeNpi, String(s.claimCount), String(s.lineCount), s.totalPaid, s.totalRecouped, s.netPayment]), { align: ['left', 'right', 'right', 'right', 'right', 'right'] }));
        console.log(`Payment cycle ${result.value.id}: ${result.value.lineCount} lines, ${result.value.totalPaid} paid; files in ${o.out}/`);
      } finally {
        await database.close();
      }
    });

  claims.command('demo-files')
    .option('--out <dir>', 'folder for the files', 'demo/claims')
    .option('--members <n>', 'demo members (default: DEMO_MEMBERS, else 300)', process.env.DEMO_MEMBERS ?? '300')
    .option('--seed <n>', 'demo seed', '2025')
    .option('--as-of <date>', "the demo's today, YYYY-MM-DD (default: DEMO_AS_OF, else today in the program's time zone)")
    .description('Write demo claims as 837P files, one per billing provider (deterministic for the same seed and date):\nthe members of the demo database started with the same DEMO_MEMBERS, DEMO_SEED and date, billing the four weeks\nbefore the ones it billed at start-up, so `claims import` adds a month of claims to it')
    .action(async (o: { out: string; members: string; seed: string; asOf?: string }) => {
      const loaded = await policy();
      const program = process.env.DEMO_PROGRAM ?? loaded.defaultProgram;
      if (!program || !loaded.catalogs.get(program)) throw new Error(`No policy pack to write demo claims for (DEMO_PROGRAM=${process.env.DEMO_PROGRAM ?? ''}).`);
      const packDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../policy', program);
      const asOf = o.asOf ?? process.env.DEMO_AS_OF ?? loaded.today();
      const files = await writeDemo837s({ catalogs: loaded.catalogs, known: loaded.known, packDir, outDir: o.out, members: Number(o.members), seed: Number(o.seed), program, asOf });
      console.log(`Wrote ${files.length} 837 files to ${o.out}/`);
    });
}
