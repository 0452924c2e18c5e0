// Worker thread entry of `persona lint` (bundled as dist/lint-worker.js): lints one slice of the files.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFiles, type LintJob } from './lint-files.js';

const job = workerData as LintJob;
try {
  parentPort!.postMessage({ ok: true, outcome: await lintFiles(job) });
} catch (err) {
  // A PersonaError's problems survive the thread boundary; anything else is reported as internal.
  const problems = (err as { problems?: unknown }).problems;
  parentPort!.postMessage({ ok: false, problems: problems ?? null, message: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack });
}
