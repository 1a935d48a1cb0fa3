import { Worker } from 'node:worker_threads';
import { memberKey } from './adjudicate-batch.js';
import type { WorkerReply, WorkerRequest } from './engine-worker.js';
import type { ClaimLine, MemberContext } from './types.js';

export interface CoresMeasure { cores: number; lines: number; seconds: number; linesPerSecond: number; byStatus: Record<string, number> }

/**
 * The engine's throughput on `cores` worker threads: members are dealt out whole (a member's lines need each other),
 * each worker loads its share and warms up, then all adjudicate at once; the rate is all lines over the slowest
 * worker's time. Loading and copying the input are not timed — as in the one-core measure, the input is in memory.
 */
export async function measureOnCores(packDir: string, lines: readonly ClaimLine[], contextOf: (memberKey: string) => MemberContext,
  cores: number, rounds = 3): Promise<CoresMeasure> {
  const shares = Array.from({ length: cores }, () => ({ lines: [] as ClaimLine[], contexts: new Map<string, MemberContext>() }));
  const shareOf = new Map<string, number>();
  for (const line of lines) {
    const key = memberKey(line);
    let at = shareOf.get(key);
    if (at === undefined) {
      // The next member goes to the share with the fewest lines so far.
      at = shares.reduce((best, s, i) => (s.lines.length < shares[best]!.lines.length ? i : best), 0);
      shareOf.set(key, at);
      shares[at]!.contexts.set(key, contextOf(key));
    }
    shares[at]!.lines.push(line);
  }
  const workers = shares.map(() => new Worker(new URL('./engine-worker.mjs', import.meta.url)));
  const ask = (w: Worker, request: WorkerRequest) => new Promise<WorkerReply>((resolve, reject) => {
    w.once('message', (reply: WorkerReply) => (reply.type === 'failed' ? reject(new Error(reply.message)) : resolve(reply)));
    w.once('error', reject);
    w.postMessage(request);
  });
  try {
    await Promise.all(workers.map((w, i) => ask(w, { type: 'load', packDir, lines: shares[i]!.lines, contexts: shares[i]!.contexts })));
    let best: CoresMeasure | null = null;
    for (let round = 0; round < rounds; round++) {
      const replies = await Promise.all(workers.map((w) => ask(w, { type: 'run' }))) as Array<Extract<WorkerReply, { type: 'ran' }>>;
      const seconds = Math.max(...replies.map((r) => r.seconds));
      const byStatus: Record<string, number> = {};
      for (const r of replies) for (const [k, n] of Object.entries(r.byStatus)) byStatus[k] = (byStatus[k] ?? 0) + n;
      const measure = { cores, lines: lines.length, seconds, linesPerSecond: lines.length / seconds, byStatus };
      if (!best || measure.seconds < best.seconds) best = measure;
    }
    return best!;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
