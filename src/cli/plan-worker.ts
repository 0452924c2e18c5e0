// Entry point of a plan worker thread (dist/plan-worker.js): runs one shard and reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type ShardRequest } from './plan-shard.js';

const port = parentPort!;
try {
  const result = await runShard(workerData as ShardRequest, (id) => port.postMessage({ type: 'tick', id }));
  port.postMessage({ type: 'done', result });
} catch (err) {
  // A PersonaError carries problems: pass them on as failures, the main thread renders them.
  const problems = (err as { problems?: unknown }).problems;
  if (problems) port.postMessage({ type: 'done', result: { failures: problems, staged: [], plans: [] } });
  else port.postMessage({ type: 'error', message: (err as Error)?.stack ?? String(err) });
}
