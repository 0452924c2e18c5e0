// Bundles the CLI with esbuild. Code splitting keeps each command in its own chunk, so
// `persona --version` loads only the launcher and commander (start-up is part of the product).
// `--outdir DIR` bundles the CLI alone into DIR (tests inspect that bundle without touching dist/ or schemas/).
// bin/persona runs the same CLI from one CommonJS file with a V8 code cache (cli.cjs, below) instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? resolve(process.argv[outdirArg + 1] ?? 'dist') : null;
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Chunk names carry content hashes: without a clean folder, every build would leave the old chunks behind.
if (!outdir) rmSync('dist', { recursive: true, force: true });

await build({
  // lint-worker: `persona lint` spreads large repos over worker threads, each loading this entry.
  // Workers are entries of their own: lint and plan start them in threads on large runs.
  entryPoints: { cli: 'src/cli/main.ts', 'lint-worker': 'src/cli/actions/lint-worker.ts', 'plan-worker': 'src/cli/plan-worker.ts' },
  outdir: outdir ?? 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies are bundled too: resolving hundreds of files in node_modules cost more start-up than running them.
  // Their CommonJS code still calls require() for node built-ins, which an ES module gets from createRequire.
  banner: { js: "import { createRequire as __personaRequire } from 'node:module'; const require = __personaRequire(import.meta.url);" },
  sourcemap: 'linked',
  plugins: [noColorDetection(), lazyChildProcess()],
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PERSONA_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

// The bundled template library as the loader reads it, so a plan need not open 900 files (src/load/library-snapshot.ts).
// Before the code cache: its training plan then runs the path every plan of a bundled persona takes.
if (!outdir) await librarySnapshot();
if (!outdir) await chinaTable();
if (!outdir) await matcherSnapshot();

await codeCachedBundle(outdir ?? 'dist');

if (outdir) process.exit(0);

// The JSON Schemas shipped under schemas/ come from the same zod schemas the CLI validates with:
// bundle the generator into memory, run it, and rewrite a file only when its content changed.
const generator = await build({
  entryPoints: ['src/model/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const { JSON_SCHEMAS, schemaJson } = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);
mkdirSync('schemas', { recursive: true });
for (const [name, { file }] of Object.entries(JSON_SCHEMAS)) {
  const text = schemaJson(name);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  // Written beside and renamed, so a reader never sees half a schema.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * China's calendar facts for 2016–2045 from chinese-days (src/calendar/china-table.ts), so a plan reads a table
 * instead of running the package and building its tables at every start.
 */
async function chinaTable() {
  const generator = await build({ entryPoints: ['src/calendar/china-table.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'warning' });
  const { writeChinaTable, CHINA_TABLE_FILE } = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);
  const load = createRequire(import.meta.url);
  const main = load.resolve('chinese-days');
  const version = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')).version;
  writeChinaTable(resolve('dist', CHINA_TABLE_FILE), readFileSync(main, 'utf8'), version, load);
}

/**
 * The lexicons' phrase automaton as tables (src/load/matcher-snapshot.ts): a run reads them instead of building
 * the automaton from some 3,600 phrases at every start.
 */
async function matcherSnapshot() {
  const contents = ["export { scorerEntries } from './src/lint/score.ts';", "export { buildTables } from './src/lint/matcher.ts';", "export { writeMatcherTables, MATCHER_FILE } from './src/load/matcher-snapshot.ts';"].join('\n');
  const generator = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'warning' });
  const m = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);
  const entries = m.scorerEntries();
  m.writeMatcherTables(resolve('dist', m.MATCHER_FILE), entries, m.buildTables(entries));
}

async function librarySnapshot() {
  const generator = await build({ entryPoints: ['src/load/library-snapshot.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'warning' });
  const { writeSnapshot, SNAPSHOT_FILE } = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);
  writeSnapshot(resolve('templates'), resolve('dist', SNAPSHOT_FILE));
}

/**
 * chalk detects the terminal's colours when loaded (loading node:tty to ask), for its default instance; we only
 * make `new Chalk({ level })` from our own decision (NO_COLOR, FORCE_COLOR, TTY), so the detection is left out.
 * test/build/bundle.test.ts fails if src/ ever uses chalk's default instance or its detection.
 */
function noColorDetection() {
  return {
    name: 'no-color-detection',
    setup(b) {
      b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-detection' }));
      b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
    },
  };
}

/**
 * commander loads node:child_process (and with it net, dgram …) at start-up, for subcommands that are separate
 * executables, which persona has none of: required when first used instead. The line is matched exactly, so a
 * commander that loads it differently fails the build rather than silently keeping the cost.
 */
function lazyChildProcess() {
  const eager = "const childProcess = require('node:child_process');";
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(eager)) throw new Error(`${args.path} no longer loads child_process with ${eager}`);
        return { contents: source.replace(eager, "const childProcess = { get spawn() { return require('node:child_process').spawn; } };"), loader: 'js' };
      });
    },
  };
}

/**
 * Modules that load something on first use through createRequire(import.meta.url): chinese-days (china.ts runs
 * its file with a Date of its own) and the built-ins only large plan runs need (plan-workers.ts). A CommonJS
 * bundle has no import.meta: there `require` does the same.
 */
function lazyRequire() {
  const lazy = 'createRequire(import.meta.url)';
  return {
    name: 'lazy-require',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/](calendar[\\/]china|cli[\\/]plan-workers)\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(lazy)) throw new Error(`${args.path} no longer finds chinese-days with ${lazy}`);
        return { contents: source.replace(lazy, 'require'), loader: 'ts' };
      });
    },
  };
}

/**
 * The main-thread CLI once more, as one CommonJS file that bin/persona compiles from V8's code cache (Node 20
 * caches no ES modules). The cache comes from a training run, a one-week plan of the example persona, so it
 * holds the functions a command runs as well as the top level; the bundle's last line names the build, and
 * the cache carries the same name, so a cache from another build is never used.
 */
async function codeCachedBundle(dir) {
  const file = join(dir, 'cli.cjs');
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import.meta exists in ES modules only; the few modules that use it get the bundle's own URL.
    banner: { js: "const __personaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { __PERSONA_VERSION__: JSON.stringify(version), 'import.meta.url': '__personaModuleUrl' },
    plugins: [lazyRequire(), noColorDetection(), lazyChildProcess()],
    // Smaller to read and decode; names stay, for stack traces under --debug.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // esbuild escapes non-ASCII everywhere but in regular expression literals (and comments, gone with the
  // whitespace). Escaped there too, the file is ASCII, which the launcher reads as Latin-1: a one-byte string,
  // where UTF-8 decoding of a few Chinese characters turned all 2 MB into a slower two-byte one. A \uXXXX escape
  // matches what the character matched, with or without the u flag; only a pattern's .source text changes. An
  // identity escape (`\，`) loses its backslash, which would otherwise escape the escape.
  // import() cannot run in it: a vm.Script compiled from a code cache has no loader for it (the option that gives
  // one is experimental in Node 20, warns on every run and is lost with the cache), and a 1,000-persona plan once
  // stopped with an internal error there. Built-ins loaded on first use are required instead.
  const dynamic = /\bimport\(\s*["'`]/.exec(readFileSync(file, 'utf8'));
  if (dynamic) throw new Error(`${file}: the CommonJS bundle must not use import() (found near offset ${dynamic.index}); require the module instead`);
  const ascii = readFileSync(file, 'utf8').replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, ascii);
  // What bin/persona loads the bundle with: CommonJS too, as a second ES module costs the loader's async reads.
  await build({ entryPoints: ['src/cli/launch.ts'], outfile: join(dir, 'launch.cjs'), bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
  const { BUILD_MARK, cacheFile, compileBundle } = createRequire(import.meta.url)(resolve(dir, 'launch.cjs'));
  const source = readFileSync(file, 'utf8');
  const id = createHash('sha256').update(source).digest('hex').slice(0, 32);
  writeFileSync(file, `${source}${BUILD_MARK}${id}\n`);
  const { cli, script } = compileBundle(resolve(file));
  const out = mkdtempSync(join(tmpdir(), 'persona-code-cache-'));
  try {
    let said = '';
    const code = await cli.run(['plan', 'lin-cha', '--week', '2026-W49', '--json', '--out', out], { stdout: () => {}, stderr: (t) => void (said += t) });
    // Without the example persona the cache holds less (start-up, not planning): slower, never wrong.
    if (code !== 0) console.warn(`code cache: the training plan exited ${code}; the cache covers less.\n${said}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeFileSync(`${file}.cache`, cacheFile(id, script.createCachedData()));
}
