// Planner benchmark: one persona's week against `node -e 0`, 1,000 generated personas (teams of 10) over
// 13 consecutive weeks into one out dir, and --all over 5,000 personas for one week. Prints figures and the
// commands that produce them. Run after `npm run build`: `node scripts/bench/plan.mjs`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'persona');
const TOPICS = ['coffee', 'tea', 'running', 'fitness', 'cooking', 'baking', 'reading', 'travel', 'pets', 'parenting', 'plants', 'music', 'movies', 'photography', 'home', 'weekend'];
const WINDOWS = [['07:30-08:30', '20:30-22:00'], ['12:00-13:00', '21:00-22:30'], ['08:00-09:00', '12:30-13:30', '20:00-21:00'], ['21:00-22:00']];

/** A deterministic generator, so every run benchmarks the same repo. */
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function personaYaml(i, random) {
  const id = `p${String(i).padStart(5, '0')}`;
  const team = `team-${Math.floor(i / 10)}`;
  const interests = [...TOPICS].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 2));
  const windows = WINDOWS[Math.floor(random() * WINDOWS.length)];
  const max = windows.length >= 2 ? 2 : 1;
  return `id: ${id}
name: 销售${i}
locale: zh-CN
timezone: Asia/Shanghai
role: 顾问
bio: 第${i}号顾问，喜欢${interests[0]}。
team: ${team}
voice: { tone: [温和], emoji: light, signature: "", phrases: [慢慢来], avoid: [家人们] }
interests:
${interests.map((t, k) => `  - { topic: ${t}, weight: ${k + 1} }`).join('\n')}
products:
  - { id: prod-a, name: 好物A, category: tea, points: [耐泡, 回甘], audience: [上班族] }
  - { id: prod-b, name: 好物B, category: tea, points: [香气足], audience: [老茶客] }
schedule:
  windows: [${windows.map((w) => `"${w}"`).join(', ')}]
  postsPerDay: { min: 1, max: ${max} }
  restDays: [${random() < 0.5 ? 'sun' : ''}]
`;
}

function makeRepo(count) {
  const dir = mkdtempSync(join(tmpdir(), `persona-bench-${count}-`));
  mkdirSync(join(dir, 'personas'));
  const random = rng(count);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'personas', `p${String(i).padStart(5, '0')}.yaml`), personaYaml(i, random));
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'persona.config.yaml'), 'personas: personas\ntemplates: [templates]\nbuiltinTemplates: false\n');
  return dir;
}

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
void readFileSync;
void execFileSync;
