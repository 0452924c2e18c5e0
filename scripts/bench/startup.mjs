// Start-up cost as a ratio to bare node, measured in the same run so the machine's speed cancels out:
// `persona --version` must stay close to 1× (no Handlebars, zod or YAML loaded), and `persona validate`
// on the repo's own personas and templates shows what a CI check costs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const node = process.execPath;

const commands = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'persona --version', args: ['bin/persona', '--version'] },
  { label: 'persona validate', args: ['bin/persona', 'validate'] },
];

function once(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// One warm-up each (disk cache), then interleaved rounds so drift hits every command alike.
for (const c of commands) once(c.args);
const times = commands.map(() => []);
const statuses = commands.map(() => new Set());
for (let i = 0; i < RUNS; i++) {
  commands.forEach((c, j) => {
    const r = once(c.args);
    times[j].push(r.ms);
    statuses[j].add(r.status);
  });
}

const base = median(times[0]);
console.log(`median of ${RUNS} runs each, in ${root}`);
console.log('command                                  median     ratio to node -e 0   exit');
commands.forEach((c, j) => {
  const m = median(times[j]);
  const shown = `node ${c.args.join(' ')}`;
  console.log(`${shown.padEnd(40)} ${`${m.toFixed(1)} ms`.padStart(9)}   ${`${(m / base).toFixed(2)}×`.padStart(8)}             ${[...statuses[j]].join(',')}`);
});

// The issue's target: `persona --version` within 1.5× of bare node, measured in this same run.
const versionRatio = median(times[1]) / base;
console.log(`persona --version: ${versionRatio.toFixed(2)}× node -e 0 (target ≤ 1.5): ${versionRatio <= 1.5 ? 'ok' : 'OVER TARGET'}`);
