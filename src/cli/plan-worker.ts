// Entry point of a plan worker thread (dist/plan-worker.js): runs one shard and reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type ShardRequest } from './plan-shard.js';

const port = parentPort!;
/**
 * Ticks are gathered and sent at most this often: one message per persona-week cost 90-180 µs each in the
 * worker (a wake-up of the main thread every time), over a second per worker in a 1,000 × 13 run, and the bar
 * is redrawn only every 80 ms anyway.
 */
const TICK_MS = 40;
let pending = 0;
let sentAt = performance.now();
const flush = (id: string) => {
  port.postMessage({ type: 'tick', id, count: pending });
  pending = 0;
  sentAt = performance.now();
};
let last = '';
try {
  const result = await runShard(workerData as ShardRequest, (id) => {
    pending++;
    last = id;
    if (performance.now() - sentAt >= TICK_MS) flush(id);
  });
  if (pending) flush(last);
  port.postMessage({ type: 'done', result });
} catch (err) {
  // A PersonaError carries problems: pass them on as failures, the main thread renders them.
  const problems = (err as { problems?: unknown }).problems;
  if (problems) port.postMessage({ type: 'done', result: { failures: problems, refused: [], staged: [], plans: [] } });
  else port.postMessage({ type: 'error', message: (err as Error)?.stack ?? String(err) });
}
