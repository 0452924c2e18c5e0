// `persona lint` over 10,000 generated templates (mixed zh-CN/en text, front matter, Handlebars), against
// textlint 15 with textlint-rule-ng-word and the same phrase list, on the same files in the same run.
// Wall time and peak RSS of each child process, the median of BENCH_LINT_RUNS runs (default 5) each, taken in
// turn after one untimed run of each, with the load average of the machine before and after (a busy machine
// slows both tools, and persona lints on fewer threads then). Run `npm run build` first. `node scripts/bench/lint.mjs [N]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/generate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const COUNT = Number(process.argv[2] ?? process.env.BENCH_LINT_FILES ?? 10_000);
const RUNS = Math.max(1, Number(process.env.BENCH_LINT_RUNS ?? 5));

const ZH = {
  open: ['早上出门的时候下了点小雨', '楼下的桂花开了，整条路都是香的', '周末去菜市场转了一圈', '今天第一次自己烤面包', '最近在读一本关于老房子的书', '下班路上看到一只橘猫'],
  middle: ['泡了一壶{{product.name}}，窗外的云走得很慢', '孩子问我为什么天是蓝的，我答不上来', '跑完五公里，腿有点酸但心情很好', '朋友寄来一箱橘子，酸酸甜甜的', '我妈说那会儿一斤茶叶才5块钱'],
  close: ['{{signature}}', '想了解的可以问我。', '慢慢来，比较快。', '明天见。'],
  salesy: ['限时秒杀，仅剩3件，手慢无！', '全网最低价，赶紧下单！', '私聊我领优惠券，包邮到家', '国家级品质，销量第一'],
};
const EN = {
  open: ['Rain on the window this morning', 'Walked the long way home along the canal', 'First time baking bread from scratch', 'The neighbour’s cat is back on my balcony', 'Reading a book about old houses this week'],
  middle: ['made a pot of {{product.name}} and watched the clouds', 'my son asked why the sky is blue and I had no idea', 'five kilometres by the river, legs tired, head clear', 'a friend sent a box of oranges from home'],
  close: ['{{signature}}', 'Happy to tell you more if you ask.', 'See you tomorrow.', 'Slowly does it.'],
  salesy: ['Hurry, only 2 left! DM me to order.', 'Flash sale: 30% off, link in bio!', 'Best price anywhere, buy now!', 'Free shipping ends tonight!!'],
};
const KINDS = ['lifestyle', 'lifestyle', 'lifestyle', 'expertise', 'interaction', 'story', 'product'];
const TOPICS = ['tea', 'coffee', 'running', 'reading', 'pets', 'home', 'weekend'];

function template(i, random) {
  const zh = random() < 0.6;
  const words = zh ? ZH : EN;
  const pickOf = (list) => list[Math.floor(random() * list.length)];
  const kind = KINDS[Math.floor(random() * KINDS.length)];
  const variants = (list) => `{{#pick}}${[pickOf(list), pickOf(list), pickOf(list)].join('{{or}}')}{{/pick}}`;
  const body = [variants(words.open), variants(words.middle).replace(/\{\{product\.name\}\}/g, kind === 'product' ? '{{product.name}}' : zh ? '乌龙' : 'oolong'), random() < 0.15 ? pickOf(words.salesy) : variants(words.close)].join('\n');
  const front = [
    '---',
    `kind: ${kind}`,
    kind === 'product' ? 'products: []' : `topics: [${pickOf(TOPICS)}]`,
    `locale: ${zh ? 'zh-CN' : 'en'}`,
    `salesiness: ${kind === 'product' ? 0.5 : 0.05}`,
    'weight: 1',
    'time: any',
    'images:',
    `  - ${zh ? '窗台上冒热气的杯子，侧逆光' : 'a steaming cup on the windowsill'}`,
    '---',
  ];
  return `${front.join('\n')}\n${body}\n`;
}

/** The same phrases persona flags, for textlint-rule-ng-word (which reports any occurrence in a document). */
async function phraseList() {
  const words = new Set();
  for (const name of ['zh-CN', 'en']) {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(join(root, 'src', 'lint', 'lexicons', `${name}.ts`), 'utf8');
    for (const m of source.matchAll(/term: '((?:[^'\\]|\\.)*)'/g)) words.add(m[1].replace(/\\'/g, "'"));
    for (const m of source.matchAll(/term: "([^"]*)"/g)) words.add(m[1]);
  }
  return [...words];
}

/** The run with the median wall time of a list of runs, with the fastest and slowest beside it. */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], fastest: sorted[0].ms, slowest: sorted[sorted.length - 1].ms };
}

/**
 * Both tools under the same conditions: the new files flushed to disk first (writeback of 10,000 fresh files
 * otherwise runs beside whichever tool goes first), one untimed run of each (file cache, disk cache of the
 * modules), then the tools in turn, so a busy spell of the machine falls on both alike.
 */
function interleaved(tools, cwd) {
  spawnSync('sync');
  for (const args of tools) measure(args, cwd);
  const runs = tools.map(() => []);
  for (let r = 0; r < RUNS; r++) tools.forEach((args, i) => runs[i].push(measure(args, cwd)));
  return runs.map(median);
}

function measure(args, cwd) {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const argv = time ? ['-v', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(time ?? process.execPath, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = process.env.BENCH_LINT_DIR ?? mkdtempSync(join(tmpdir(), "persona-lint-bench-"));
try {
  const random = rng(42);
  for (let i = 0; i < COUNT; i++) {
    const sub = join(dir, 'templates', String(Math.floor(i / 500)).padStart(2, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    // .md: the one extension both tools read (persona takes Markdown templates with front matter).
    writeFileSync(join(sub, `t${String(i).padStart(5, '0')}.md`), template(i, random));
  }
  const words = await phraseList();
  writeFileSync(join(dir, '.textlintrc.json'), JSON.stringify({ rules: { 'ng-word': { words } } }));

  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`${COUNT} templates in ${dir}; ${words.length} phrases in the textlint word list`);
  console.log(`${availableParallelism()} cores; load average before: ${load()}; median of ${RUNS} run(s) each, taken in turn`);
  const [persona, textlint] = interleaved(
    [
      [join(root, 'bin', 'persona'), 'lint', 'templates', '--format', 'json'],
      [join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--rules-base-directory', join(root, 'node_modules'), '--format', 'json', 'templates'],
    ],
    dir,
  );
  const count = JSON.parse(persona.stdout).reduce((n, r) => n + r.messages.length, 0);
  let textlintCount = null;
  try {
    textlintCount = JSON.parse(textlint.stdout).reduce((n, r) => n + r.messages.length, 0);
  } catch {
    console.error(textlint.stderr.slice(0, 2000));
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const row = (name, r, n) =>
    `${name.padEnd(24)} ${seconds(r.ms).padStart(8)}  ${`${seconds(r.fastest)}–${seconds(r.slowest)}`.padStart(15)}  ${r.rssMb === null ? '     n/a' : `${r.rssMb.toFixed(0)} MB`.padStart(8)}  ${String(n ?? '?').padStart(8)} findings  exit ${r.status}`;
  console.log('tool                         wall     (fastest–slowest)  peak RSS');
  console.log(row('persona lint', persona, count));
  console.log(row('textlint 15 + ng-word', textlint, textlintCount));
  console.log(`persona lint is ${(textlint.ms / persona.ms).toFixed(1)}× faster (target ≥ 10×); load average after: ${load()}`);
} finally {
  if (!process.env.BENCH_LINT_DIR) rmSync(dir, { recursive: true, force: true });
}
