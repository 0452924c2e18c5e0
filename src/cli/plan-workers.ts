// Large runs on several cores: personas are split by team (a team's members must see each other's choices)
// across worker threads; each plans, verifies and writes its share under temp names, and the main thread
// renames everything into place only when every shard succeeded. Small runs stay in one thread.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../load/workspace.js';
import type { Persona } from '../model/persona.js';
import { PersonaError, type Problem } from '../model/errors.js';
import { msg } from './messages.js';
import type { ShardRequest, ShardResult } from './plan-shard.js';
import type { Progress } from './progress.js';
import { discardStaged, type StagedFile } from './files.js';

/** Below this, starting threads costs more than it saves. */
export const WORKER_MIN_PERSONAS = 200;
const MAX_WORKERS = 4;
/**
 * Old-space ceiling of a worker's heap, in MB. Without one V8 lets each worker's heap grow towards a quarter of
 * the machine's memory before it collects in earnest, and a large run's footprint follows. A shard keeps its
 * personas' weeks within the rolling windows' reach (texts as keys), measured at about 0.13 MB a persona over a
 * quarter plus the library: twice that, scaled by the weeks planned, leaves room.
 */
export function workerHeapMb(personas: number, weeks: number, env: NodeJS.ProcessEnv = process.env): number {
  // PERSONA_WORKER_HEAP_MB sets it outright, for a machine short of memory (or a test of the ceiling).
  const forced = Number(env.PERSONA_WORKER_HEAP_MB);
  if (Number.isFinite(forced) && forced > 0) return forced;
  return Math.ceil(96 + 0.25 * personas * Math.max(1, weeks / 13));
}

/** Whole teams per shard, balanced by persona count. */
export function shardsOf(personas: readonly Persona[], count: number): string[][] {
  const groups = new Map<string, string[]>();
  for (const p of personas) {
    const key = p.team ? `team:${p.team}` : `persona:${p.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p.id]);
  }
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const lightest = shards.reduce((best, s) => (s.length < best.length ? s : best), shards[0]!);
    lightest.push(...group);
  }
  return shards.filter((s) => s.length > 0);
}

export interface ShardedRun {
  failures: Problem[];
  refused: string[];
  staged: StagedFile[];
  plans: ShardResult['plans'];
}

/** Null when workers are not available (running from sources in tests, or one core): plan in-process. */
export async function planInWorkers(
  req: Omit<ShardRequest, 'personas'> & { personas: readonly Persona[] },
  progress: Progress,
  jobs?: number,
): Promise<ShardedRun | null> {
  const script = join(packageRoot(), 'dist', 'plan-worker.js');
  // Loaded here, not with the module: a plan of a few personas (the plan command imports this module) needs
  // neither. Required, not import()ed: the code-cached CommonJS bundle has no loader for import() (the build
  // refuses a bundle with one), and there `require` stands for createRequire(import.meta.url).
  const load = createRequire(import.meta.url);
  const { availableParallelism } = load('node:os') as typeof import('node:os');
  const { Worker } = load('node:worker_threads') as typeof import('node:worker_threads');
  const cores = jobs ?? Math.min(MAX_WORKERS, availableParallelism());
  if (cores < 2 || !existsSync(script)) return null;
  const shards = shardsOf(req.personas, cores);
  if (shards.length < 2) return null;
  const { personas: _all, ...common } = req;
  const settled = await Promise.allSettled(
    shards.map(
      (ids) =>
        new Promise<ShardResult>((resolve, reject) => {
          const mb = workerHeapMb(ids.length, req.ranges.length);
          const mine = new Set(ids);
          const personas = req.personas.filter((p) => mine.has(p.id));
          const worker = new Worker(script, { workerData: { ...common, personas } satisfies ShardRequest, resourceLimits: { maxOldGenerationSizeMb: mb } });
          worker.on('message', (m: { type: string; id?: string; count?: number; result?: ShardResult; message?: string }) => {
            if (m.type === 'tick') progress.tick(m.id, m.count);
            else if (m.type === 'done') resolve(m.result!);
            else if (m.type === 'error') reject(new Error(m.message));
          });
          worker.on('error', (err: Error & { code?: string }) => {
            // The heap ceiling was too low for this shard: say so and how to get past it, not "internal error".
            if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
              reject(new PersonaError({ code: 'out-of-memory', message: msg('worker-out-of-memory', { mb, personas: ids.length }), hint: msg('worker-out-of-memory-hint') }));
            } else reject(err);
          });
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`plan worker exited with code ${code}`));
          });
        }),
    ),
  );
  const results = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const crashed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (crashed) {
    // One shard broke: nothing of any shard goes into place.
    discardStaged(results.flatMap((r) => r.staged));
    throw crashed.reason;
  }
  const staged = results.flatMap((r) => r.staged);
  const failures = results.flatMap((r) => r.failures);
  if (failures.length) discardStaged(staged);
  return { failures, refused: results.flatMap((r) => r.refused), staged: failures.length ? [] : staged, plans: results.flatMap((r) => r.plans) };
}
