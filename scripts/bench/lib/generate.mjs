// Generates a content repo of N personas (teams of 10) over the bundled library, for benchmarks:
// `node scripts/bench/lib/generate.mjs 1000 /tmp/repo` or `import { makeRepo }`.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TOPICS = ['coffee', 'tea', 'running', 'fitness', 'cooking', 'baking', 'reading', 'travel', 'pets', 'parenting', 'plants', 'music', 'movies', 'photography', 'home', 'weekend'];
const WINDOWS = [['07:30-08:30', '20:30-22:00'], ['12:00-13:00', '21:00-22:30'], ['08:00-09:00', '12:30-13:30', '20:00-21:00'], ['21:00-22:00']];

/** A deterministic generator, so every run benchmarks the same files. */
export function rng(seed) {
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

export function makeRepo(count, target) {
  const dir = target ?? mkdtempSync(join(tmpdir(), `persona-bench-${count}-`));
  mkdirSync(join(dir, 'personas'), { recursive: true });
  const random = rng(count);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'personas', `p${String(i).padStart(5, '0')}.yaml`), personaYaml(i, random));
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'persona.config.yaml'), 'personas: personas\ntemplates: [templates]\nbuiltinTemplates: false\n');
  return dir;
}


if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = makeRepo(Number(process.argv[2] ?? 1000), process.argv[3]);
  console.log(dir);
}
