// Planner benchmark: one persona's week against `node -e 0`, 1,000 generated personas (teams of 10) over
// 13 consecutive weeks into one out dir, and --all over 5,000 personas for one week. Prints figures and the
// commands that produce them. Run after `npm run build`: `node scripts/bench/plan.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { makeRepo } from './lib/generate.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'persona');
/** Wall time, peak RSS and CPU (user + system) of a child process, via /usr/bin/time when present. */
function measure(args, cwd) {
  const hasTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-2000));
    throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  const [rssKb, user, sys] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, rssMb: rssKb / 1024, user, sys };
}

/**
 * What the disk alone costs the 1,000 × 13 run: 26,000 files of the plans' sizes written under temp names and
 * renamed into place, by a bare Node script in the same folder the plans go to.
 */
function diskFloor(dir) {
  const script = `
    const { mkdirSync, writeFileSync, renameSync } = require('node:fs');
    const md = 'x'.repeat(6300), json = 'y'.repeat(9300);
    for (let w = 0; w < 13; w++) {
      const d = ${JSON.stringify(dir)} + '/floor/W' + w;
      mkdirSync(d, { recursive: true });
      for (let p = 0; p < 1000; p++) for (const [ext, text] of [['md', md], ['json', json]]) {
        writeFileSync(d + '/.p' + p + '.' + ext + '.tmp', text);
        renameSync(d + '/.p' + p + '.' + ext + '.tmp', d + '/p' + p + '.' + ext);
      }
    }`;
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', script], { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(join(dir, 'floor'), { recursive: true, force: true });
  return seconds;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (s) => `${s.toFixed(3)} s`;
console.log('## persona plan benchmark');

// 1. One persona, one week, JSON on standard output, against node -e 0 in the same run.
// Interleaved, so a change in the machine's load hits both alike.
const pairs = Array.from({ length: 11 }, () => [measure(['-e', '0'], root).seconds, measure([bin, 'plan', 'lin-cha', '--week', '2026-W49', '--json'], root).seconds]);
const node0 = median(pairs.map((p) => p[0]));
const one = median(pairs.map((p) => p[1]));
console.log(`node -e 0: ${fmt(node0)} (median of 11, interleaved with the plan runs)`);
console.log(`persona plan lin-cha --week 2026-W49 --json: ${fmt(one)} → ${(one / node0).toFixed(2)}× node -e 0 (target ≤ 2.5)`);

// 2. 1,000 personas in teams of 10, 13 consecutive weeks into one out dir, in one run and week by week: on the
// temp folder's disk, and on a memory disk (/dev/shm) when there is one, which shows the planner without the disk.
const fmtRun = (r) => `${fmt(r.seconds)}, CPU ${(r.user + r.sys).toFixed(1)} s (user ${r.user.toFixed(1)}, system ${r.sys.toFixed(1)}), peak RSS ${r.rssMb.toFixed(0)} MB`;
const places = [['disk', tmpdir()], ...(existsSync('/dev/shm') ? [['memory disk', '/dev/shm']] : [])];
for (const [place, parent] of places) {
  const repo1k = makeRepo(1000, mkdtempSync(join(parent, 'persona-bench-1000-')));
  try {
    console.log(`\n1,000 personas in ${repo1k} (${place}); writing 26,000 files there alone takes ${fmt(diskFloor(repo1k))}`);
    const all = measure([bin, 'plan', '--all', '--week', '2026-W49', '--weeks', '13', '--out', 'plans', '--quiet'], repo1k);
    console.log(`persona plan --all --week 2026-W49 --weeks 13 --out plans: ${fmtRun(all)} (targets ≤ 5 s, ≤ 500 MB)`);
    const check = measure([bin, 'plan', '--check', 'plans', '--quiet'], repo1k);
    console.log(`persona plan --check plans (13,000 plans): ${fmtRun(check)}`);
    if (place !== 'disk') continue;
    rmSync(join(repo1k, 'plans'), { recursive: true, force: true });
    let total = 0;
    let peak = 0;
    for (let w = 49; w < 49 + 13; w++) {
      const label = w <= 53 ? `2026-W${w}` : `2027-W${String(w - 53).padStart(2, '0')}`;
      const r = measure([bin, 'plan', '--all', '--week', label, '--out', 'plans', '--quiet'], repo1k);
      total += r.seconds;
      peak = Math.max(peak, r.rssMb);
    }
    console.log(`13 × persona plan --all --week <W> --out plans, week by week: ${fmt(total)} in all, peak RSS ${peak.toFixed(0)} MB`);
  } finally {
    rmSync(repo1k, { recursive: true, force: true });
  }
}

// 3. --all over 5,000 personas for one week.
const repo5k = makeRepo(5000);
try {
  const r = measure([bin, 'plan', '--all', '--week', '2026-W49', '--out', 'plans', '--quiet'], repo5k);
  console.log(`\npersona plan --all --week 2026-W49 --out plans (5,000 personas, disk): ${fmtRun(r)}`);
} finally {
  rmSync(repo5k, { recursive: true, force: true });
}
