// `persona lint` as shipped (the esbuild bundle): a templates folder alone loads no YAML or schema library, and
// linting on worker threads, which claim chunks of the files from a shared counter, gives the very same output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside node_modules so bare imports resolve as from dist/; named dist/ because that is where lint looks for its worker.
const OUT = join(ROOT, 'node_modules', '.cache', `persona-lint-bundle-${process.pid}`, 'dist');
const SLOW = ['zod', 'yaml', 'js-yaml', 'handlebars', 'gray-matter'];

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', OUT], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}, 60_000);
afterAll(() => rmSync(dirname(OUT), { recursive: true, force: true }));

/** Bare packages a chunk loads before its first line runs, following our own chunks (not `import()`). */
function eagerPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

/** Runs the bundled CLI in a fresh node through a launcher file, as bin/persona does (workers inherit node's flags). */
function persona(args: string[], cwd: string, env: Record<string, string> = {}) {
  const launcher = join(OUT, 'launch-test.mjs');
  writeFileSync(launcher, `const { run } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'cli.js')).href)});\nprocess.exitCode = await run(process.argv.slice(2));\n`);
  return spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
}

function library(count: number): string {
  const dir = tempDir();
  const lines = ['楼下的桂花开了。', '限时秒杀，仅剩3件！', 'A quiet walk home.', 'Buy now!! Only 2 left.', '想了解的可以问我。'];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'templates', String(i % 7));
    mkdirSync(sub, { recursive: true });
    const body = `{{#pick}}${lines[i % 5]}{{or}}${lines[(i + 2) % 5]}{{/pick}}\n${lines[(i + 1) % 5]}\n`;
    writeFileSync(join(sub, `t${i}.hbs`), `---\nkind: ${i % 3 ? 'lifestyle' : 'product'}\n${i % 3 ? 'topics: [tea]\n' : ''}locale: ${i % 2 ? 'en' : 'zh-CN'}\n---\n${body}`);
  }
  return dir;
}

describe('persona lint, bundled', () => {
  it('loads no YAML, schema or template library up front', () => {
    const chunks = readFileSync(join(OUT, 'chunks', 'commands-' + /commands-([A-Z0-9]+)\.js/.exec(readFileSync(join(OUT, 'cli.js'), 'utf8'))![1] + '.js'), 'utf8');
    const lint = /import\(["']\.\/(lint-[A-Z0-9]+\.js)["']\)/.exec(chunks)?.[1];
    expect(lint).toBeDefined();
    expect([...eagerPackages(join(OUT, 'chunks', lint!))].filter((p) => SLOW.includes(p))).toEqual([]);
    expect([...eagerPackages(join(OUT, 'lint-worker.js'))].filter((p) => SLOW.includes(p))).toEqual([]);
  });

  it('gives the same output on worker threads as on one thread', () => {
    const dir = library(1700);
    const one = persona(['lint', 'templates', '--format', 'json'], dir, { PERSONA_LINT_THREADS: '1' });
    const three = persona(['lint', 'templates', '--format', 'json'], dir, { PERSONA_LINT_THREADS: '3' });
    expect(one.stderr).toBe('');
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout)).toHaveLength(1700);
    expect(three.stderr).toBe('');
    expect(three.status).toBe(1);
    expect(three.stdout).toBe(one.stdout);
  }, 60_000);
});
