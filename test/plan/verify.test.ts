// verify(): one hand-made plan per broken rule, and the clean plan they start from.
import { describe, expect, it } from 'vitest';
import type { Plan, Post } from '../../src/model/plan.js';
import { verify } from '../../src/plan/verify.js';
import { en } from '../../src/i18n/translate.js';
import { textKey } from '../../src/model/text-key.js';

function post(id: string, at: string, over: Partial<Post> = {}): Post {
  return {
    id,
    at,
    kind: 'lifestyle',
    marketing: false,
    salesiness: 0.05,
    template: `zh-CN/lifestyle/tea/${id}`,
    cooldownDays: 28,
    topic: 'tea',
    product: null,
    text: `text of ${id}`,
    images: [],
    series: null,
    chats: [],
    ...over,
  };
}

/** A clean week for an Asia/Shanghai persona: one post a day, Sunday off, one product post on Thursday. */
function basePlan(over: Partial<Plan> = {}, posts?: Post[]): Plan {
  return {
    schemaVersion: 1,
    persona: { id: 'lin-cha', name: '林茶', timezone: 'Asia/Shanghai', locale: 'zh-CN', team: 'cha-she' },
    range: { from: '2026-11-30', to: '2026-12-06' },
    seed: 'lin-cha/2026-W49',
    rules: {
      windows: ['07:30-08:30', '20:30-22:00'],
      postsPerDay: { min: 1, max: 2 },
      restDays: ['sun'],
      maxMarketingShare: 0.25,
      maxMarketingPerDay: 1,
      minHoursBetweenMarketing: 36,
      weeklySalesinessBudget: 2,
      marketingThreshold: 0.5,
      defaultCooldownDays: 28,
      quietDays: ['2026-12-05'],
      maxPersonasPerTemplatePerDay: 1,
      series: [{ name: '周五一泡茶', day: 'fri', window: '21:00-22:00', topic: 'tea' }],
    },
    posts: posts ?? [
      post('a', '2026-11-30T07:45:00+08:00', { topic: 'reading', template: 't/a' }),
      post('b', '2026-12-01T20:40:00+08:00', { topic: 'cooking', template: 't/b' }),
      post('c', '2026-12-02T08:00:00+08:00', { topic: 'plants', template: 't/c' }),
      post('d', '2026-12-03T21:00:00+08:00', { kind: 'product', marketing: true, salesiness: 0.55, topic: null, product: 'rougui', template: 't/d' }),
      post('e1', '2026-12-03T07:50:00+08:00', { topic: 'reading', template: 't/e1' }),
      post('f', '2026-12-04T21:15:00+08:00', { series: '周五一泡茶', template: 't/f' }),
      post('g', '2026-12-05T20:45:00+08:00', { topic: 'cooking', template: 't/g' }),
    ],
    warnings: [],
    ...over,
  };
}

function rulesBroken(plan: Plan, ctx: Partial<Parameters<typeof verify>[1]> = {}) {
  return verify(plan, { history: [], team: [], ...ctx }).map((v) => v.rule);
}

describe('verify()', () => {
  it('finds nothing wrong with a clean plan', () => {
    expect(verify(basePlan(), { history: [], team: [] }).map((v) => en(v.message))).toEqual([]);
  });

  const base = basePlan().posts;
  const replace = (id: string, over: Partial<Post>) => base.map((p) => (p.id === id ? { ...p, ...over } : p));
  const cases: { name: string; posts: Post[]; rule: string }[] = [
    { name: 'a post outside every window', posts: replace('a', { at: '2026-11-30T12:00:00+08:00' }), rule: 'windows' },
    { name: 'a post with the wrong UTC offset', posts: replace('a', { at: '2026-11-30T07:45:00+09:00' }), rule: 'windows' },
    { name: 'a post outside the range', posts: [...base, post('z', '2026-12-08T07:45:00+08:00', { template: 't/z', topic: 'x' })], rule: 'windows' },
    { name: 'a post on the rest day', posts: [...base, post('z', '2026-12-06T07:45:00+08:00', { template: 't/z', topic: 'x' })], rule: 'rest-days' },
    { name: 'a day without posts', posts: base.filter((p) => p.id !== 'c'), rule: 'posts-per-day' },
    { name: 'three posts on a day', posts: [...base, post('y', '2026-12-02T21:00:00+08:00', { template: 't/y', topic: 'y' }), post('z', '2026-12-02T21:30:00+08:00', { template: 't/z', topic: 'z' })], rule: 'posts-per-day' },
    { name: 'the Friday series outside its window', posts: replace('f', { at: '2026-12-04T07:40:00+08:00' }), rule: 'series' },
    { name: 'a product post not marked marketing', posts: replace('d', { marketing: false }), rule: 'marketing-flag' },
    { name: 'a calm post measured over the threshold but not marked', posts: replace('b', { salesiness: 0.6 }), rule: 'marketing-flag' },
    {
      name: 'two marketing posts on one day',
      posts: replace('e1', { kind: 'product', marketing: true, salesiness: 0.5, template: 't/e1', topic: null }),
      rule: 'marketing-per-day',
    },
    { name: 'marketing posts 24 hours apart', posts: replace('g', { at: '2026-12-04T21:00:00+08:00', kind: 'product', marketing: true, salesiness: 0.5, topic: null }), rule: 'marketing-gap' },
    {
      name: 'a rolling window over the marketing share',
      posts: replace('a', { kind: 'product', marketing: true, salesiness: 0.5, topic: null }),
      rule: 'rolling-share',
    },
    { name: 'a rolling window over the salesiness budget', posts: base.map((p) => ({ ...p, salesiness: p.marketing ? 0.6 : 0.3 })), rule: 'salesiness-budget' },
    { name: 'a template reused within its cooldown', posts: replace('g', { template: 't/a' }), rule: 'cooldown' },
    { name: 'marketing on a quiet day', posts: replace('g', { kind: 'product', marketing: true, salesiness: 0.5, topic: null }), rule: 'quiet-days' },
    { name: 'two posts on one topic in a day', posts: replace('e1', { topic: 'tea', template: 't/e1' }).map((p) => (p.id === 'd' ? { ...p, topic: 'tea' } : p)), rule: 'topic-per-day' },
    { name: 'the same text twice', posts: replace('g', { text: 'text of a' }), rule: 'unique-text' },
  ];
  it.each(cases)('reports $rule for $name', ({ posts, rule }) => {
    expect(rulesBroken(basePlan({}, posts))).toContain(rule);
  });

  it('counts the previous week: a marketing post on Monday 30 hours after last Saturday breaks the gap', () => {
    const previous = basePlan({ range: { from: '2026-11-23', to: '2026-11-29' } }, [
      post('p1', '2026-11-29T07:45:00+08:00', { kind: 'product', marketing: true, salesiness: 0.5, template: 't/p1', topic: null }),
    ]);
    const plan = basePlan({}, replace('a', { kind: 'product', marketing: true, salesiness: 0.5, topic: null, at: '2026-11-30T07:45:00+08:00' }));
    expect(rulesBroken(plan, { history: [previous] })).toContain('marketing-gap');
  });

  it('counts earlier plans for cooldowns and repeated texts', () => {
    const previous = basePlan({ range: { from: '2026-11-23', to: '2026-11-29' } }, [post('p1', '2026-11-25T07:45:00+08:00', { template: 't/b', text: 'text of c' })]);
    const broken = rulesBroken(basePlan(), { history: [previous] });
    expect(broken).toContain('cooldown');
    expect(broken).toContain('unique-text');
  });

  it('reads the same from history with a run-long cache of post times as without one, call after call', () => {
    const previous = basePlan({ range: { from: '2026-11-23', to: '2026-11-29' } }, [
      post('p1', '2026-11-29T07:45:00+08:00', { kind: 'product', marketing: true, salesiness: 0.5, template: 't/b', topic: null, text: 'text of c' }),
      post('p2', 'not a time', { template: 't/x' }),
    ]);
    const plan = basePlan({}, replace('a', { kind: 'product', marketing: true, salesiness: 0.5, topic: null, at: '2026-11-30T07:45:00+08:00' }));
    const fresh = rulesBroken(plan, { history: [previous] });
    expect(fresh).toEqual(expect.arrayContaining(['marketing-gap', 'cooldown', 'unique-text']));
    const times = new WeakMap();
    expect(rulesBroken(plan, { history: [previous], times })).toEqual(fresh);
    expect(rulesBroken(plan, { history: [previous], times })).toEqual(fresh);
    expect(rulesBroken(basePlan(), { history: [previous], times })).toEqual(rulesBroken(basePlan(), { history: [previous] }));
  });

  it('finds a repeated text in history remembered by its key, as long runs keep earlier weeks', () => {
    const previous = basePlan({ range: { from: '2026-11-23', to: '2026-11-29' } }, [post('p1', '2026-11-25T07:45:00+08:00', { template: 't/old', text: textKey('text of c') })]);
    expect(rulesBroken(basePlan(), { history: [previous] })).toContain('unique-text');
    const other = basePlan({ range: { from: '2026-11-23', to: '2026-11-29' } }, [post('p1', '2026-11-25T07:45:00+08:00', { template: 't/old', text: textKey('another text') })]);
    expect(rulesBroken(basePlan(), { history: [other] })).not.toContain('unique-text');
  });

  it('counts teammates: two personas of one team with one template on one day', () => {
    const mate = basePlan({ persona: { id: 'chen-ye', name: '陈叶', timezone: 'Asia/Shanghai', locale: 'zh-CN', team: 'cha-she' } }, [post('m', '2026-12-02T08:10:00+08:00', { template: 't/c' })]);
    expect(rulesBroken(basePlan(), { team: [mate] })).toContain('team-template');
    const otherTeam = { ...mate, persona: { ...mate.persona, team: 'other' } };
    expect(rulesBroken(basePlan(), { team: [otherTeam] })).not.toContain('team-template');
  });

  it('knows words to avoid only when given them', () => {
    const plan = basePlan({}, replace('b', { text: '家人们，今天喝什么' }));
    expect(rulesBroken(plan)).not.toContain('voice');
    expect(rulesBroken(plan, { words: ['家人们'] })).toContain('voice');
  });

  it('holds a persona whose voice has no emoji to none, in posts and chat scripts, when told so', () => {
    const inText = basePlan({}, replace('b', { text: '今天喝什么 🍵' }));
    expect(rulesBroken(inText)).not.toContain('voice');
    expect(verify(inText, { history: [], team: [], noEmoji: true }).filter((v) => v.rule === 'voice').map((v) => en(v.message))).toEqual([expect.stringContaining('the text has "🍵"')]);
    const inChat = basePlan({}, replace('b', { chats: [{ stage: 'follow-up', text: '好的👌' }] }));
    expect(rulesBroken(inChat, { noEmoji: true })).toContain('voice');
    expect(rulesBroken(basePlan({}, replace('b', { text: 'Tea™ 与 Café®' })), { noEmoji: true })).not.toContain('voice');
  });

  it('holds the companion chat scripts to the same words', () => {
    const plan = basePlan({}, replace('b', { chats: [{ stage: 'follow-up', text: '家人们，这款我自己也在用' }] }));
    expect(rulesBroken(plan)).not.toContain('voice');
    const found = verify(plan, { history: [], team: [], words: ['家人们'] }).filter((v) => v.rule === 'voice');
    expect(found.map((v) => en(v.message))).toEqual([expect.stringContaining('its follow-up chat script contains "家人们"')]);
  });

  it('holds a live lead-up to a stream of its product in the three days after it, when the streams are known', () => {
    const lead = (at: string) => basePlan({}, [post('l', at, { kind: 'live', marketing: true, salesiness: 0.55, topic: null, product: 'rougui', template: 't/l' })]);
    const events = [{ at: '2026-12-03T20:00', product: 'rougui' }];
    expect(rulesBroken(lead('2026-12-02T21:00:00+08:00'), { events })).not.toContain('lead-ups');
    expect(rulesBroken(lead('2026-12-03T21:00:00+08:00'), { events })).toContain('lead-ups');
    expect(rulesBroken(lead('2026-11-29T20:00:00+08:00'), { events })).toContain('lead-ups');
    expect(rulesBroken(lead('2026-12-02T21:00:00+08:00'), { events: [{ at: '2026-12-03T20:00', product: 'other' }] })).toContain('lead-ups');
    // Without the persona's streams (a plan checked away from its workspace) the rule is not judged.
    expect(rulesBroken(lead('2026-12-03T21:00:00+08:00'))).not.toContain('lead-ups');
  });

  it('counts a lead-up\'s days in local dates: two days before a stream across the clocks going back is in time', () => {
    const london = basePlan(
      {
        persona: { id: 'ollie', name: 'Ollie', timezone: 'Europe/London', locale: 'en', team: null },
        range: { from: '2026-10-23', to: '2026-10-23' },
        rules: { ...basePlan().rules, windows: ['00:00-00:40'], restDays: [], quietDays: [], series: [] },
      },
      [post('l', '2026-10-23T00:20:00+01:00', { kind: 'live', marketing: true, salesiness: 0.55, topic: null, product: 'loaf', template: 't/l' })],
    );
    // 73.5 hours before the stream, but on the second local day before it.
    expect(rulesBroken(london, { events: [{ at: '2026-10-25T23:50', product: 'loaf' }] })).not.toContain('lead-ups');
  });

  it('takes a repeated time as its first occurrence: the second 02:30 of 2027-04-04 in Sydney is refused, the first kept', () => {
    const sydney = (at: string) =>
      basePlan(
        {
          persona: { id: 'owl', name: 'Owl', timezone: 'Australia/Sydney', locale: 'en', team: null },
          range: { from: '2027-04-04', to: '2027-04-04' },
          rules: { ...basePlan().rules, windows: ['01:00-03:30'], restDays: [], series: [] },
        },
        [post('x', at, { topic: 'coffee' })],
      );
    expect(verify(sydney('2027-04-04T02:30:00+11:00'), { history: [], team: [] })).toEqual([]);
    expect(verify(sydney('2027-04-04T02:30:00+10:00'), { history: [], team: [] }).map((v) => en(v.message))).toEqual([
      'x: 2027-04-04T02:30:00+10:00 is the second 02:30 of 2027-04-04 in Australia/Sydney (the clocks go back that day); a repeated time means its first occurrence',
    ]);
    // The hour after the repeated one exists once: nothing to refuse.
    expect(verify(sydney('2027-04-04T03:10:00+10:00'), { history: [], team: [] })).toEqual([]);
  });

  it('asks no ritual of a day whose series window the clocks skip entirely, and still asks it of the days around', () => {
    const london = (date: string) =>
      basePlan(
        {
          persona: { id: 'ollie', name: 'Ollie', timezone: 'Europe/London', locale: 'en', team: null },
          range: { from: date, to: date },
          rules: { ...basePlan().rules, windows: ['01:00-03:30'], restDays: [], quietDays: [], series: [{ name: 'Dawn notes', day: 'sun', window: '01:00-02:00', topic: 'baking' }] },
        },
        [post('x', `${date}T02:40:00+01:00`, { topic: 'coffee' })],
      );
    expect(rulesBroken(london('2027-03-28'))).toEqual([]);
    expect(rulesBroken(london('2027-04-04'))).toContain('series');
  });

  it('checks local times against the zone: 02:30 on 2026-03-08 does not exist in Los Angeles', () => {
    const plan = basePlan(
      {
        persona: { id: 'emma', name: 'Emma', timezone: 'America/Los_Angeles', locale: 'en', team: null },
        range: { from: '2026-03-08', to: '2026-03-08' },
        rules: { ...basePlan().rules, windows: ['02:00-03:00'], restDays: [], series: [] },
      },
      [post('x', '2026-03-08T02:30:00-08:00', { topic: 'coffee' })],
    );
    expect(rulesBroken(plan)).toContain('windows');
  });
});

describe('words to avoid', () => {
  it.each([
    ['Went hunting for mushrooms', 'hun', false],
    ['Thanks hun, see you', 'hun', true],
    ['HUN, listen', 'hun', true],
    ['家人们，早', '家人们', true],
    ['我母亲做的菜', '亲们', false],
  ])('"%s" with "%s" → %s', (text, word, found) => {
    const plan = basePlan({}, basePlan().posts.map((p) => (p.id === 'b' ? { ...p, text } : p)));
    expect(verify(plan, { history: [], team: [], words: [word] }).some((v) => v.rule === 'voice')).toBe(found);
  });
});
