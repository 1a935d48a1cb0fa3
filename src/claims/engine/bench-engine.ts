// Throughput of the in-memory engine: `npx tsx src/claims/engine/bench-engine.ts [lines]`. Prints lines/second on one
// core and on every core (worker threads).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCatalog, formatPackIssue, loadPack } from '../../catalog/index.js';
import { adjudicateBatch } from './adjudicate-batch.js';
import { adjudicateCounting, batchesOf } from './engine-batches.js';
import { measureOnCores } from './on-cores.js';
import type { ClaimLine, MemberContext, OrganizationFacts, StaffFacts, TeamFacts } from './types.js';

const N = Number(process.argv[2] ?? 200_000);
const loaded = await loadPack(fileURLToPath(new URL('../../../policy/de-promise', import.meta.url)));
if (!loaded.ok) throw new Error(loaded.problem.issues.map(formatPackIssue).join('\n'));
const catalog = buildCatalog(loaded.value);

const enrolled = (providerType: string) => ({ program: 'de-promise', providerType, status: 'active', certifiedThrough: '2027-12-31', lastVerifiedOn: '2025-01-01', from: '2024-01-01', to: null });
const organizations = new Map<string, OrganizationFacts>([
  ['ACT', { id: 'ACT', npi: '1', enrollments: [enrolled('act-team')] }],
  ['ICM', { id: 'ICM', npi: '2', enrollments: [enrolled('icm-team')] }],
  ['CM', { id: 'CM', npi: '3', enrollments: [enrolled('care-management-agency')] }],
  ['RES', { id: 'RES', npi: '4', enrollments: [enrolled('group-home-mental-illness')] }],
  ['REHAB', { id: 'REHAB', npi: '5', enrollments: [enrolled('promise-rehabilitation-agency')] }],
]);
const person = (id: string, org: string, degree: string, license: string | null): StaffFacts => ({
  id, npi: null, organizationId: org, teamId: null, role: 'clinician', degree, credentials: license ? [{ kind: 'license', name: license, from: '2010-01-01', to: null }] : [],
});
const staff = new Map<string, StaffFacts>([
  ['ACT-HO', person('ACT-HO', 'ACT', 'master', 'LCSW')], ['ACT-HN', person('ACT-HN', 'ACT', 'bachelor', null)],
  ['ICM-HO', person('ICM-HO', 'ICM', 'master', 'LPC')], ['ICM-HN', person('ICM-HN', 'ICM', 'bachelor', null)],
]);
const team = (id: string, org: string, program: string): TeamFacts => ({ id, organizationId: org, program, sizeBand: 'small', startDate: '2023-01-01', fidelity: [{ level: 'basic', from: '2023-01-01', to: null }], reviews: [] });
const teams = new Map([['T-ACT', team('T-ACT', 'ACT', 'act')], ['T-ICM', team('T-ICM', 'ICM', 'icm')]]);

// Five kinds of member: ACT (per diems + 15-minute contacts), ICM (per diems + CPST 15-min), a care-managed member
// with peer support and PSR, and a residential member. Each member gets lines across one month.
const contexts = new Map<string, MemberContext>();
const lines: ClaimLine[] = [];
const base = { claimId: 'C', program: 'de-promise', medicaidId: 'X', billingNpi: '1', renderingNpi: null, serviceDateTo: null, groupSize: null, residents: null, receivedOn: '2025-04-15', frequency: '1' as const, chargeAmount: '5000.00', placeOfService: '12' };
const services = ['act', 'icm', 'cpst', 'psr', 'peer-support', 'care-management', 'residential', 'iess'];
let id = 0;
for (let m = 0; lines.length < N; m++) {
  const memberId = `M${m}`;
  const kind = m % 4;
  const teamEnrollment = kind === 0 ? { program: 'act', organizationId: 'ACT', teamId: 'T-ACT' } : kind === 1 ? { program: 'icm', organizationId: 'ICM', teamId: 'T-ICM' } : null;
  contexts.set(memberId, {
    member: {
      id: memberId, birthDate: '1980-01-01', eligibility: [{ program: 'de-promise', from: '2024-01-01', to: null }],
      enrollments: [{ program: 'promise', organizationId: 'CM', teamId: null, from: '2024-01-01', to: null }, ...(teamEnrollment ? [{ ...teamEnrollment, from: '2024-01-01', to: null }] : [])],
      planLines: services.map((service) => ({ service, organizationId: 'X', code: null, status: 'active', from: '2024-06-01', to: null })),
    },
    organizations, staff, teams,
    authorizations: ['act', 'icm', 'psr', 'cpst', 'residential'].map((service) => ({ id: `A-${memberId}-${service}`, memberId, organizationId: service === 'act' ? 'ACT' : service === 'icm' || (service === 'cpst' && kind === 1) ? 'ICM' : service === 'residential' ? 'RES' : 'REHAB', service, code: null, status: 'approved', from: '2025-01-01', to: '2025-12-31', units: 500, unitsUsed: 0 })),
    history: [],
  });
  const add = (day: number, over: Partial<ClaimLine>) => {
    lines.push({ ...base, lineId: `L${id++}`, lineNumber: id, memberId, serviceDate: `2025-03-${String(day).padStart(2, '0')}`, code: '', modifiers: [], units: 1, minutes: null, billingOrganizationId: 'ACT', renderingStaffId: null, ...over } as ClaimLine);
  };
  if (kind === 0) {
    for (let d = 1; d <= 6; d++) add(d * 3, { code: 'H0040', modifiers: [d % 2 ? 'HO' : 'HN'], minutes: 30, renderingStaffId: d % 2 ? 'ACT-HO' : 'ACT-HN' });
  } else if (kind === 1) {
    for (let d = 1; d <= 6; d++) add(d * 3, { code: 'H0037', modifiers: [d % 2 ? 'HO' : 'HN'], minutes: 25, billingOrganizationId: 'ICM', renderingStaffId: d % 2 ? 'ICM-HO' : 'ICM-HN' });
    add(20, { code: 'H0036', modifiers: ['U1'], minutes: 38, units: 3, billingOrganizationId: 'ICM', renderingStaffId: null });
  } else if (kind === 2) {
    add(1, { code: 'T2022', modifiers: [], billingOrganizationId: 'CM' });
    for (let d = 2; d <= 5; d++) add(d, { code: 'H0038', minutes: 45, units: 3, billingOrganizationId: 'REHAB' });
    add(7, { code: 'H2017', modifiers: ['HN', 'U1'], minutes: 60, units: 4, billingOrganizationId: 'REHAB' });
  } else {
    for (let d = 1; d <= 7; d++) add(d, { code: 'T2033', modifiers: ['TF'], billingOrganizationId: 'RES', placeOfService: '12' });
  }
}
lines.length = N;

// A batch at a time, as the pipeline hands the engine work; only the status counts are kept.
const batches = batchesOf(lines);
const run = () => adjudicateCounting(batches, (batch) => adjudicateBatch(catalog, batch, (key) => contexts.get(key)!));
run(); // warm caches and the JIT
// Best of three rounds, by wall clock and by this process's CPU time (a shared machine inflates the wall clock).
let best = Infinity, bestCpu = Infinity;
let byStatus: Record<string, number> = {};
for (let round = 0; round < 3; round++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  byStatus = run();
  const used = process.cpuUsage(cpu);
  best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
}
const rate = (s: number) => Math.round(N / s).toLocaleString('en-US');
console.log(`${N} lines on one core: ${rate(best)} lines/second wall (${best.toFixed(3)} s), ${rate(bestCpu)} lines/second of CPU time`, byStatus);
const cores = Math.max(2, availableParallelism());
const parallel = await measureOnCores(fileURLToPath(new URL('../../../policy/de-promise', import.meta.url)), lines, (key) => contexts.get(key)!, cores);
console.log(`${N} lines on ${cores} cores (worker threads, members dealt out whole): ${rate(parallel.seconds)} lines/second wall (${parallel.seconds.toFixed(3)} s)`, parallel.byStatus);
