// The salesiness score: its contract with the planner, context, length normalisation and speed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, REF_UNITS, salesinessOf, unitsOf } from '../../src/lint/score.js';

const scorer = createScorer({});
const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const localeOf = (name: string) => (name.endsWith('.en') ? 'en' : 'zh-CN') as 'en' | 'zh-CN';
const scores = (names: string[]) => names.flatMap((n) => fixture(n).map((line) => ({ line, s: scorer.score(line, localeOf(n)).salesiness })));

describe('salesiness', () => {
  it('is in [0, 1], rounded to three decimals, and 0 for calm everyday text', () => {
    const r = scorer.score('楼下的猫趴在车顶上晒太阳，看见我就跑了。', 'zh-CN');
    expect(r).toEqual({ salesiness: 0, hits: [] });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const s = scorer.score(text, 'zh-CN').salesiness;
        return s >= 0 && s <= 1 && Math.round(s * 1000) === s * 1000;
      }),
    );
  });

  it('weighs a banned word talked about as a mention, though lint still reports it', () => {
    const banned = createScorer({ bannedWords: ['招代理'] });
    const used = banned.analyze('零门槛招代理，私我！', 'zh-CN');
    const told = banned.analyze('以前我们会写"招代理"，现在不写了。', 'zh-CN');
    expect(told.findings.some((f) => f.ruleId === 'banned-word' && !f.mention)).toBe(true);
    expect(told.findings.find((f) => f.ruleId === 'banned-word')!.weight).toBeLessThan(used.findings.find((f) => f.ruleId === 'banned-word')!.weight);
    expect(told.salesiness).toBeLessThan(0.2);
    expect(used.salesiness).toBeGreaterThan(0.5);
  });

  it('weighs plain hashtags lightly and sales hashtags as sales', () => {
    // Tags read as an advert (a lint warning), but #sunrise sells nothing; #enrolnow is a call run together.
    const plain = scorer.score('Morning walk by the river #sunrise #blessed', 'en').salesiness;
    const sales = scorer.score('#tutoring #guaranteedresults #examprep #enrolnow', 'en').salesiness;
    expect(plain).toBeLessThan(0.2);
    expect(sales).toBeGreaterThanOrEqual(0.5);
  });

  it('scores a description of buying far below an imperative', () => {
    const described = scorer.score('很多客户会直接下单', 'zh-CN').salesiness;
    const urged = scorer.score('赶紧下单！', 'zh-CN').salesiness;
    expect(described).toBeLessThan(0.1);
    expect(urged).toBeGreaterThanOrEqual(0.5);
    expect(urged).toBeGreaterThan(described * 5);
  });

  it('does not let length dilute a text that sells throughout, while one sell in a long calm essay stays low', () => {
    // Pasted spam: the same call a thousand times. Length counts no more once weighed phrases fill 30% of it.
    expect(scorer.score('赶紧下单！'.repeat(1000), 'zh-CN').salesiness).toBeGreaterThan(0.9);
    expect(scorer.score('Buy now! '.repeat(500), 'en').salesiness).toBeGreaterThan(0.9);
    const essay = `${'周末去山里走了走，溪水很清，路边的野花开得正好，同行的朋友一路聊着小时候的事。'.repeat(20)}想了解的可以问我。`;
    expect(scorer.score(essay, 'zh-CN').salesiness).toBeLessThan(0.1);
  });

  it('scores a text of many thousands of hits (a pasted broadcast archive) with every hit found', () => {
    // Before, checking each hit against every other took the square of their number: minutes for a megabyte.
    const r = scorer.score('限时秒杀，赶紧下单！'.repeat(5000), 'zh-CN');
    expect(r.hits.filter((h) => h.match === '赶紧下单')).toHaveLength(5000);
    expect(r.salesiness).toBeGreaterThan(0.9);
  });

  it('puts a soft invitation between calm and hard', () => {
    const soft = scorer.score('想了解的可以问我', 'zh-CN').salesiness;
    expect(soft).toBeGreaterThan(0.1);
    expect(soft).toBeLessThan(0.5);
  });

  it('scores every hard sell and advertising-law claim above every calm line and both essays', () => {
    const calm = scores(['calm.zh-CN', 'calm.en', 'essay.zh-CN', 'essay.en']);
    const hard = scores(['hard.zh-CN', 'hard.en', 'claims.zh-CN', 'claims.en']);
    const worstCalm = calm.reduce((a, b) => (b.s > a.s ? b : a));
    const mildestHard = hard.reduce((a, b) => (b.s < a.s ? b : a));
    expect(mildestHard.s, `"${mildestHard.line}" vs "${worstCalm.line}"`).toBeGreaterThan(worstCalm.s);
    expect(mildestHard.s).toBeGreaterThanOrEqual(0.5);
    expect(worstCalm.s).toBeLessThan(0.3);
  });

  it('keeps calm lifestyle lines well under the lifestyle ceiling', () => {
    for (const { line, s } of scores(['calm.zh-CN', 'calm.en'])) expect(s, line).toBeLessThan(0.2);
  });

  it('does not let one mention of 下单 in a long essay score like a hard sell', () => {
    const essay = `${fixture('calm.zh-CN').join('')}有一次朋友问我怎么下单，我说不急，先喝喝看。`;
    expect(scorer.score(essay, 'zh-CN').salesiness).toBeLessThan(0.2);
  });

  it('keeps a long hard sell high: density, not a single hit, decides', () => {
    const hard = fixture('hard.zh-CN').join('');
    expect(unitsOf(hard)).toBeGreaterThan(5 * REF_UNITS);
    expect(scorer.score(hard, 'zh-CN').salesiness).toBeGreaterThan(0.9);
  });

  it('dilutes a hard sell with calm text, but less than in proportion', () => {
    const calm = fixture('calm.zh-CN');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: calm.length }), (n) => {
        const base = scorer.score('赶紧下单！', 'zh-CN').salesiness;
        const padded = scorer.score(`赶紧下单！\n${calm.slice(0, n).join('\n')}`, 'zh-CN').salesiness;
        return padded <= base && padded > 0;
      }),
    );
  });

  it('counts a repeated phrase less each time', () => {
    const once = scorer.score('下单', 'zh-CN').salesiness;
    const thrice = scorer.score('下单。下单。下单。', 'zh-CN');
    expect(thrice.hits.map((h) => h.weight)).toEqual([0.8, 0.4, 0.2]);
    expect(thrice.salesiness).toBeGreaterThan(once);
  });

  it('follows the documented formula', () => {
    expect(salesinessOf([1.56], 4)).toBe(Math.round((1 - Math.exp(-1.56)) * 1000) / 1000);
    expect(salesinessOf([1], 160)).toBe(Math.round((1 - Math.exp(-((40 / 160) ** 0.75))) * 1000) / 1000);
    expect(salesinessOf([], 10)).toBe(0);
  });

  it('returns hits with offsets into the text', () => {
    const text = '今天下单立减50元';
    for (const h of scorer.score(text, 'zh-CN').hits) expect(text.slice(h.start, h.end)).toBe(h.match);
  });

  it('uses the banned words it was built with', () => {
    const strict = createScorer({ bannedWords: ['宝子'] });
    expect(strict.score('宝子们早上好', 'zh-CN').hits.map((h) => h.ruleId)).toContain('banned-word');
    expect(scorer.score('宝子们早上好', 'zh-CN').hits.map((h) => h.ruleId)).not.toContain('banned-word');
  });

  it('checks the avoid list of a persona when given, without changing salesiness', () => {
    const plain = scorer.score('亲，早上好', 'zh-CN');
    const voiced = scorer.score('亲，早上好', 'zh-CN', { avoid: ['亲'] });
    expect(voiced.hits.map((h) => h.ruleId)).toEqual(['persona-avoid']);
    expect(voiced.salesiness).toBe(plain.salesiness);
  });

  it('does not mutate its inputs', () => {
    const avoid = Object.freeze(['亲']);
    expect(() => scorer.score(Object.freeze('亲，赶紧下单') as string, 'zh-CN', Object.freeze({ avoid }))).not.toThrow();
  });
});

describe('a form of address of sales talk', () => {
  it('is said as what it is (家人们 is no call to action), and weighs as before', () => {
    const scorer = createScorer();
    const a = scorer.analyze('家人们，今天秒杀，赶紧下单！', 'zh-CN');
    const hit = a.findings.find((f) => f.match === '家人们')!;
    expect(hit.message.key).toBe('lint.rule.cta.address');
    expect(hit.weight).toBeCloseTo(0.5, 2);
  });
});

describe('text written to dodge word filters', () => {
  const cases: [spaced: string, plain: string, locale: 'zh-CN' | 'en', phrase: string][] = [
    ['最 后 3 小 时 ！腊 肉 五 折 ！速 度 下 单 ！', '最后3小时！腊肉五折！速度下单！', 'zh-CN', '最 后 3 小 时'],
    ['爆！款！国！画！今！天！半！价！下！单！', '爆款国画今天半价下单！', 'zh-CN', '半！价'],
    ['D M   M E   N O W   for the wholesale price list!', 'DM ME NOW for the wholesale price list!', 'en', 'D M   M E   N O W'],
    ['ZUI低价！今晚截止！', '最低价！今晚截止！', 'zh-CN', 'ZUI低价'],
  ];
  it.each(cases)('%s scores as if written %s, pointing at the text as written', (spaced, plain, locale, phrase) => {
    const a = scorer.analyze(spaced, locale);
    expect(a.salesiness).toBeGreaterThan(0.5);
    expect(Math.abs(a.salesiness - scorer.analyze(plain, locale).salesiness)).toBeLessThan(0.1);
    const f = a.findings.find((x) => x.match === phrase);
    expect(f, a.findings.map((x) => x.match).join(' | ')).toBeDefined();
    expect(spaced.slice(f!.start, f!.end)).toBe(phrase);
    const data = f!.message.data as { match?: string } | undefined;
    if (data?.match !== undefined) expect(data.match).toBe(phrase);
  });

  it.each(['今天 天气 很好 我们 去 公园 走了 一圈', '好！好！好！太好了！', 'Plan B for the weekend', '我zui喜欢的季节是秋天。'])('leaves ordinary text alone: %s', (text) => {
    expect(scorer.analyze(text, /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en').salesiness).toBeLessThan(0.1);
  });
});
