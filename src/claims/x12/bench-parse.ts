// Parse-speed figure for the 837P reader: `npx tsx src/claims/x12/bench-parse.ts [lines]` (default 100,000 segment lines).
import { Readable } from 'node:stream';
import { read837 } from './read-837.js';
import { write837 } from './write-837.js';
import { aClaim, anEnvelope } from './a-claim.fixture.js';

const target = Number(process.argv[2] ?? 100_000);
const perClaim = 12; // segment lines one two-line claim of aClaim() writes
const claims = function* () { for (let i = 0; i < Math.ceil(target / perClaim); i++) yield aClaim({ patientControlNumber: `PCN${i}`, member: { medicaidId: `M${i % 5000}`, lastName: 'DOE' } }); };
const w0 = process.hrtime.bigint();
const chunks = [...write837(claims(), anEnvelope)].map((s) => Buffer.from(s, 'latin1'));
const writeSeconds = Number(process.hrtime.bigint() - w0) / 1e9;
const bytes = chunks.reduce((n, c) => n + c.length, 0);
const lines = chunks.reduce((n, c) => n + c.toString('latin1').split('\n').length - 1, 0);
console.log(`write837: ${lines.toLocaleString()} segment lines in ${writeSeconds.toFixed(3)} s = ${Math.round(lines / writeSeconds).toLocaleString()} lines/s`);
// The first runs include JIT warm-up; the last is the steady-state figure.
for (let run = 0; run < 5; run++) {
  let ok = 0, bad = 0;
  const t0 = process.hrtime.bigint(), cpu0 = process.cpuUsage();
  for await (const e of read837(Readable.from(chunks), { program: 'bench' })) if (e.type === 'claim') e.ok ? ok++ : bad++;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6; // on a shared machine CPU time is the fairer one-core figure
  console.log(`run ${run + 1}: ${lines.toLocaleString()} segment lines (${(bytes / 1e6).toFixed(1)} MB, ${ok} claims ok, ${bad} rejected) in ${s.toFixed(3)} s wall = ${Math.round(lines / s).toLocaleString()} lines/s; ${cpuS.toFixed(3)} s CPU = ${Math.round(lines / cpuS).toLocaleString()} lines/CPU-s`);
}
