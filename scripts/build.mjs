// Bundles the CLI with esbuild. Code splitting keeps each command in its own chunk, so
// `persona --version` loads only the launcher and commander (start-up is part of the product).
// `--outdir DIR` bundles the CLI alone into DIR (tests inspect that bundle without touching dist/ or schemas/).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PERSONA_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

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
