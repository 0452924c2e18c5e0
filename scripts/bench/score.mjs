// The salesiness scorer on its own: microseconds per 100-character post, the figure that sets what the
// planner pays for measuring each candidate and what `persona score` costs.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The scorer from the sources, bundled in memory (as scripts/build.mjs does for the JSON Schemas).
const bundled = await build({ entryPoints: [`${root}/src/lint/score.ts`], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'warning' });
const { createScorer } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const posts = {
  'zh-CN': '周末去了趟山里，空气特别好，溪水很凉，捡了几块好看的石头回来。晚上煮了一锅汤，喝完整个人都暖了。楼下的猫趴在车顶上晒太阳，看见我就跑了。明天还要早起，先睡了，想了解的可以问我。',
  en: 'Walked the long way home along the canal tonight. The light was doing that thing where everything goes gold for ten minutes. Happy to tell you more if you ask.',
};
const scorer = createScorer({ bannedWords: [] });
for (const [locale, post] of Object.entries(posts)) {
  for (let i = 0; i < 5000; i++) scorer.score(post, locale);
  const n = 50_000;
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) scorer.score(post, locale);
  const used = process.cpuUsage(start);
  console.log(`scorer.score(${post.length}-character ${locale} post): ${(((used.user + used.system) / n)).toFixed(1)} µs of CPU each (${n.toLocaleString('en')} calls after 5,000 to warm up)`);
}
