// The figures every view shows beside the rules: a plan's density, measured the way the rules count it.
import { describe, expect, it } from 'vitest';
import { stageName } from '../../src/formats/names.js';
import { density, headline } from '../../src/formats/view.js';
import type { Plan } from '../../src/model/plan.js';
import { loadFixture } from './fixtures.js';

/** A plan of the fixture's persona over `days` days with posts of the given salesiness on the given days. */
function planOver(from: string, to: string, posts: [day: string, salesiness: number][]): Plan {
  const base = loadFixture('zh-shanghai');
  const template = base.posts[0]!;
  return {
    ...base,
    range: { from, to },
    posts: posts.map(([day, salesiness], i) => ({ ...template, id: `p-${i}`, at: `${day}T08:00:00+08:00`, salesiness, marketing: salesiness >= 0.5 })),
  };
}

describe('density', () => {
  it('weighs a week against the weekly budget as its total salesiness', () => {
    const plan = planOver('2026-12-07', '2026-12-13', [['2026-12-07', 0.05], ['2026-12-09', 0.55], ['2026-12-13', 0.1]]);
    expect(density(plan)).toEqual({ posts: 3, marketing: 1, share: 1 / 3, salesiness: 0.7 });
  });

  it('weighs a 91-day range by its busiest 7 days, not its 13-week total (which no budget caps)', () => {
    const posts: [string, number][] = [];
    for (let d = 0; d < 91; d++) posts.push([new Date(Date.UTC(2026, 10, 30 + d)).toISOString().slice(0, 10), 0.05]);
    // One heavier stretch: three product posts in the week from 2027-01-11.
    posts.push(['2027-01-11', 0.5], ['2027-01-13', 0.5], ['2027-01-15', 0.5]);
    const d = density(planOver('2026-11-30', '2027-02-28', posts));
    expect(d.posts).toBe(94);
    expect(d.salesiness).toBe(1.85);
  });

  it('weighs a range shorter than a week as its total', () => {
    expect(density(planOver('2026-12-07', '2026-12-09', [['2026-12-07', 0.2], ['2026-12-09', 0.3]])).salesiness).toBe(0.5);
  });
});

describe('what a post is about, as a reader names it', () => {
  const post = loadFixture('zh-shanghai').posts[0]!;
  const cases: { name: string; topic: string | null; product: string | null; lang: 'zh-CN' | 'en'; products?: Record<string, string>; want: string }[] = [
    { name: 'a bundled topic in Chinese', topic: 'tea', product: null, lang: 'zh-CN', want: '生活 · 茶' },
    { name: 'a bundled topic in English stays its word', topic: 'tea', product: null, lang: 'en', want: 'Lifestyle · tea' },
    { name: "a persona's own topic, which has no Chinese name, as written", topic: 'golf', product: null, lang: 'zh-CN', want: '生活 · golf' },
    { name: 'a product by its name', topic: null, product: 'fuding-shoumei', lang: 'zh-CN', products: { 'fuding-shoumei': '福鼎寿眉' }, want: '生活 · 福鼎寿眉' },
    { name: 'a product whose name is unknown (a plan read without its persona) by its id', topic: null, product: 'fuding-shoumei', lang: 'zh-CN', want: '生活 · fuding-shoumei' },
    { name: 'neither', topic: null, product: null, lang: 'en', want: 'Lifestyle' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(headline(c.lang, { ...post, kind: 'lifestyle', topic: c.topic, product: c.product }, c.products ? { products: c.products } : {})).toBe(c.want);
    });
  }

  it('names chat stages as `persona scripts` does, and keeps an unknown stage as written', () => {
    expect([stageName('zh-CN', 'follow-up'), stageName('en', 'comment-reply'), stageName('zh-CN', 'custom-stage')]).toEqual(['跟进', 'reply to a comment', 'custom-stage']);
  });
});
