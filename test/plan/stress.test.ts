// Heavy but realistic teams on the bundled library, 13 weeks in a row: ten Chinese teammates posting two or
// three times a day on the same interests (they compete for templates every day), and an English team in
// London across the October DST change. Every week must plan, and every plan must pass --check.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const library = fileURLToPath(new URL('../../templates', import.meta.url));

/**
 * Plans a repo on the bundled library for 13 weeks from `week` (`who`: persona ids, or --all and its options)
 * and expects no refusal and `--check` to find nothing in the `plans` written.
 */
async function expectCleanQuarter(files: Record<string, string>, who: string[], week: string, plans: number, config = ''): Promise<void> {
  const cwd = writeTree(tempDir(), { 'persona.config.yaml': `templates: [${library}]\nbuiltinTemplates: false\nout: plans\n${config}`, ...files });
  const r = await cli(['plan', ...who, '--week', week, '--weeks', '13', '--quiet'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const check = await cli(['plan', '--check', 'plans'], { cwd });
  expect(check.stdout).toContain(`checked ${plans} plan(s) in 13 label(s): 0 violation(s)`);
}

function teammate(id: string, locale: 'zh-CN' | 'en', team: string, timezone: string, interests: string[], windows: string[]): string {
  return `id: ${id}
name: ${locale === 'zh-CN' ? `队员${id}` : `Alex ${id}`}
locale: ${locale}
timezone: ${timezone}
role: ${locale === 'zh-CN' ? '顾问' : 'rep'}
bio: ${locale === 'zh-CN' ? '同一个团队。' : 'Same team.'}
team: ${team}
voice: { tone: [warm], emoji: light, signature: "", phrases: [], avoid: [] }
interests: [${interests.map((t) => `{ topic: ${t}, weight: 1 }`).join(', ')}]
products: [{ id: p1, name: ${locale === 'zh-CN' ? '凤凰单丛' : 'Dog Bed'}, category: x, points: [${locale === 'zh-CN' ? '花香足' : 'washable'}], audience: [] }]
schedule: { windows: [${windows.map((w) => `"${w}"`).join(', ')}], postsPerDay: { min: 2, max: 3 }, restDays: [] }
`;
}

describe('heavy teams over a quarter', () => {
  it('plan 13 weeks without refusal and pass --check', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 10; i++) files[`personas/z${i}.yaml`] = teammate(`z${i}`, 'zh-CN', 'big', 'Asia/Shanghai', ['tea', 'home', 'cooking'], ['08:00-09:00', '12:00-13:00', '20:00-22:00']);
    for (let i = 1; i <= 3; i++) files[`personas/a${i}.yaml`] = teammate(`a${i}`, 'en', 'uk', 'Europe/London', ['pets', 'travel'], ['07:00-08:00', '12:00-13:00', '19:00-21:00']);
    await expectCleanQuarter(files, ['--all', '--jobs', '1'], '2026-W40', 169);
  }, 120_000);
});

/** A persona who rarely advertises: a weekly salesiness budget of 1.0 at two or three posts a day, two series, a live event. */
const STRICT = `id: strict
name: 小严
locale: zh-CN
timezone: Asia/Shanghai
role: 顾问
bio: 很少发广告。
voice: { tone: [warm], emoji: light, signature: "", phrases: [], avoid: [] }
products:
  - { id: beans, name: House Blend, category: coffee, points: [chocolatey, easy to brew], audience: [office workers] }
  - { id: tea1, name: 凤凰单丛, category: tea, points: [花香足], audience: [老茶客] }
interests: [{ topic: reading, weight: 1 }, { topic: plants, weight: 1 }, { topic: cooking, weight: 1 }]
schedule: { windows: ["08:00-09:00", "12:00-13:00", "20:00-22:00"], postsPerDay: { min: 2, max: 3 }, restDays: [] }
density: { maxMarketingShare: 0.1, minHoursBetweenMarketing: 72, weeklySalesinessBudget: 1.0, maxMarketingPerDay: 1 }
series: [{ name: 周三读书, day: wed, window: "22:00-22:30", topic: reading }, { name: 周六做饭, day: sat, window: "12:00-13:00", topic: cooking }]
events: [{ type: live, at: "2027-03-14T20:00", title: 春天的茶, product: tea1 }]
`;

describe('a strict persona over a quarter', () => {
  // These start weeks were each refused in a later week (a marketing post late in one week left the next
  // Monday room for zero-salesiness posts only, and those were in cooldown) before next week's calm posts kept
  // a reservation at the upper quartile of what calm templates declare.
  it.each(['2026-W34', '2026-W44', '2026-W50'])('plans 13 weeks from %s without refusal and passes --check', async (week) => {
    const config = 'density: { maxMarketingShare: 0.25, maxMarketingPerDay: 1, minHoursBetweenMarketing: 36, weeklySalesinessBudget: 2.0 }\nquietDays: [2027-03-15]\n';
    await expectCleanQuarter({ 'personas/strict.yaml': STRICT }, ['strict'], week, 13, config);
  }, 120_000);
});

/**
 * An English persona posting two or three times a day on four interests: about 80 templates any day can use.
 * Its id and name are those of the generated persona that was refused (they seed its plans).
 */
const STEADY = `id: t15
name: Sam 15
locale: en
timezone: Europe/London
role: r
bio: b
voice: { tone: [warm], emoji: light, signature: "", phrases: [], avoid: [] }
interests: [{ topic: plants, weight: 1 }, { topic: tea, weight: 1 }, { topic: reading, weight: 3 }, { topic: fitness, weight: 2 }]
products: [{ id: p1, name: Dog Bed, category: c, points: [washable], audience: [] }]
schedule: { windows: ["20:30-22:00", "21:00-21:30", "07:30-08:30"], postsPerDay: { min: 2, max: 3 }, restDays: [] }
density: { weeklySalesinessBudget: 1.2, minHoursBetweenMarketing: 72 }
`;

describe('a pace the library can keep', () => {
  // Aiming at the middle of postsPerDay against every fitting template (seasonal ones included) ran the
  // templates any day can use dry in the fourth week; the pace now keeps a fifth of them in hand.
  it('plans 13 weeks from 2026-W48 at two or three posts a day without running out of templates', async () => {
    await expectCleanQuarter({ 'personas/t15.yaml': STEADY }, ['t15'], '2026-W48', 13);
  }, 120_000);
});

/** Three posts a day on only two interests: the usual 私域 advice, and the leanest share of the library. */
function threeADay(id: string, locale: 'zh-CN' | 'en', interests: [string, string], posts: { min: number; max: number }): string {
  const zh = locale === 'zh-CN';
  return `id: ${id}
name: ${zh ? '小周' : 'Jo'}
locale: ${locale}
timezone: ${zh ? 'Asia/Shanghai' : 'America/New_York'}
role: ${zh ? '茶叶顾问' : 'tea shop'}
bio: ${zh ? '每天发三条朋友圈。' : 'Posts three times a day.'}
voice: { tone: [warm], emoji: light, signature: "", phrases: [], avoid: [] }
interests: [{ topic: ${interests[0]}, weight: 2 }, { topic: ${interests[1]}, weight: 1 }]
products: [{ id: p1, name: ${zh ? '好茶' : 'Good tea'}, category: tea, points: [${zh ? '香' : 'fragrant'}], audience: [${zh ? '爱茶的人' : 'tea lovers'}] }]
schedule: { windows: ["07:00-09:00", "12:00-13:30", "19:00-22:00"], postsPerDay: { min: ${posts.min}, max: ${posts.max} }, restDays: [] }
`;
}

describe('three posts a day on two interests', () => {
  // With 8 English lifestyle templates a topic and 16 general ones of each calm kind, an English persona at
  // three a day ran out of templates in its third week, and a Chinese one on two topics in its ninth.
  it.each([
    ['e3', 'en', ['photography', 'parenting'], { min: 3, max: 3 }],
    ['e34', 'en', ['movies', 'pets'], { min: 3, max: 4 }],
    ['z3', 'zh-CN', ['travel', 'cooking'], { min: 3, max: 3 }],
    ['z34', 'zh-CN', ['music', 'reading'], { min: 3, max: 4 }],
  ] as const)('%s (%s, %j) plans 13 weeks from 2026-W49 and passes --check', async (id, locale, interests, posts) => {
    await expectCleanQuarter({ [`personas/${id}.yaml`]: threeADay(id, locale, [...interests], posts) }, [id], '2026-W49', 13);
  }, 120_000);
});

describe('four or five posts a day under the default budget', () => {
  // Next week's calm posts were reserved at the upper quartile of what calm templates declare, and at four or
  // five posts a day that reservation alone filled the 7 days from Saturday: such personas were refused in week
  // one on "salesiness budget" though their whole week weighed 0.8 of 2. With the library grown to about 130
  // templates for such a persona, they now plan a whole quarter.
  it.each([
    ['e45', 'en', ['tea', 'movies']],
    ['z45', 'zh-CN', ['music', 'cooking', 'plants']],
  ] as const)('%s (%s, %j) plans 13 weeks from 2026-W49 and passes --check', async (id, locale, interests) => {
    const zh = threeADay(id, locale, [interests[0], interests[1]], { min: 4, max: 5 });
    const persona = interests.length > 2 ? zh.replace(/interests: \[/, `interests: [{ topic: ${interests[2]}, weight: 1 }, `) : zh;
    await expectCleanQuarter({ [`personas/${id}.yaml`]: persona }, [id], '2026-W49', 13);
  }, 120_000);
});
