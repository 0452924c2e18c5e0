// Worker thread entry of `persona lint` (bundled as dist/lint-worker.js): claims chunks of the files from the
// counter it shares with the main thread and the other workers, lints them, and sends the outcomes back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Problem } from '../../model/errors.js';
import type { WorkerJob, WorkerReply } from './lint.js';
import { lintClaimed } from './lint-files.js';

const { job, chunk, counter } = workerData as WorkerJob;
let reply: WorkerReply;
try {
  reply = { ok: true, chunks: await lintClaimed(job, chunk, new Int32Array(counter)) };
} catch (err) {
  // A PersonaError's problems survive the thread boundary; anything else is reported as internal.
  const problems = (err as { problems?: Problem[] }).problems;
  reply = { ok: false, problems: problems ?? null, message: (err as Error)?.message ?? String(err), ...((err as Error)?.stack ? { stack: (err as Error).stack } : {}) };
}
parentPort!.postMessage(reply);
