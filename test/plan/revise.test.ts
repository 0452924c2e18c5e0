// Swapping, editing and dropping one post keeps every guarantee, or is refused with the rule it would break.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import { plan } from '../../src/plan/planner.js';
import { dropPost, editPost, swapPost, type ReviseInput } from '../../src/plan/revise.js';
import { verify } from '../../src/plan/verify.js';
import { input, library, makePersona } from './fixtures.js';

const persona = makePersona();
const base = (() => {
  const o = plan(input());
  if (!o.ok) throw new Error('fixture plan failed');
  return o.plan;
})();
const revise: ReviseInput = { persona, templates: library(), measure: (t) => (t.includes('立即下单') ? 0.9 : 0), history: [], team: [], bannedWords: ['招商'] };

describe('swapPost', () => {
  it('gives the same slot another template, same id and time, and the plan still verifies', () => {
    const target = base.posts.find((p) => !p.marketing)!;
    const r = swapPost(base, target.id, revise);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const swapped = r.plan.posts.find((p) => p.id === target.id)!;
    expect(swapped.at).toBe(target.at);
    expect(swapped.template).not.toBe(target.template);
    expect(swapped.marketing).toBe(false);
    expect(verify(r.plan, { history: [], team: [] })).toEqual([]);
  });

  it('keeps a series post on its ritual: the replacement sees the series and takes its topic', () => {
    const series = [{ name: '周五夜跑打卡', day: 'fri' as const, window: '21:00-22:00', topic: 'reading' }];
    const ritualist = makePersona({ series });
    const templates = library().map((t) => ({ ...t, render: (ctx: Parameters<typeof t.render>[0], seed: string) => `${ctx.series ? `${ctx.series.name}：` : ''}${t.render(ctx, seed)}` }));
    const o = plan(input({ persona: ritualist, rules: { ...input().rules, series }, templates }));
    if (!o.ok) throw new Error('series fixture plan failed');
    const target = o.plan.posts.find((p) => p.series === '周五夜跑打卡')!;
    const r = swapPost(o.plan, target.id, { ...revise, persona: ritualist, templates });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.post?.text.startsWith('周五夜跑打卡：')).toBe(true);
    expect(r.post?.topic).toBe('reading');
    expect(r.post?.series).toBe('周五夜跑打卡');
  });

  it('swaps a product post for another product post about the same product', () => {
    const target = base.posts.find((p) => p.kind === 'product')!;
    const r = swapPost(base, target.id, revise);
    expect(r.ok && r.post?.kind).toBe('product');
    expect(r.ok && r.post?.product).toBe(target.product);
  });

  it('never swaps in a template kept to other weekdays', () => {
    const target = base.posts.find((p) => !p.marketing)!;
    const weekday = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[new Date(`${target.at.slice(0, 10)}T12:00:00Z`).getUTCDay()];
    const others = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((d) => d !== weekday);
    // Every calm template but the post's own is kept to the other six days: nothing may replace it.
    const templates = library().map((p) => (p.template.id === target.template || p.template.kind === 'product' ? p : { ...p, template: { ...p.template, days: [...others] } }));
    const r = swapPost(base, target.id, { ...revise, templates });
    expect(r.ok).toBe(false);
  });

  it('names the post ids when the post does not exist', () => {
    const r = swapPost(base, 'lin-cha-20261299-9', revise);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.problems[0]!.message)).toBe('plan of lin-cha has no post "lin-cha-20261299-9"');
    expect(en(r.problems[0]!.hint!)).toContain(base.posts[0]!.id);
  });
});

describe('editPost', () => {
  it('re-scores the edited text and keeps a calm edit', () => {
    const target = base.posts.find((p) => !p.marketing)!;
    const r = editPost(base, target.id, '今天的茶有点淡，明天多放两克。', revise);
    expect(r.ok && r.post?.text).toBe('今天的茶有点淡，明天多放两克。');
  });

  it('refuses an edit that turns a calm post into a second marketing post that day', () => {
    const marketingDay = base.posts.find((p) => p.marketing)!.at.slice(0, 10);
    const target = base.posts.find((p) => !p.marketing && p.at.startsWith(marketingDay));
    if (!target) return;
    const r = editPost(base, target.id, '立即下单，今晚截止', revise);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.problems[0]!.message)).toMatch(/this change would break "(marketing posts per day|hours between marketing posts|marketing share of any 7 days)"/);
  });

  it('refuses words the persona avoids', () => {
    const target = base.posts[0]!;
    const r = editPost(base, target.id, '家人们，早上好', revise);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problems[0]!.message)).toContain('words to avoid');
  });
});

describe('dropPost', () => {
  it('refuses to leave a day under postsPerDay.min', () => {
    const day = base.posts.map((p) => p.at.slice(0, 10)).find((d, _, all) => all.filter((x) => x === d).length === 1)!;
    const r = dropPost(base, base.posts.find((p) => p.at.startsWith(day))!.id, revise);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problems[0]!.message)).toContain('posts per day');
  });
});
