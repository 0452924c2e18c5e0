// The bundled CLI keeps start-up light: `persona --version` loads our own small entry only (not even commander).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentRepo } from '../cli/content-repo.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside node_modules so the bundle's bare imports resolve exactly as they do from dist/.
const OUT = join(ROOT, 'node_modules', '.cache', `persona-bundle-test-${process.pid}`);
/** Packages that cost tens of milliseconds to load and are only needed once a command runs. */
const HEAVY = ['handlebars', 'zod', 'yaml', 'gray-matter', 'dayjs', '@inquirer/prompts', 'ical-generator', 'chinese-days', 'csv-stringify', 'textlint'];

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', OUT], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}, 60_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Static imports only: `import(…)` is how commands load lazily, and that is the point. */
function staticImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)) specifiers.push((m[1] ?? m[2])!);
  return specifiers;
}

/**
 * Every package a module pulls in before its first line runs, following our own chunks: bare imports, and the
 * packages bundled into those chunks (esbuild marks each bundled file with a `// node_modules/<package>/…` line).
 */
function eagerPackages(entry: string): { packages: Set<string>; files: string[] } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) packages.add(m[1]!);
    for (const spec of staticImports(source)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { packages, files: [...seen] };
}

describe('the bundle', () => {
  it('its entry imports no heavy package, directly or through a shared chunk', () => {
    const { packages, files } = eagerPackages(join(OUT, 'cli.js'));
    expect(files.length).toBeGreaterThan(0);
    // commander costs about a quarter of node's own start-up, so it waits until the run is not --version.
    expect([...packages].filter((p) => HEAVY.includes(p) || p === 'commander')).toEqual([]);
  });

  it('the heavy packages are there, behind lazy imports (the check above can fail)', () => {
    const all = readFileSync(join(OUT, 'cli.js'), 'utf8');
    const commandsChunk = /import\(["'](\.\/chunks\/commands-[A-Z0-9]+\.js)["']\)/.exec(all)?.[1];
    expect(commandsChunk).toBeDefined();
    expect(eagerPackages(join(OUT, commandsChunk!)).packages.has('commander')).toBe(true);
    const registrations = readFileSync(join(OUT, commandsChunk!), 'utf8');
    const validateChunk = /import\(["']\.\/(validate-[A-Z0-9]+\.js)["']\)/.exec(registrations)?.[1];
    expect(validateChunk).toBeDefined();
    const { packages } = eagerPackages(join(OUT, 'chunks', validateChunk!));
    expect(packages.has('handlebars')).toBe(true);
  });

  it('`persona --version` runs from the bundle alone (checked in a fresh node)', () => {
    const script = `
      const { run } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'cli.js')).href)});
      const out = [];
      await run(['--version'], { stdout: (t) => out.push(t) });
      process.stdout.write(out.join(''));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.runIf(existsSync(join(ROOT, 'dist', 'cli.js')))('stops quietly when the reader closes the pipe early (`persona plan … | head`)', async () => {
    // A repo of its own (the project's config writes plans to plans/); four weekly calendars, written one by one.
    const cwd = contentRepo(tempDir());
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'persona'), 'plan', '--all', '--week', '2026-W49', '--weeks', '2'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read the first chunk, then hang up, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
    expect(code).toBe(0);
  });

  it('the launcher in bin/ points at the bundle', () => {
    const launcher = readFileSync(join(ROOT, 'bin', 'persona'), 'utf8');
    expect(launcher).toContain("'../dist/cli.js'");
    expect(launcher).toContain("'../dist/launch.cjs'");
    expect(existsSync(join(OUT, 'cli.js'))).toBe(true);
  });
});

describe('colour', () => {
  it('src/ makes its own Chalk instances only: the build leaves out chalk\'s colour detection', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const imports = walk(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/import\s+([^;]*?)\s+from\s+'chalk'/g)].map((m) => m[1]!));
    expect(imports.length).toBeGreaterThan(0);
    for (const names of imports) expect(names).toMatch(/^\{\s*(?:type\s+)?(?:Chalk|ChalkInstance)(?:\s*,\s*(?:type\s+)?(?:Chalk|ChalkInstance))*\s*\}$/);
  });
});

describe('the code-cached bundle', () => {
  /** Runs `persona <argv>` in a fresh node from the CommonJS bundle (or the ES modules), with what V8 did with the cache. */
  function fresh(argv: string[], from: 'cjs' | 'esm', cwd = ROOT) {
    const script =
      from === 'cjs'
        ? `
      const { createRequire } = await import('node:module');
      const { compileBundle } = createRequire(import.meta.url)(${JSON.stringify(join(OUT, 'launch.cjs'))});
      const { readFileSync } = await import('node:fs');
      const file = ${JSON.stringify(join(OUT, 'cli.cjs'))};
      const { cli, cached } = compileBundle(file, readFileSync(file + '.cache'));
      const out = [];
      const code = await cli.run(${JSON.stringify(argv)}, { stdout: (t) => out.push(t) });
      process.stdout.write(JSON.stringify({ cached, code, out: out.join('') }));`
        : `
      const { run } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'cli.js')).href)});
      const out = [];
      const code = await run(${JSON.stringify(argv)}, { stdout: (t) => out.push(t) });
      process.stdout.write(JSON.stringify({ cached: false, code, out: out.join('') }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { cached: boolean; code: number; out: string };
  }

  it('is ASCII, so the launcher may read it as Latin-1', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(join(OUT, 'cli.cjs'), 'utf8'))).toBe(false);
  });

  it('starts from its cache in a fresh node, and plans the very bytes the ES modules plan', () => {
    const out = tempDir();
    const argv = ['plan', 'lin-cha', '--week', '2026-W49', '--json', '--out', out];
    const cjs = fresh(argv, 'cjs');
    expect(cjs.cached).toBe(true);
    expect(cjs.code).toBe(0);
    const esm = fresh(argv, 'esm');
    expect(esm.code).toBe(0);
    expect(cjs.out).toBe(esm.out);
    expect(JSON.parse(cjs.out).posts.length).toBeGreaterThan(0);
  });

  it('lints with the same findings as the ES modules (its patterns were escaped to ASCII)', () => {
    // Chinese and typographic characters inside the lexicons' regular expressions, each one hit.
    const cwd = writeTree(tempDir(), {
      'templates/zh.hbs': '---\nkind: product\nlocale: zh-CN\n---\n限时秒杀，仅剩3件！今晚12点前下单，满200减30，只要¥99，永久不掉色，告别失眠。微信：abc123\n',
      'templates/en.hbs': '---\nkind: product\nlocale: en\n---\nBuy now!! Save 20% — just $49, €30 or £20. Comment “YES” below, it’s the café deal.\n',
    });
    const argv = ['lint', 'templates', '--format', 'json'];
    const cjs = fresh(argv, 'cjs', cwd);
    const esm = fresh(argv, 'esm', cwd);
    expect(cjs.code).toBe(1);
    expect(cjs.out).toBe(esm.out);
    const found = (JSON.parse(cjs.out) as { messages: { match: string }[] }[]).flatMap((f) => f.messages.map((m) => m.match));
    expect(found).toEqual(expect.arrayContaining(['限时秒杀', '仅剩3件', '只要¥99', 'just $49', '€30']));
  });

  it('lints the whole library for every example persona, plans every persona and scores lines as the ES modules do', () => {
    // Every lexicon entry and pattern meets the library's texts and renders: an escape that changed a pattern shows.
    for (const argv of [
      ['lint', '--format', 'json'],
      ['plan', '--all', '--week', '2026-W52', '--json', '--out', tempDir()],
    ]) {
      const cjs = fresh(argv, 'cjs');
      const esm = fresh(argv, 'esm');
      expect(cjs.code).toBe(esm.code);
      expect(cjs.out).toBe(esm.out);
      expect(cjs.out.length).toBeGreaterThan(10_000);
    }
  });
});
