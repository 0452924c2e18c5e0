// Bundles the CLI with esbuild. Code splitting keeps each command in its own chunk, so
// `persona --version` loads only the launcher and commander (start-up is part of the product).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PERSONA_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
