import fs from 'node:fs';
import path from 'node:path';
import type { Catalogs } from '../catalog/index.js';
import type { KnownIds } from '../data-import/check-references.js';
import { generateProgram } from '../data-import/generate-program.js';
import { importBundle } from '../data-import/import-bundle.js';
import { migrate, openDatabase } from '../platform/db/index.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { addDays } from './engine/dates.js';
import { DEMO_CLAIMS, generateDemoClaims } from './generate-demo-claims.js';
import type { ClaimSubmission } from './submission.js';
import { write837ToString } from './x12/write-837.js';

export interface DemoFilesOptions {
  catalogs: Catalogs; known: KnownIds; packDir: string; outDir: string; members: number; seed: number; program: string;
  /** The demo program's today (as the running demo was started with). */
  asOf: string;
  /** The day the files' claims are received: their four weeks of service end here. Default: four weeks before `asOf`. */
  billedOn?: string;
}

/**
 * Writes the demo claims as 837P files, one per billing provider (`<npi>.837`), from the demo program generated
 * in a throw-away in-memory database: same members and seed, same files. By default they bill the four weeks before
 * the ones the running demo billed at start-up, so importing them into it adds a month of claims instead of repeating
 * claims it already has (which the duplicate edits would deny).
 */
export async function writeDemo837s(opts: DemoFilesOptions): Promise<string[]> {
  const database = await openDatabase({ memory: true });
  try {
    await migrate(database);
    const imported = await importBundle(database, SYSTEM_CALLER, generateProgram({ members: opts.members, seed: opts.seed, packDir: opts.packDir, asOf: opts.asOf }), opts.known);
    if (!imported.ok) throw new Error(`The demo program did not import: ${imported.problem.title}`);
    const billedOn = opts.billedOn ?? addDays(opts.asOf, -28);
    const claims = await generateDemoClaims(database.db, opts.catalogs, { program: opts.program, count: DEMO_CLAIMS, seed: 7, asOf: billedOn });
    const byNpi = new Map<string, ClaimSubmission[]>();
    for (const c of claims) byNpi.set(c.billingProvider.npi, [...(byNpi.get(c.billingProvider.npi) ?? []), c]);
    fs.mkdirSync(opts.outDir, { recursive: true });
    const written: string[] = [];
    [...byNpi.keys()].sort().forEach((npi, i) => {
      const file = path.join(opts.outDir, `${npi}.837`);
      fs.writeFileSync(file, write837ToString(byNpi.get(npi)!, {
        sender: npi, receiver: 'DEMOPAYER', controlNumber: 1000 + i, groupControlNumber: 1, date: billedOn, time: '09:00', usage: 'T',
      }));
      written.push(file);
    });
    return written;
  } finally {
    await database.close();
  }
}
