// The example persona and the team's first templates that `persona init` writes. Content is in the persona's
// locale (it is what friends read); comments are in the UI language (they are for whoever edits the file).
import type { Lang } from '../i18n/text.js';
import type { Locale } from '../model/common.js';

type Comments = Record<'intro' | 'voice' | 'interests' | 'series' | 'products' | 'schedule' | 'density' | 'events', string>;

const PERSONA_COMMENTS: Record<Lang, Comments> = {
  en: {
    intro: 'An example persona: edit it, copy it, or add your own with `persona new`. The id must equal the file name.',
    voice: 'How this person sounds. emoji: none | light | rich. Posts never contain a word listed under avoid.',
    interests: 'Lifestyle topics of the template library, with weights: most posts are about these, not the products.',
    series: 'Recurring rituals make a persona recognisable: the same kind of post on the same day every week.',
    products: 'What this persona sells. points are selling points in plain words; audience says who it suits.',
    schedule: "Posting windows in the persona's time zone, posts per day, and days off.",
    density: 'Optional: stricter than persona.config.yaml for this persona only (never looser), e.g.',
    events: 'Optional: a 视频号 live stream gets lead-up posts inside the same guarantees, e.g.',
  },
  'zh-CN': {
    intro: '示例人设：可以改它、复制它，或用 `persona new` 新建。id 必须和文件名一致。',
    voice: '这个人说话的样子。emoji：none | light | rich。avoid 里的词永远不会出现在内容里。',
    interests: '模板库里的生活话题和权重：大部分内容聊这些，而不是产品。',
    series: '固定栏目让人设更好认：每周同一天发同一类内容。',
    products: '这个人设卖的东西。points 是用大白话写的卖点，audience 写适合谁。',
    schedule: '发圈时段（人设所在时区）、每天几条、哪天休息。',
    density: '可选：只对这个人设比 persona.config.yaml 更严（不能更松），例如',
    events: '可选：视频号直播会有预热内容，同样遵守全部规则，例如',
  },
};

const PERSONA_BODY: Record<Locale, { id: string; body: (c: Comments) => string }> = {
  'zh-CN': {
    id: 'a-qing',
    body: (c) => `# ${c.intro}
id: a-qing
name: 阿青
locale: zh-CN
timezone: Asia/Shanghai
role: 社区花店店主
bio: >-
  在老小区门口开了一家小花店，每天早上五点去花市挑花。
  店里养着一只叫芒果的橘猫，喜欢睡在花桶中间。
  收店以后看几页书，周一关店，去郊外走走。

# ${c.voice}
voice:
  tone: [温柔, 实在, 有点慢]
  emoji: light
  signature: —— 阿青
  phrases: [慢慢来, 花开就好]
  avoid: [亲们, 宝子, 家人们, 姐妹们]

# ${c.interests}
interests:
  - { topic: plants, weight: 3 }
  - { topic: home, weight: 2 }
  - { topic: reading, weight: 1 }
  - { topic: pets, weight: 1 }

# ${c.series}
series:
  - { name: 周五到新花, day: fri, window: "08:00-09:00", topic: plants }

# ${c.products}
products:
  - id: weekly-flowers
    name: 每周一束
    category: flowers
    points: [每周五到店的应季花, 附一张养护小卡片, 不在家可以放门卫]
    audience: [想让家里有点颜色的人, 第一次买花的人]
  - id: dried-posy
    name: 干花小花束
    category: flowers
    points: [放半年颜色还在, 不用换水, 巴掌大小放哪都合适]
    audience: [工位上想放点花的人, 想送朋友小礼物的人]

# ${c.schedule}
schedule:
  windows: ["08:00-09:00", "12:30-13:30", "21:00-22:00"]
  postsPerDay: { min: 1, max: 2 }
  restDays: [mon]

# ${c.density}
# density:
#   maxMarketingShare: 0.2

# ${c.events}
# events:
#   - { type: live, at: "2026-12-10T20:00", title: 冬天的花怎么养得久, product: weekly-flowers }
`,
  },
  en: {
    id: 'maya',
    body: (c) => `# ${c.intro}
id: maya
name: Maya
locale: en
timezone: Asia/Singapore
role: Bakes sourdough for a Saturday stall at the neighbourhood market
bio: >-
  Left an office job to bake; still gets up at five, now for the dough.
  Reads on the bus, drinks her coffee black and walks the long way home.

# ${c.voice}
voice:
  tone: [warm, plain-spoken, a little dry]
  emoji: light
  signature: ""
  phrases: [for what it's worth, small joys]
  avoid: [babe, hun, obsessed, game-changer]

# ${c.interests}
interests:
  - { topic: baking, weight: 3 }
  - { topic: coffee, weight: 2 }
  - { topic: reading, weight: 2 }
  - { topic: weekend, weight: 1 }

# ${c.series}
series:
  - { name: Saturday market, day: sat, window: "07:00-08:00", topic: baking }

# ${c.products}
products:
  - id: weekly-loaf
    name: weekly loaf
    category: bread
    points: [baked the morning you collect it, three-day ferment, keeps a week in a bread bag]
    audience: [households of two or three, anyone who likes toast]
  - id: bun-box
    name: cinnamon bun box
    category: bread
    points: [six buns, reheats well, less sugar than a café bun]
    audience: [a weekend breakfast, office birthdays]

# ${c.schedule}
schedule:
  windows: ["07:00-08:00", "12:00-13:00", "20:00-21:30"]
  postsPerDay: { min: 1, max: 2 }
  restDays: [tue]

# ${c.density}
# density:
#   maxMarketingShare: 0.2

# ${c.events}
# events:
#   - { type: live, at: "2026-12-10T20:00", title: Shaping a loaf at home, product: weekly-loaf }
`,
  },
};

export function examplePersona(lang: Lang, locale: Locale): { id: string; text: string } {
  const p = PERSONA_BODY[locale];
  return { id: p.id, text: p.body(PERSONA_COMMENTS[lang]) };
}

const TEMPLATE_COMMENTS: Record<Lang, { lifestyle: string; story: string; product: string }> = {
  en: {
    lifestyle: 'kind lifestyle: an everyday moment about one of the topics; {{#pick}}…{{or}}…{{/pick}} varies the wording.',
    story: 'kind story: something that happened with a customer or a friend, told without a sales pitch.',
    product: 'kind product: fits every product (no products: list); the planner counts it as marketing.',
  },
  'zh-CN': {
    lifestyle: 'kind lifestyle：围绕某个话题的日常瞬间；{{#pick}}…{{or}}…{{/pick}} 让措辞每次不同。',
    story: 'kind story：和客人或朋友之间的小事，讲出来，不推销。',
    product: 'kind product：适合任何产品（没有 products: 列表）；排期时算作营销内容。',
  },
};

export function exampleTemplates(lang: Lang, locale: Locale): { path: string; text: string }[] {
  const c = TEMPLATE_COMMENTS[lang];
  if (locale === 'zh-CN') {
    return [
      {
        path: 'templates/custom/zh-CN/lifestyle/flower-market-morning.hbs',
        text: `---
# ${c.lifestyle}
kind: lifestyle
topics: [plants]
locale: zh-CN
salesiness: 0
time: morning
images:
  - 花市里一排排的水桶，天还没全亮
  - 手里抱着的一把花，只拍花不拍脸
---
{{#pick}}早上五点的花市，人比花还多。{{or}}{{weekday}}一早去了趟花市。{{or}}天没亮就出门了，去花市挑花。{{/pick}}
{{#pick}}今天的芍药开得刚好，忍不住多拿了两把。{{or}}老板留了一桶洋桔梗给我，说今天的最精神。{{or}}转了一圈，最喜欢的还是角落里那桶小雏菊。{{/pick}}
{{#pick}}回来的路上，车里都是花香。{{or}}这是一天里最安静的一小时。{{emoji "🌿"}}{{or}}今天也算好好开始了。{{/pick}}
`,
      },
      {
        path: 'templates/custom/zh-CN/story/first-bouquet.hbs',
        text: `---
# ${c.story}
kind: story
locale: zh-CN
salesiness: 0.1
images:
  - 包好的一小束花放在柜台上
---
{{#pick}}傍晚来了位年轻人，{{or}}今天有位客人，{{/pick}}说是第一次给自己买花。
{{#pick}}挑了很久，最后只要了三枝。{{or}}问了好多怎么养的问题，我一一写在卡片上给他。{{/pick}}
{{#pick}}走的时候他说，家里有点颜色，回家都想早一点。{{or}}我想，买花这件事，本来就是为了自己开心。{{/pick}}
{{signature}}
`,
      },
      {
        path: 'templates/custom/zh-CN/product/how-it-keeps.hbs',
        text: `---
# ${c.product}
kind: product
locale: zh-CN
salesiness: 0.4
cooldownDays: 35
images:
  - 实物放在家里最常待的角落
  - 卡片或细节的特写
---
{{#pick}}最近好几位朋友问起{{product.name}}。{{or}}这阵子在店里被问得最多的，是{{product.name}}。{{/pick}}
{{#pick}}说说大家最在意的：{{lookup product.points 0}}。{{or}}实话说，{{join product.points "，"}}。{{/pick}}
{{#pick}}不一定适合每个人，按自己的喜好来就好。{{or}}路过的时候，可以来店里看看实物。{{/pick}}
`,
      },
    ];
  }
  return [
    {
      path: 'templates/custom/en/lifestyle/before-the-oven.hbs',
      text: `---
# ${c.lifestyle}
kind: lifestyle
topics: [baking]
locale: en
salesiness: 0
time: morning
images:
  - Dough in a bowl on the counter, window light
  - Flour on the worktop and a pair of hands, no face
---
{{#pick}}Five in the morning and the kitchen is the only lit window on the street.{{or}}{{weekday}} starts the way most days do: checking on the dough.{{or}}Up before the alarm again.{{/pick}}
{{#pick}}The dough doubled overnight, which never stops feeling like a small miracle.{{or}}Flour on my sleeves before the kettle has even boiled.{{or}}The starter smells like green apples today.{{/pick}}
{{#pick}}Quiet hour, best hour.{{emoji "🍞"}}{{or}}Small things, good day.{{or}}Coffee next, then the oven.{{/pick}}
`,
    },
    {
      path: 'templates/custom/en/story/first-loaf.hbs',
      text: `---
# ${c.story}
kind: story
locale: en
salesiness: 0.1
images:
  - A paper bag with a loaf on the stall's counter
---
{{#pick}}A regular came by today{{or}}Someone stopped at the stall this morning{{/pick}} to tell me they finally baked their own loaf.
{{#pick}}It came out flat and they ate all of it anyway.{{or}}They brought a photo, crumb shot and all.{{/pick}}
{{#pick}}Best news of my week, honestly.{{or}}That is the whole point of sharing what you know.{{/pick}}
`,
    },
    {
      path: 'templates/custom/en/product/people-keep-asking.hbs',
      text: `---
# ${c.product}
kind: product
locale: en
salesiness: 0.4
cooldownDays: 35
images:
  - The product on a kitchen table, morning light
---
{{#pick}}A few people have asked about the {{product.name}} lately.{{or}}The question I get most at the stall is about the {{product.name}}.{{/pick}}
{{#pick}}The short answer: {{lookup product.points 0}}.{{or}}What people seem to like: {{join product.points ", "}}.{{/pick}}
{{#pick}}Not for everyone, and that's fine. Happy to answer questions.{{or}}Come and have a look on Saturday if you're curious.{{/pick}}
`,
    },
  ];
}
