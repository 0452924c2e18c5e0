// The planner on hand-made inputs: what users rely on (lead-ups, series, DST, voice) and what it must refuse.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import { plan } from '../../src/plan/planner.js';
import { verify } from '../../src/plan/verify.js';
import { dayNumber, isoOfDay } from '../../src/plan/time.js';
import { fixedPosts } from '../../src/cli/plan-store.js';
import type { Plan, PlanRules } from '../../src/model/plan.js';
import type { FixedPost, PlanInput, PreparedTemplate } from '../../src/plan/types.js';
import { input, library, makePersona, makeTemplate, rulesFor } from './fixtures.js';

function ok(outcome: ReturnType<typeof plan>) {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => en(p.message)).join('\n'));
  expect(verify(outcome.plan, { history: [], team: [] }).map((v) => en(v.message))).toEqual([]);
  return outcome.plan;
}

describe('plan()', () => {
  it('puts a live lead-up before the stream, inside the density rules', () => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天煮老白茶', product: 'rougui' }] });
    const p = ok(plan(input({ persona, rules: rulesFor(persona) })));
    const live = p.posts.filter((x) => x.kind === 'live');
    expect(live.length).toBeGreaterThan(0);
    for (const x of live) {
      expect(x.marketing).toBe(true);
      expect(x.text).toContain('冬天煮老白茶');
      expect(Date.parse(x.at)).toBeLessThan(Date.parse('2026-12-03T20:00:00+08:00'));
      expect(Date.parse(x.at)).toBeGreaterThan(Date.parse('2026-12-01T00:00:00+08:00'));
    }
  });

  it('names the rule that kept every live template from announcing a stream, when a product post stood in', () => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天煮老白茶', product: 'rougui' }] });
    // A live template louder than the budget allows; the product templates fit under it.
    const templates = [...library().filter((p) => p.template.kind !== 'live'), makeTemplate('zh-CN/live/loud', 'live', { salesiness: 0.95 })];
    const p = ok(plan(input({ persona, templates, rules: { ...rulesFor(persona), weeklySalesinessBudget: 1.2 } })));
    expect(p.posts.some((x) => x.kind === 'live')).toBe(false);
    expect(p.warnings).toContain('直播"冬天煮老白茶"（2026-12-03）：任何直播模板做预告都会违反规则"任意 7 天的推销分预算"，只发了一条关于 武夷肉桂 的产品帖，直播本身没有预告');
  });

  it.each([
    ['a budget below the lightest product template', {}, { weeklySalesinessBudget: 0.3 }, 'no product post can go out: the lightest product template declares salesiness 0.45, above weeklySalesinessBudget 0.3'],
    ['a share of 0', {}, { maxMarketingShare: 0 }, 'maxMarketingShare is 0, so no marketing post goes out'],
    ['a share that allows none of the few posts a week', { schedule: { windows: ['07:30-08:30'], postsPerDay: { min: 1, max: 1 }, restDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const } }, {}, 'no marketing post can go out: any 7 days hold at most 1 posts (1 a day on 1 active days), and maxMarketingShare 0.25 allows none of them'],
  ])('says why products never go out: %s', (_name, personaOver, rulesOver, says) => {
    const persona = makePersona({ ...(personaOver as object) });
    const p = ok(plan(input({ persona, rules: rulesFor(persona, rulesOver) })));
    expect(p.posts.filter((x) => x.marketing)).toEqual([]);
    expect(p.warnings).toEqual(expect.arrayContaining([expect.stringContaining(says.startsWith('no product') ? '产品帖发不出去' : says.startsWith('maxMarketingShare is 0') ? 'maxMarketingShare 为 0' : '营销帖发不出去')]));
    const english = plan(input({ persona: { ...persona, locale: 'en' as const }, rules: rulesFor(persona, rulesOver), templates: library().map((t) => ({ ...t, template: { ...t.template, locale: 'en' as const } })) }));
    expect(english.ok && english.plan.warnings.join('\n')).toContain(says);
  });

  it('notes in the first week that the library is thin: by cooldowns, and by how few texts its templates can render', () => {
    const persona = makePersona({ schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 1, max: 1 }, restDays: [] } });
    const rules = rulesFor(persona, { defaultCooldownDays: 7 });
    const thin = (p: Plan) => p.warnings.filter((w) => w.includes('之后几周可能排不出来'));
    const products = library(0, [], 2).filter((t) => t.template.kind !== 'story');
    // Fourteen templates under a 7-day cooldown: enough for a post a day, and no note.
    const body = (variants: number) => `{{#pick}}${Array.from({ length: variants }, (_, i) => `第${i}种说法`).join('{{or}}')}{{/pick}}`;
    const rich = Array.from({ length: 14 }, (_, i) => makeTemplate(`zh-CN/lifestyle/tea/${i}`, 'lifestyle', { topics: ['tea'], body: body(20) }));
    expect(thin(ok(plan(input({ persona, rules, templates: [...rich, ...products] }))))).toEqual([]);
    // The same fourteen with two variants each: no text may repeat within 91 days, so each goes out about
    // twice a quarter, far from a post a day.
    const poor = rich.map((t) => ({ ...t, template: { ...t.template, body: body(2) } }));
    expect(thin(ok(plan(input({ persona, rules, templates: [...poor, ...products] }))))).toEqual([
      '适合的模板在 8 天里大约只够发 2 条，而 postsPerDay.min 需要 8 条：之后几周可能排不出来；请为其兴趣（tea, reading）添加模板，或调低 postsPerDay.min（1）',
    ]);
  });

  it('keeps a weekly series on its day, inside its own window, with its topic', () => {
    const persona = makePersona({ series: [{ name: '周五一泡茶', day: 'fri', window: '21:00-21:40', topic: 'tea' }] });
    const p = ok(plan(input({ persona, rules: rulesFor(persona) })));
    const series = p.posts.filter((x) => x.series === '周五一泡茶');
    expect(series).toHaveLength(1);
    expect(series[0]!.at).toMatch(/^2026-12-04T21:[0-3]\d:00\+08:00$/);
    expect(series[0]!.topic).toBe('tea');
  });

  it('says why a series gives way when every template of its topic is limited by days: to other weekdays', () => {
    const persona = makePersona({ series: [{ name: '周五一泡茶', day: 'fri', window: '21:00-21:40', topic: 'ink' }] });
    const ink = Array.from({ length: 3 }, (_, i) => makeTemplate(`zh-CN/lifestyle/ink/${i}`, 'lifestyle', { topics: ['ink'], days: ['mon', 'wed'] }));
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates: [...library(), ...ink] })));
    expect(p.posts.filter((x) => x.series === '周五一泡茶').map((x) => x.topic)).not.toContain('ink');
    expect(p.warnings).toContain('栏目"周五一泡茶"（2026-12-04）：ink 模板都用 days: 限定在 mon, wed，不含 fri，换成了另一条日常（请添加适合 fri 的 ink 模板，或调整栏目日期）');
    // With one ink template free on Fridays, the ritual is back and the note gone.
    const friday = makeTemplate('zh-CN/lifestyle/ink/fri', 'lifestyle', { topics: ['ink'], days: ['fri'] });
    const back = ok(plan(input({ persona, rules: rulesFor(persona), templates: [...library(), ...ink, friday] })));
    expect(back.posts.filter((x) => x.series === '周五一泡茶').map((x) => x.template)).toEqual(['zh-CN/lifestyle/ink/fri']);
    expect(back.warnings.join('\n')).not.toContain('days:');
  });

  it('keeps a thin series topic for its ritual, week after week, though the topic weighs most among interests', () => {
    // Six ink templates under a 28-day cooldown go out about 1.4 times a week: enough for the Sunday ritual
    // only if weekday posts leave them alone.
    const persona = makePersona({
      interests: [{ topic: 'ink', weight: 5 }, { topic: 'tea', weight: 1 }, { topic: 'reading', weight: 1 }],
      series: [{ name: '周日临帖', day: 'sun', window: '19:00-20:00', topic: 'ink' }],
      schedule: { windows: ['07:30-08:30', '19:00-21:00'], postsPerDay: { min: 1, max: 2 }, restDays: [] },
    });
    const templates = [...library(20), ...Array.from({ length: 6 }, (_, i) => makeTemplate(`zh-CN/lifestyle/ink/${i}`, 'lifestyle', { topics: ['ink'] }))];
    const plans: Plan[] = [];
    for (let week = 0; week < 8; week++) {
      const from = isoOfDay(dayNumber('2026-11-30') + week * 7);
      const range = { from, to: isoOfDay(dayNumber(from) + 6) };
      const outcome = plan(input({ persona, rules: rulesFor(persona), templates, range, seed: `w${week}`, history: plans.flatMap(fixedPosts) }));
      if (!outcome.ok) throw new Error(outcome.problems.map((p) => en(p.message)).join('\n'));
      expect(verify(outcome.plan, { history: plans, team: [] }).map((v) => en(v.message))).toEqual([]);
      plans.push(outcome.plan);
    }
    const rituals = plans.flatMap((p) => p.posts.filter((x) => x.series === '周日临帖'));
    expect(rituals).toHaveLength(8);
    expect(rituals.map((x) => x.topic)).toEqual(Array(8).fill('ink'));
  });

  it('keeps a strict salesiness budget week after week: zero-salesiness posts are not all spent in the first weeks', () => {
    // 33 lifestyle templates at 0 and 60 others at 0.05 under a 35-day cooldown; 0.5 a week for 2–4 posts a day.
    const persona = makePersona({
      interests: [{ topic: 'tea', weight: 3 }, { topic: 'plants', weight: 1 }, { topic: 'music', weight: 1 }],
      schedule: { windows: ['06:00-07:00', '13:00-14:00', '18:00-18:30', '22:00-23:30'], postsPerDay: { min: 2, max: 4 }, restDays: ['fri'] },
    });
    const rules = rulesFor(persona, { weeklySalesinessBudget: 0.5, maxMarketingShare: 0.05, defaultCooldownDays: 35 });
    const templates = [
      ...['tea', 'plants', 'music'].flatMap((topic) => Array.from({ length: 11 }, (_, i) => makeTemplate(`zh-CN/lifestyle/${topic}/${i}`, 'lifestyle', { topics: [topic], salesiness: 0 }))),
      ...(['expertise', 'interaction', 'story'] as const).flatMap((kind) => Array.from({ length: 20 }, (_, i) => makeTemplate(`zh-CN/${kind}/${i}`, kind, { salesiness: 0.05 }))),
    ];
    const plans: Plan[] = [];
    for (let week = 0; week < 8; week++) {
      const from = isoOfDay(dayNumber('2026-11-30') + week * 7);
      const range = { from, to: isoOfDay(dayNumber(from) + 6) };
      const outcome = plan(input({ persona, rules, templates, range, seed: `w${week}`, history: plans.flatMap(fixedPosts) }));
      if (!outcome.ok) throw new Error(`week ${week + 1}: ${outcome.problems.map((p) => en(p.message)).join('\n')}`);
      expect(verify(outcome.plan, { history: plans, team: [] }).map((v) => en(v.message))).toEqual([]);
      plans.push(outcome.plan);
    }
  });

  it.each(['a', 'b', 'c', 'd', 'e'])('keeps a thin library planning for 13 weeks when templates carry cooldowns of their own (seed %s)', (seed) => {
    // 8 everyday templates at 4–8 days and 3 product templates: about 1.2 everyday posts a day against a minimum of
    // one. Product posts at the edges of a week, a pace drawn above the library's, or a week that leaves the next
    // Monday nothing out of cooldown each got a later week refused.
    const cooldowns = [4, 5, 6, 7, 8, 4, 6, 8];
    const templates = [
      ...cooldowns.map((cooldownDays, i) => makeTemplate(`zh-CN/lifestyle/tea/${i}`, 'lifestyle', { topics: ['tea'], salesiness: 0.02, cooldownDays })),
      ...[7, 5, 8].map((cooldownDays, i) => makeTemplate(`zh-CN/product/${i}`, 'product', { salesiness: 0.4, cooldownDays })),
    ];
    const persona = makePersona({ schedule: { windows: ['08:00-10:00', '12:00-13:00', '20:00-22:00'], postsPerDay: { min: 1, max: 3 }, restDays: [] } });
    const rules = rulesFor(persona, { maxMarketingShare: 0.25, defaultCooldownDays: 6, minHoursBetweenMarketing: 4, weeklySalesinessBudget: 3 });
    const plans: Plan[] = [];
    for (let week = 0; week < 13; week++) {
      const from = isoOfDay(dayNumber('2027-03-22') + week * 7);
      const outcome = plan(input({ persona, rules, templates, range: { from, to: isoOfDay(dayNumber(from) + 6) }, seed: `${seed}${week}`, history: plans.flatMap(fixedPosts) }));
      if (!outcome.ok) throw new Error(`week ${week + 1}: ${outcome.problems.map((p) => en(p.message)).join('\n')}`);
      expect(verify(outcome.plan, { history: plans, team: [] }).map((v) => en(v.message))).toEqual([]);
      plans.push(outcome.plan);
    }
    expect(plans.flatMap((p) => p.posts).filter((p) => p.marketing).length).toBeGreaterThan(0);
  });

  it('never posts a word the persona avoids or the policy bans', () => {
    const templates = [
      ...library(),
      ...Array.from({ length: 30 }, (_, i) => ({ ...makeTemplate(`bad/${i}`, 'lifestyle', { topics: ['tea'], weight: 50 }), render: () => `家人们，第${i}泡` })),
    ];
    const p = ok(plan(input({ templates, bannedWords: ['招商'] })));
    for (const post of p.posts) expect(post.text).not.toMatch(/家人们|招商/);
  });

  it('counts a calm template that measures salesy as marketing', () => {
    const templates = library().map((t) => (t.template.id === 'zh-CN/story/0' ? { ...t, template: { ...t.template, weight: 100 } } : t));
    const measure = (text: string) => (text.startsWith('zh-CN/story/0') ? 0.8 : 0);
    const p = ok(plan(input({ templates, measure })));
    for (const post of p.posts) if (post.salesiness >= 0.5) expect(post.marketing).toBe(true);
  });

  it('plans across the 2026-11-01 DST change in Los Angeles without a nonexistent or doubled time', () => {
    const persona = makePersona({ id: 'emma', locale: 'zh-CN', timezone: 'America/Los_Angeles', schedule: { windows: ['01:00-02:30', '19:00-20:00'], postsPerDay: { min: 2, max: 2 }, restDays: [] } });
    const p = ok(plan(input({ persona, rules: rulesFor(persona), range: { from: '2026-10-29', to: '2026-11-04' } })));
    const offsets = new Set(p.posts.map((x) => x.at.slice(-6)));
    expect(offsets).toEqual(new Set(['-07:00', '-08:00']));
    expect(new Set(p.posts.map((x) => Date.parse(x.at))).size).toBe(p.posts.length);
  });

  it('moves the posts of a window a DST change erases into the windows left that day (London, 2027-03-28)', () => {
    // 01:05-01:55 does not exist on the night the clocks go forward; 19:00-20:00 has room for both posts.
    const persona = makePersona({ id: 'amy', locale: 'zh-CN', timezone: 'Europe/London', schedule: { windows: ['01:05-01:55', '19:00-20:00'], postsPerDay: { min: 2, max: 2 }, restDays: [] } });
    const p = ok(plan(input({ persona, rules: rulesFor(persona), range: { from: '2027-03-22', to: '2027-03-28' } })));
    const sunday = p.posts.filter((x) => x.at.startsWith('2027-03-28'));
    expect(sunday.map((x) => x.at.slice(11, 13))).toEqual(['19', '19']);
    expect(p.posts.filter((x) => !x.at.startsWith('2027-03-28')).length).toBe(12);
    expect(verify(p, { history: [], team: [] }).map((v) => en(v.message))).toEqual([]);
  });

  it('skips a series ritual whose whole window a DST change removes, and says so (London, 2027-03-28)', () => {
    const persona = makePersona({
      id: 'ollie',
      locale: 'zh-CN',
      timezone: 'Europe/London',
      schedule: { windows: ['01:00-03:30'], postsPerDay: { min: 1, max: 2 }, restDays: [] },
      series: [{ name: '周日夜班', day: 'sun', window: '01:00-02:00', topic: 'tea' }],
    });
    const p = ok(plan(input({ persona, rules: rulesFor(persona), range: { from: '2027-03-22', to: '2027-04-04' } })));
    const rituals = p.posts.filter((x) => x.series === '周日夜班').map((x) => x.at.slice(0, 10));
    // The next Sunday keeps its ritual; on the day the clocks skip 01:00-02:00 there is none, and the plan notes it.
    expect(rituals).toEqual(['2027-04-04']);
    expect(p.warnings.filter((w) => w.includes('2027-03-28'))).toEqual(['栏目"周日夜班"（2027-03-28）：当天时钟调整，01:00-02:00 整段不存在，这一期暂停']);
  });

  it('plans a window split at midnight: posts in the last hour of the day (ending 24:00) and just after midnight', () => {
    const persona = makePersona({ schedule: { windows: ['00:00-00:40', '23:20-24:00'], postsPerDay: { min: 2, max: 2 }, restDays: [] } });
    const p = ok(plan(input({ persona, rules: rulesFor(persona) })));
    const minutes = p.posts.map((x) => Number(x.at.slice(11, 13)) * 60 + Number(x.at.slice(14, 16)));
    expect(minutes.filter((m) => m >= 23 * 60 + 20 && m <= 23 * 60 + 59).length).toBe(7);
    expect(minutes.filter((m) => m < 40).length).toBe(7);
    expect(verify(p, { history: [], team: [] }).map((v) => en(v.message))).toEqual([]);
  });

  it('lets a series post see its ritual ({{series.name}}), and only series posts', () => {
    const series = [{ name: '周五夜跑打卡', day: 'fri' as const, window: '21:00-22:00', topic: 'tea' }];
    const persona = makePersona({ series });
    const templates = library().map((t) => ({ ...t, render: (ctx: Parameters<typeof t.render>[0], seed: string) => `${ctx.series ? `${ctx.series.name}：` : ''}${t.render(ctx, seed)}` }));
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates })));
    const ritual = p.posts.filter((x) => x.series === '周五夜跑打卡');
    expect(ritual.length).toBe(1);
    expect(ritual[0]!.text.startsWith('周五夜跑打卡：')).toBe(true);
    for (const x of p.posts) if (x.series === null) expect(x.text).not.toContain('周五夜跑打卡');
  });

  it.each<[string, Partial<PlanRules>, string, RegExp]>([
    ['quiet days around it', { quietDays: ['2026-12-02', '2026-12-03', '2026-12-04'] }, 'at 20:00', /当天和前两天都排不下预告，否则会违反规则"静默日"/],
    ['no posting time before it', { restDays: ['wed', 'thu'] }, 'at 07:00', /直播开始前当天和前两天都没有可发的时段/],
  ])('says why a live stream gets no lead-up: %s', (_name, over, _when, says) => {
    const persona = makePersona({ events: [{ type: 'live', at: _when === 'at 07:00' ? '2026-12-04T07:00' : '2026-12-04T20:00', title: '冬茶夜话', product: 'rougui' }] });
    const rules = { ...rulesFor(persona), ...over };
    const p = ok(plan(input({ persona, rules })));
    // Notes are written in the persona's language (lin-cha writes Chinese).
    expect(p.warnings.join('\n')).toMatch(says);
  });

  it('plans a small library whose templates have short cooldowns of their own (not the default 28 days)', () => {
    // 1-day: 4 times in 7 days, 2-day: 3 times, 3-day: twice, 35-day: once; 7 posts are needed.
    const templates = [1, 2, 3, 35].map((cooldownDays, i) => makeTemplate(`zh-CN/lifestyle/tea/${i}`, 'lifestyle', { topics: ['tea'], cooldownDays }));
    const p = ok(plan(input({ rules: rulesFor(makePersona(), { restDays: [], postsPerDay: { min: 1, max: 1 } }), templates })));
    expect(p.posts).toHaveLength(7);
  });

  it('says a Monday-morning stream with no lead-up had its days in the earlier plan, not that the persona has no posting time', () => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-11-30T07:00', title: '早茶会', product: 'rougui' }], schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 1, max: 2 }, restDays: [] } });
    const p = ok(plan(input({ persona, rules: rulesFor(persona) })));
    expect(p.warnings).toContainEqual(expect.stringContaining('而 2026-11-28 至 2026-11-29 属于之前的计划，那里也没有排预告'));
    expect(p.warnings.join('\n')).not.toContain('直播开始前当天和前两天都没有可发的时段');
  });

  it.each([
    ['two lead-ups', 2, 0],
    ['one lead-up', 1, 1],
  ])('counts %s written last week for a Monday stream: adds only what is missing, and no "no lead-up" note', (_name, written, added) => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-07T20:00', title: '周一茶会', product: 'rougui' }], schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 1, max: 2 }, restDays: [] } });
    const leadUp = (iso: string, hour: number) => ({
      personaId: 'lin-cha', day: dayNumber(iso), epochMs: Date.parse(`${iso}T${String(hour).padStart(2, '0')}:00:00+08:00`), template: `zh-CN/live/lead-up-${iso}`,
      kind: 'live', cooldownDays: 28, marketing: true, salesiness: 0.55, topic: null, text: `预告 ${iso}`,
    });
    // Saturday morning first: Monday morning is then far enough from it (36 hours between marketing posts).
    const history = [leadUp('2026-12-05', 8), leadUp('2026-12-06', 21)].slice(0, written);
    // The made-up last week holds only its lead-ups, so the rolling share is lifted to leave room beside them.
    const outcome = plan(input({ persona, rules: rulesFor(persona, { maxMarketingShare: 1 }), range: { from: '2026-12-07', to: '2026-12-13' }, history }));
    const p = ok(outcome);
    expect(p.posts.filter((x) => x.marketing && x.at < '2026-12-07T20:00')).toHaveLength(added);
    expect(p.warnings.join('\n')).not.toContain('周一茶会');
  });

  it('leaves a stream of next week to next week: no "no lead-up" note in the week before it', () => {
    // Tuesday's stream: its lead-up days are Sunday (a rest day, this week), Monday and Tuesday (next week).
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-08T20:00', title: '周二茶会', product: 'rougui' }] });
    const p = ok(plan(input({ persona, rules: rulesFor(persona) })));
    expect(p.warnings.join('\n')).not.toContain('周二茶会');
    const outcome = plan(input({ persona, rules: rulesFor(persona), range: { from: '2026-12-07', to: '2026-12-13' }, history: fixedPosts(p) }));
    if (!outcome.ok) throw new Error(outcome.problems.map((x) => en(x.message)).join('\n'));
    expect(verify(outcome.plan, { history: [p], team: [] })).toEqual([]);
    expect(outcome.plan.posts.some((x) => x.marketing && x.at < '2026-12-08T20:00')).toBe(true);
  });

  it('says when a stream goes unannounced because only a product post could take its lead-up slot', () => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天煮老白茶', product: 'rougui' }] });
    // The one live template went out eight days before: under its 28-day cooldown it cannot announce this stream.
    const history = [{ personaId: 'lin-cha', day: dayNumber('2026-11-25'), epochMs: Date.parse('2026-11-25T20:30:00+08:00'), template: 'zh-CN/live/lead-up', kind: 'live', cooldownDays: 28, marketing: true, salesiness: 0.55, topic: null, text: '上次的预告' }];
    const outcome = plan(input({ persona, rules: rulesFor(persona, { maxMarketingShare: 1 }), history }));
    if (!outcome.ok) throw new Error(outcome.problems.map((x) => en(x.message)).join('\n'));
    expect(outcome.plan.posts.filter((x) => x.kind === 'live')).toHaveLength(0);
    expect(outcome.plan.warnings.join('\n')).toContain('直播"冬天煮老白茶"（2026-12-03）：预告时没有可用的直播模板');
  });

  it('does not say a product post stood in for an unannounced stream when none did', () => {
    const persona = makePersona({ events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天煮老白茶', product: 'rougui' }] });
    const history = [{ personaId: 'lin-cha', day: dayNumber('2026-11-25'), epochMs: Date.parse('2026-11-25T20:30:00+08:00'), template: 'zh-CN/live/lead-up', kind: 'live', cooldownDays: 28, marketing: true, salesiness: 0.55, topic: null, text: '上次的预告' }];
    // No product template either: nothing stands in for the lead-up.
    const templates = library().filter((p) => p.template.kind !== 'product');
    const outcome = plan(input({ persona, templates, rules: rulesFor(persona, { maxMarketingShare: 1 }), history }));
    if (!outcome.ok) throw new Error(outcome.problems.map((x) => en(x.message)).join('\n'));
    expect(outcome.plan.posts.filter((x) => x.marketing)).toHaveLength(0);
    const about = outcome.plan.warnings.filter((w) => w.includes('冬天煮老白茶'));
    expect(about).toEqual(['直播"冬天煮老白茶"（2026-12-03）：预告时没有可用的直播模板（在冷却期内或被其他规则排除），直播没有预告；请添加直播模板']);
  });

  it('gives the same bytes for the same inputs and seed, and a different plan for another seed', () => {
    const a = JSON.stringify(plan(input()));
    expect(JSON.stringify(plan(input()))).toBe(a);
    expect(JSON.stringify(plan(input({ seed: 'other' })))).not.toBe(a);
  });
});

/** A tea post of lin-cha's at 08:00 on a date, as history. */
function teaPosted(date: string, template: string, text: string, cooldownDays = 28): FixedPost {
  return { personaId: 'lin-cha', day: dayNumber(date), epochMs: Date.parse(`${date}T08:00:00+08:00`), template, kind: 'lifestyle', cooldownDays, marketing: false, salesiness: 0, topic: 'tea', text };
}

/** One post due on 2026-12-07, three tea templates all posted that week (in cooldown), and `last` to decide it. */
function lastTemplateStanding(last: PreparedTemplate, history: FixedPost[] = []): Partial<PlanInput> {
  return {
    rules: rulesFor(makePersona(), { restDays: [], postsPerDay: { min: 1, max: 1 } }),
    range: { from: '2026-12-07', to: '2026-12-07' },
    templates: [...[0, 1, 2].map((i) => makeTemplate(`zh-CN/lifestyle/tea/${i}`, 'lifestyle', { topics: ['tea'] })), last],
    history: [...[0, 1, 2].map((i) => teaPosted(isoOfDay(dayNumber('2026-12-01') + i), `zh-CN/lifestyle/tea/${i}`, `茶 ${i}`)), ...history],
  };
}

describe('plan() refuses what it cannot plan, and says what to add', () => {
  const cases = [
    {
      name: 'a library too small for the cooldown',
      over: { templates: library(1, ['tea'], 0).slice(0, 4) },
      message: /lin-cha: 4 zh-CN templates fit, 6 needed for 1 post\(s\) a day under a 28-day cooldown/,
      hint: /Add templates for its interests \(tea, reading\)/,
    },
    {
      name: 'templates with cooldowns of their own too long for the week',
      over: {
        rules: rulesFor(makePersona(), { restDays: [] }),
        templates: [3, 35, 35].map((cooldownDays, i) => makeTemplate(`zh-CN/lifestyle/tea/${i}`, 'lifestyle', { topics: ['tea'], cooldownDays })),
      },
      // The 3-day one goes out twice in 7 days, each 35-day one once.
      message: /the 3 zh-CN templates that fit can go out 4 times in 7 days under their cooldowns \(3\/35 days\), and 1 post\(s\) a day needs 7/,
      hint: /Add templates/,
    },
    {
      name: 'every template ruled out, by more than one rule (each named)',
      over: lastTemplateStanding({ ...makeTemplate('zh-CN/lifestyle/tea/loud', 'lifestyle', { topics: ['tea'] }), render: () => '家人们，今天的茶' }),
      message: /cannot plan 2026-12-07 \d\d:\d\d without breaking the rule "template cooldown"/,
      hint: /3 of 4 fitting templates were used within their cooldown.* 1 other template\(s\) were turned away by the rule "words to avoid"\.$/,
    },
    {
      name: 'templates in cooldown and one whose only text was posted last week: the repeated text gets its own fix',
      over: lastTemplateStanding(
        { ...makeTemplate('zh-CN/lifestyle/tea/same', 'lifestyle', { topics: ['tea'], cooldownDays: 3 }), render: () => '今天的茶，还是那个味道。' },
        [teaPosted('2026-11-30', 'zh-CN/lifestyle/tea/same', '今天的茶，还是那个味道。', 3)],
      ),
      message: /without breaking the rule "template cooldown"/,
      hint: /1 other template\(s\) were turned away by the rule "[^"]+": The remaining templates would repeat a text already posted; add pick variants or templates\.$/,
    },
    {
      name: 'no template in the persona locale',
      over: { templates: library().map((t) => ({ ...t, template: { ...t.template, locale: 'en' as const } })) },
      message: /no zh-CN template fits/,
      hint: /locale: zh-CN/,
    },
    {
      name: 'a salesiness budget below the calmest week',
      over: { rules: rulesFor(makePersona(), { weeklySalesinessBudget: 0.05 }), templates: library().map((t) => ({ ...t, template: { ...t.template, salesiness: 0.04 } })) },
      message: /without breaking the rule "salesiness budget of any 7 days"/,
      hint: /weeklySalesinessBudget \(0\.05\)/,
    },
    {
      name: 'one topic for two posts a day',
      over: {
        persona: makePersona({ interests: [{ topic: 'tea', weight: 1 }] }),
        rules: rulesFor(makePersona(), { postsPerDay: { min: 2, max: 2 }, defaultCooldownDays: 3 }),
        templates: library(40, ['tea'], 0).filter((t) => t.template.kind === 'lifestyle'),
      },
      message: /without breaking the rule "one post per topic per day"/,
      hint: /add interests or generic templates/,
    },
    {
      name: 'a window erased by the spring-forward change',
      over: {
        persona: makePersona({ timezone: 'America/Los_Angeles' }),
        rules: rulesFor(makePersona(), { windows: ['02:05-02:50'], restDays: [] }),
        range: { from: '2026-03-08', to: '2026-03-08' },
      },
      message: /on 2026-03-08 the posting windows \(02:05-02:50\) leave room for 0 post\(s\), postsPerDay.min is 1/,
      hint: /daylight-saving/,
    },
    {
      name: 'a marketing threshold of 0: no rewrite is calm enough, only the threshold makes room',
      over: { rules: rulesFor(makePersona(), { marketingThreshold: 0, maxMarketingShare: 0 }) },
      message: /without breaking the rule/,
      hint: /marketingThreshold is 0, so every post counts as marketing however calm; raise marketingThreshold/,
    },
    {
      name: 'windows too narrow on an ordinary day (no daylight-saving change to blame)',
      over: {
        persona: makePersona(),
        rules: rulesFor(makePersona(), { windows: ['01:30-01:31'], postsPerDay: { min: 3, max: 3 }, restDays: [] }),
        range: { from: '2026-11-30', to: '2026-11-30' },
      },
      message: /leave room for 1 post\(s\), postsPerDay.min is 3/,
      hint: /^Posts go out at least a minute apart, so the windows are too narrow/,
    },
  ];
  it.each(cases)('$name', ({ over, message, hint }) => {
    const outcome = plan(input(over));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(en(outcome.problems[0]!.message)).toMatch(message);
    expect(en(outcome.problems[0]!.hint!)).toMatch(hint);
  });
});

describe('containsWord (the planner side of words to avoid)', () => {
  it.each([
    ['Went hunting for mushrooms', 'hun', null],
    ['Thanks hun, see you', 'hun', 'hun'],
    ['家人们，早', '家人们', '家人们'],
    ['我母亲做的菜', '亲们', null],
  ])('"%s" with "%s" → %s', (text, word, found) => {
    expect(containsWord(text, [word])).toBe(found);
  });
});
import { containsWord } from '../../src/model/words.js';

describe('seasonal templates', () => {
  const seasonal = [
    makeTemplate('zh-CN/season/lidong-a', 'interaction', { season: ['立冬'], cooldownDays: 300 }),
    makeTemplate('zh-CN/season/lidong-b', 'story', { season: ['立冬'], cooldownDays: 300 }),
  ];
  const calendar = (iso: string) => ({ seasons: iso === '2026-11-07' ? ['立冬'] : [] });
  const range = { from: '2026-11-02', to: '2026-11-08' };
  const persona = makePersona({ schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 2, max: 2 }, restDays: [] } });

  it('go out on their day, once, and never on another day', () => {
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates: [...library(), ...seasonal], calendar, range })));
    const used = p.posts.filter((x) => x.template.startsWith('zh-CN/season/'));
    expect(used).toHaveLength(1);
    expect(used[0]!.at.slice(0, 10)).toBe('2026-11-07');
  });

  it('wait when the day is not theirs', () => {
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates: [...library(), ...seasonal], calendar: () => ({ seasons: [] }), range })));
    expect(p.posts.some((x) => x.template.startsWith('zh-CN/season/'))).toBe(false);
  });
});

describe('templates kept to some weekdays (days)', () => {
  // A post that says 周日晚上 must not go out on a Wednesday; heavy weights make the planner want them every day.
  const sunday = [
    makeTemplate('zh-CN/lifestyle/weekend/sunday-a', 'interaction', { days: ['sun'], weight: 50 }),
    makeTemplate('zh-CN/lifestyle/weekend/sunday-b', 'story', { days: ['sun'], weight: 50 }),
    makeTemplate('zh-CN/product/monday-only', 'product', { days: ['mon'], weight: 50, salesiness: 0.4 }),
  ];
  const persona = makePersona({ schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 2, max: 2 }, restDays: [] } });

  it('go out on those weekdays only', () => {
    const range = { from: '2026-11-02', to: '2026-11-15' };
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates: [...library(), ...sunday], range })));
    const kept = p.posts.filter((x) => sunday.some((s) => s.template.id === x.template));
    expect(kept.length).toBeGreaterThan(0);
    for (const post of kept) {
      const weekday = new Date(`${post.at.slice(0, 10)}T12:00:00Z`).getUTCDay();
      expect([post.template, weekday]).toEqual([post.template, post.template.endsWith('monday-only') ? 1 : 0]);
    }
  });
});

describe('a persona resting every day', () => {
  it('plans an empty week and says why', () => {
    const persona = makePersona({ schedule: { windows: ['07:30-08:30'], postsPerDay: { min: 1, max: 1 }, restDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } });
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates: library(), range: { from: '2026-11-02', to: '2026-11-08' } })));
    expect(p.posts).toEqual([]);
    expect(p.warnings.join('\n')).toContain('一周每天都是休息日');
  });
});

describe('a team shares customers', () => {
  /** chen-ye's posts of these templates on the days before the plan, as a teammate's written week. */
  const teammate = (ids: readonly string[]): FixedPost[] =>
    ids.map((template, i) => {
      const day = dayNumber('2026-11-29') - (i % 7);
      return { personaId: 'chen-ye', day, epochMs: day * 86_400_000, template, kind: 'story', cooldownDays: 28, marketing: false, salesiness: 0.1, topic: null, text: `${template} chen-ye` };
    });
  const persona = makePersona({ team: 'cha-she' });

  it('a story or product a teammate posted these weeks is left for later when others fit', () => {
    const told = [...Array.from({ length: 6 }, (_, i) => `zh-CN/story/${i}`), 'zh-CN/product/0', 'zh-CN/product/1', 'zh-CN/lifestyle/tea/0'];
    const p = ok(plan(input({ persona, rules: rulesFor(persona), teamNearby: teammate(told) })));
    expect(p.posts.map((x) => x.template).filter((id) => told.includes(id))).toEqual([]);
    // The same input without the teammate's weeks does pick some of them: the preference made the difference.
    const alone = ok(plan(input({ persona, rules: rulesFor(persona) })));
    expect(alone.posts.map((x) => x.template).filter((id) => told.includes(id)).length).toBeGreaterThan(0);
  });

  it('is a preference, not a rule: with nothing else left, the teammate\'s templates are used', () => {
    const templates = library(3, ['tea'], 1);
    const p = ok(plan(input({ persona, rules: rulesFor(persona), templates, teamNearby: teammate(templates.map((t) => t.template.id)) })));
    expect(p.posts.length).toBeGreaterThan(0);
  });
});
