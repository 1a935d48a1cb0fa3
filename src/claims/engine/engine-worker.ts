// A worker thread that holds a share of members' lines and contexts and adjudicates them on request, so the engine's
// throughput on several cores can be measured (engine/on-cores.ts). Pure compute: outcomes stay in the worker.
import { parentPort } from 'node:worker_threads';
import { buildCatalog, formatPackIssue, loadPack, type Catalog } from '../../catalog/index.js';
import { adjudicateBatch } from './adjudicate-batch.js';
import { adjudicateCounting, batchesOf } from './engine-batches.js';
import type { ClaimLine, MemberContext } from './types.js';

export type WorkerRequest =
  | { type: 'load'; packDir: string; lines: ClaimLine[]; contexts: Map<string, MemberContext> }
  | { type: 'run' };
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'ran'; lines: number; seconds: number; cpuSeconds: number; byStatus: Record<string, number> }
  | { type: 'failed'; message: string };

let catalog: Catalog | null = null;
let lines: ClaimLine[] = [];
let batches: ClaimLine[][] = [];
let contexts = new Map<string, MemberContext>();

parentPort!.on('message', async (request: WorkerRequest) => {
  try {
    if (request.type === 'load') {
      const pack = await loadPack(request.packDir);
      if (!pack.ok) throw new Error(pack.problem.issues.map(formatPackIssue).join('\n'));
      catalog = buildCatalog(pack.value);
      ({ lines, contexts } = request);
      batches = batchesOf(lines);
      run(); // warm the caches and the JIT, as the one-core measure does
      parentPort!.postMessage({ type: 'ready' } satisfies WorkerReply);
      return;
    }
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const byStatus = run();
    const used = process.cpuUsage(cpu);
    parentPort!.postMessage({
      type: 'ran', lines: lines.length, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, byStatus,
    } satisfies WorkerReply);
  } catch (err) {
    parentPort!.postMessage({ type: 'failed', message: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies WorkerReply);
  }
});

const run = () => adjudicateCounting(batches, (batch) => adjudicateBatch(catalog!, batch, contextOf));

// Every member key of the share was given a context when the share was dealt.
const contextOf = (key: string): MemberContext => contexts.get(key)!;
