// A small but real-looking content repo on disk (config, two personas, a template library), for CLI tests.
import { writeTree } from '../helpers/tmp.js';

const TEA = ['窗台上的盖碗', '雨后的岩茶', '早上第一泡', '杯底的茶渣', '公道杯里的汤色', '店里的老茶罐', '下午三点的白茶', '周末的茶席', '新到的茶样', '凉掉的茶'];
const READING = ['地铁上的半本书', '床头那摞书', '旧书店的下午', '夹在书里的车票', '没读完的小说', '借来的散文集'];

function lifestyle(topic: string, title: string, i: number): string {
  return `---
kind: lifestyle
topics: [${topic}]
locale: zh-CN
salesiness: 0.02
time: ${['morning', 'evening', 'any'][i % 3]}
images:
  - ${title}，侧光
---
{{#pick}}今天{{or}}刚才{{or}}{{weekday}}{{/pick}}，${title}。
{{#pick}}没什么特别的，就是想记一下。{{or}}慢慢来就好。{{or}}这样的日子挺好。{{/pick}}{{emoji "🍵"}}
`;
}

export function contentRepo(root: string, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {
    'persona.config.yaml': `# test content repo
personas: personas
templates: [templates]
builtinTemplates: false
density:
  maxMarketingShare: 0.25
  minHoursBetweenMarketing: 36
bannedWords: [招商]
`,
    'personas/lin-cha.yaml': `id: lin-cha
name: 林茶
locale: zh-CN
timezone: Asia/Shanghai
role: 茶铺店主
bio: 在巷子口开了十年茶铺，午后总有街坊来坐。
team: cha-she
voice:
  tone: [温和]
  emoji: light
  signature: —— 林茶
  phrases: [慢慢喝]
  avoid: [家人们]
interests:
  - { topic: tea, weight: 3 }
  - { topic: reading, weight: 1 }
series:
  - { name: 周五一泡茶, day: fri, window: "21:00-21:45", topic: tea }
products:
  - { id: rougui, name: 武夷肉桂, category: tea, points: [岩韵足, 耐泡], audience: [老茶客] }
schedule:
  windows: ["07:30-08:30", "20:30-22:00"]
  postsPerDay: { min: 1, max: 2 }
  restDays: [sun]
events:
  - { type: live, at: "2026-12-03T20:00", title: 冬天煮一壶老白茶, product: rougui }
`,
    'personas/chen-ye.yaml': `id: chen-ye
name: 陈叶
locale: zh-CN
timezone: Asia/Shanghai
role: 茶铺店员
bio: 茶铺里年纪最小的店员，每周六早上跑十公里。
team: cha-she
voice: { tone: [干脆], emoji: none, signature: "", phrases: [], avoid: [] }
interests:
  - { topic: tea, weight: 1 }
  - { topic: reading, weight: 1 }
products:
  - { id: rougui, name: 武夷肉桂, category: tea, points: [岩韵足], audience: [] }
schedule:
  windows: ["12:00-13:00"]
  postsPerDay: { min: 1, max: 1 }
  restDays: []
`,
    ...Object.fromEntries(TEA.map((title, i) => [`templates/zh-CN/lifestyle/tea/t${i}.hbs`, lifestyle('tea', title, i)])),
    ...Object.fromEntries(READING.map((title, i) => [`templates/zh-CN/lifestyle/reading/r${i}.hbs`, lifestyle('reading', title, i)])),
    ...Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `templates/zh-CN/story/s${i}.hbs`,
        `---\nkind: story\nlocale: zh-CN\nsalesiness: 0.1\nimages: [店门口的台阶]\n---\n{{#pick}}有位客人{{or}}一位老街坊{{/pick}}第${i + 1}次来店里，{{#pick}}聊了很久。{{or}}坐了一下午。{{/pick}}\n`,
      ]),
    ),
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `templates/zh-CN/product/p${i}.hbs`,
        `---\nkind: product\nlocale: zh-CN\nsalesiness: 0.45\ncooldownDays: 35\nimages: [茶罐和茶汤]\n---\n{{#pick}}最近常喝{{or}}这周在喝{{/pick}}{{product.name}}，{{lookup product.points 0}}。第${i + 1}种喝法，想了解的可以问我。\n`,
      ]),
    ),
    ...Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `templates/zh-CN/interaction/q${i}.hbs`,
        `---\nkind: interaction\nlocale: zh-CN\nsalesiness: 0.05\nimages: [窗外的天]\n---\n{{#pick}}问大家一个小问题{{or}}想听听你们的{{/pick}}：第${i + 1}个问题，{{#pick}}你们怎么看？{{or}}留言聊聊。{{/pick}}\n`,
      ]),
    ),
    'templates/zh-CN/live/lead-up.hbs': `---\nkind: live\nlocale: zh-CN\nsalesiness: 0.55\nimages: [直播要用的茶具]\n---\n{{event.weekday}}{{event.time}}在视频号聊「{{event.title}}」，会泡{{product.name}}。\n`,
    ...extra,
  };
  return writeTree(root, files);
}
