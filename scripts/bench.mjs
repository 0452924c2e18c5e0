// `npm run bench`: run every benchmark under scripts/bench/ in turn (each prints its own figures).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'scripts', 'bench');
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs'))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n## ${name}`);
  // One process per benchmark, so one's warm caches and loaded modules never flatter the next.
  const r = spawnSync(process.execPath, [join(dir, name)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${name} exited with ${r.status ?? r.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
