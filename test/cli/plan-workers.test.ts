// Large runs plan in worker threads, whole teams per thread; the files must be byte for byte what one thread
// writes, and a refusal in any shard must leave nothing behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../src/model/persona.js';
import { shardsOf, workerHeapMb } from '../../src/cli/plan-workers.js';
import { cli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';
import { contentRepo } from './content-repo.js';

const built = existsSync(fileURLToPath(new URL('../../dist/plan-worker.js', import.meta.url)));

function manyPersonas(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const id = `p${String(i).padStart(3, '0')}`;
    const team = i % 3 === 0 ? '' : `team: t${Math.floor(i / 6)}\n`;
    files[`personas/${id}.yaml`] = `id: ${id}
name: 顾问${i}
locale: zh-CN
timezone: Asia/Shanghai
role: 顾问
bio: 第${i}号
${team}voice: { tone: [温和], emoji: none, signature: "", phrases: [], avoid: [] }
interests: [{ topic: tea, weight: 1 }, { topic: reading, weight: 1 }]
products: [{ id: rougui, name: 武夷肉桂, category: tea, points: [耐泡], audience: [] }]
schedule: { windows: ["07:30-08:30", "20:30-22:00"], postsPerDay: { min: 1, max: 1 }, restDays: [] }
`;
  }
  return files;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of readdirSync(dir)) for (const f of readdirSync(join(dir, label))) out[`${label}/${f}`] = readFileSync(join(dir, label, f), 'utf8');
  return out;
}

describe('shardsOf', () => {
  it('keeps every team in one shard and balances the rest', () => {
    const personas = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, team: i < 30 ? `t${i % 4}` : undefined }) as Persona);
    const shards = shardsOf(personas, 3);
    expect(shards.flat().sort()).toEqual(personas.map((p) => p.id).sort());
    for (const team of ['t0', 't1', 't2', 't3']) {
      const members = personas.filter((p) => p.team === team).map((p) => p.id);
      expect(shards.filter((s) => members.some((m) => s.includes(m)))).toHaveLength(1);
    }
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(8);
  });
});

describe('workerHeapMb', () => {
  it('grows with the personas of a shard and the weeks planned, and can be set outright', () => {
    expect(workerHeapMb(500, 13, {})).toBeGreaterThan(workerHeapMb(100, 13, {}));
    expect(workerHeapMb(500, 52, {})).toBeGreaterThan(workerHeapMb(500, 13, {}));
    expect(workerHeapMb(500, 1, {})).toBe(workerHeapMb(500, 13, {}));
    expect(workerHeapMb(500, 13, { PERSONA_WORKER_HEAP_MB: '300' })).toBe(300);
    expect(workerHeapMb(500, 13, { PERSONA_WORKER_HEAP_MB: 'lots' })).toBe(workerHeapMb(500, 13, {}));
  });
});

describe.runIf(built)('persona plan on 210 personas', () => {
  it('writes the same bytes with worker threads as in one thread', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, manyPersonas(210));
    const threads = await cli(['plan', '--all', '--week', '2026-W49', '--weeks', '2', '--out', 'threads', '--quiet', '--jobs', '2'], { cwd });
    expect(threads.stderr).toBe('');
    expect(threads.code).toBe(0);
    const single = await cli(['plan', '--all', '--week', '2026-W49', '--weeks', '2', '--out', 'single', '--quiet', '--jobs', '1'], { cwd });
    expect(single.code).toBe(0);
    const a = tree(join(cwd, 'threads'));
    expect(Object.keys(a)).toHaveLength(2 * (212 * 2 + 1));
    expect(a).toEqual(tree(join(cwd, 'single')));
    expect(readdirSync(join(cwd, 'threads', '2026-W49')).filter((f) => f.startsWith('.'))).toEqual([]);
    // Each thread wrote its temp files in a staging folder of its own, gone once everything is in place.
    expect(readdirSync(join(cwd, 'threads')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('runs the same through the installed command (the code-cached bundle), threads and all', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, manyPersonas(210));
    const bin = fileURLToPath(new URL('../../bin/persona', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'plan', '--all', '--week', '2026-W49', '--out', 'bin', '--quiet', '--jobs', '2', '--lang', 'en'], { cwd, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const single = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'single', '--quiet', '--jobs', '1'], { cwd });
    expect(single.code).toBe(0);
    expect(tree(join(cwd, 'bin'))).toEqual(tree(join(cwd, 'single')));
  });

  it('writes nothing when one persona in any shard cannot be planned', async () => {
    const cwd = contentRepo(tempDir());
    const files = manyPersonas(210);
    files['personas/p209.yaml'] = files['personas/p209.yaml']!.replace('postsPerDay: { min: 1, max: 1 }', 'postsPerDay: { min: 5, max: 5 }');
    writeTree(cwd, files);
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans', '--jobs', '2'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/persona p209: /);
    // Not even an empty label folder, nor any thread's staging folder.
    expect(existsSync(join(cwd, 'plans')) ? readdirSync(join(cwd, 'plans')) : []).toEqual([]);
  });

  it('says how to get past a heap ceiling that is too low, and writes nothing', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, manyPersonas(210));
    process.env.PERSONA_WORKER_HEAP_MB = '4';
    try {
      const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans', '--jobs', '2'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error\[out-of-memory\]: a planning thread ran out of memory \(4 MB for \d+ personas\); nothing was written/);
      expect(r.stderr).toContain('--jobs 1');
      expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    } finally {
      delete process.env.PERSONA_WORKER_HEAP_MB;
    }
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });
});
