// Planner benchmark: one persona's week against `node -e 0`, 1,000 generated personas (teams of 10) over
// 13 consecutive weeks into one out dir, and --all over 5,000 personas for one week. Prints figures and the
// commands that produce them. Run after `npm run build`: `node scripts/bench/plan.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { makeRepo } from './lib/generate.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'persona');
/** Wall time and peak RSS of a child process, via /usr/bin/time when present. */
function measure(args, cwd) {
  const hasTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-2000));
    throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  const rssKb = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, rssMb: rssKb / 1024 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(args, cwd, runs = 11) {
  return median(Array.from({ length: runs }, () => measure(args, cwd).seconds));
}

const fmt = (s) => `${s.toFixed(3)} s`;
console.log('## persona plan benchmark');

// 1. One persona, one week, JSON on standard output, against node -e 0 in the same run.
const node0 = timeRuns(['-e', '0'], root);
const one = timeRuns([bin, 'plan', 'lin-cha', '--week', '2026-W49', '--json'], root);
console.log(`node -e 0: ${fmt(node0)} (median of 11)`);
console.log(`persona plan lin-cha --week 2026-W49 --json: ${fmt(one)} → ${(one / node0).toFixed(2)}× node -e 0 (target ≤ 2.5)`);

// 2. 1,000 personas in teams of 10, 13 consecutive weeks into one out dir, in one run and week by week.
const repo1k = makeRepo(1000);
try {
  const all = measure([bin, 'plan', '--all', '--week', '2026-W49', '--weeks', '13', '--out', 'plans', '--quiet'], repo1k);
  console.log(`persona plan --all --week 2026-W49 --weeks 13 --out plans  (1,000 personas): ${fmt(all.seconds)}, peak RSS ${all.rssMb.toFixed(0)} MB (targets ≤ 5 s, ≤ 500 MB)`);
  const check = measure([bin, 'plan', '--check', 'plans', '--quiet'], repo1k);
  console.log(`persona plan --check plans (13,000 plans): ${fmt(check.seconds)}, peak RSS ${check.rssMb.toFixed(0)} MB`);
  rmSync(join(repo1k, 'plans'), { recursive: true, force: true });
  let total = 0;
  let peak = 0;
  for (let w = 49; w < 49 + 13; w++) {
    const label = w <= 53 ? `2026-W${w}` : `2027-W${String(w - 53).padStart(2, '0')}`;
    const r = measure([bin, 'plan', '--all', '--week', label, '--out', 'plans', '--quiet'], repo1k);
    total += r.seconds;
    peak = Math.max(peak, r.rssMb);
  }
  console.log(`13 × persona plan --all --week <W> --out plans, week by week (1,000 personas): ${fmt(total)} in all, peak RSS ${peak.toFixed(0)} MB`);
} finally {
  rmSync(repo1k, { recursive: true, force: true });
}

// 3. --all over 5,000 personas for one week.
const repo5k = makeRepo(5000);
try {
  const r = measure([bin, 'plan', '--all', '--week', '2026-W49', '--out', 'plans', '--quiet'], repo5k);
  console.log(`persona plan --all --week 2026-W49 --out plans (5,000 personas): ${fmt(r.seconds)}, peak RSS ${r.rssMb.toFixed(0)} MB`);
} finally {
  rmSync(repo5k, { recursive: true, force: true });
}
