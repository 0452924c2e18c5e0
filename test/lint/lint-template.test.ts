// Linting one template: static positions, renders per persona and product, kind ceilings and config levels.
import { describe, expect, it } from 'vitest';
import { columnOf, lineOf, makeTemplate } from '../helpers/persona-yaml.js';
import { LIFESTYLE, PRODUCT, lintSource, persona } from './template-helpers.js';

describe('linting a template', () => {
  it('reports static findings at their file line and column, through the front matter', () => {
    const source = makeTemplate(PRODUCT, '今天到货。\n{{#pick}}喝着舒服。{{or}}赶紧下单！{{/pick}}');
    const r = lintSource(source, { ceilings: { product: 1 } });
    expect(r.messages).toMatchObject([
      { ruleId: 'cta', severity: 'error', line: lineOf(source, '赶紧下单'), column: columnOf(source, '赶紧下单'), endLine: lineOf(source, '赶紧下单'), endColumn: columnOf(source, '赶紧下单') + 4, match: '赶紧下单' },
    ]);
    expect(r.kind).toBe('product');
  });

  it('leaves descriptions, quotes, 最近, 第一次 and 唯一的缺点 clean', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '最近第一次试了冷泡。\n很多客户会直接下单，我更喜欢先聊聊。\n唯一的缺点是有点慢，最好先泡一晚。\n我妈说那会儿一斤茶叶才5块钱。'));
    expect(r.messages).toEqual([]);
    expect(r.salesiness).toBeLessThan(0.2);
  });

  it('measures the saltiest whole post, one pick variant at a time', () => {
    const calm = lintSource(makeTemplate(LIFESTYLE, '{{#pick}}雨停了。{{or}}窗外有鸟。{{/pick}}'));
    const salty = lintSource(makeTemplate(LIFESTYLE, '{{#pick}}雨停了。{{or}}雨停了，限时秒杀，手慢无！{{/pick}}'));
    expect(calm.salesiness).toBe(0);
    expect(salty.salesiness).toBeGreaterThan(0.5);
  });

  it('names the persona and product whose render injected a finding, at the variable that did it', () => {
    const seller = persona({ products: [{ id: 'longjing', name: '明前龙井', category: 'tea', points: ['全网最低价'], audience: [] }] });
    const source = makeTemplate(PRODUCT, '最近在喝{{product.name}}。\n{{#each product.points}}{{this}}{{/each}}');
    const r = lintSource(source, { personas: [seller] });
    expect(r.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'absolute-claim', match: '全网最低', persona: 'lin-cha', product: 'longjing', line: lineOf(source, '{{this}}'), column: columnOf(source, '{{this}}') }),
    );
  });

  it.each([
    ['{{this.name}}', '{{#each persona.products}}{{this.name}}；{{/each}}'],
    ['{{name}}', '{{#each persona.products}}{{name}}；{{/each}}'],
    ['{{./name}}', '{{#each persona.products}}{{./name}}；{{/each}}'],
    ['{{this}}', '{{#each persona.products}}{{#each points}}{{this}}{{/each}}{{/each}}'],
    ['{{this.title}}', '{{#each persona.events}}{{this.title}}{{/each}}'],
  ])('points at %s inside {{#each}} when the item it reads put a phrase in the render', (variable, list) => {
    const seller = persona({
      products: [{ id: 'longjing', name: '明前龙井限时秒杀', category: 'tea', points: ['限时秒杀'], audience: [] }],
      events: [{ type: 'live', at: '2026-12-10T20:00', title: '限时秒杀专场', product: 'longjing' }],
    });
    const source = makeTemplate(LIFESTYLE, `柜子整理好了，\n都在这里：${list}`);
    const r = lintSource(source, { personas: [seller] });
    expect(r.messages).toContainEqual(expect.objectContaining({ ruleId: 'urgency', match: '限时秒杀', persona: 'lin-cha', line: lineOf(source, variable), column: columnOf(source, variable) }));
  });

  it("checks each persona's avoid list on what is rendered for that persona", () => {
    const seller = persona({ voice: { phrases: ['家人们'] } });
    const source = makeTemplate(LIFESTYLE, '下雨了，泡壶茶。{{phrase}}');
    const r = lintSource(source, { personas: [seller] });
    const avoid = r.messages.filter((m) => m.ruleId === 'persona-avoid');
    expect(avoid).toMatchObject([{ match: '家人们', persona: 'lin-cha', line: lineOf(source, '{{phrase}}'), column: columnOf(source, '{{phrase}}') }]);
  });

  it('applies banned words from the policy', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '亲，下雨了。'), { bannedWords: ['亲'], ceilings: { lifestyle: 1 } });
    expect(r.messages).toMatchObject([{ ruleId: 'banned-word', match: '亲' }]);
  });

  it('applies severity overrides and turns rules off', () => {
    const source = makeTemplate(PRODUCT, '原价299！！');
    expect(lintSource(source, { levels: { price: 'warning', exclamation: 'off' } }).messages).toMatchObject([{ ruleId: 'price', severity: 'warning' }]);
  });

  it('keeps a soft invitation at info whatever the configured level of cta', () => {
    const r = lintSource(makeTemplate(PRODUCT, '用了一个月，想了解的可以问我。'), { levels: { cta: 'error' } });
    expect(r.messages).toMatchObject([{ ruleId: 'cta', severity: 'info' }]);
  });

  it('reports a post that folds behind 全文 on the first body line', () => {
    const source = makeTemplate(LIFESTYLE, '今天早上去河边跑步，'.repeat(15));
    const r = lintSource(source);
    expect(r.messages).toMatchObject([{ ruleId: 'length', severity: 'warning', line: lineOf(source, '今天早上'), column: 1 }]);
  });

  it('reports a post that folds only in a combination no sampled post takes (the first variant of one pick with the second of another)', () => {
    const long = '今天早上去河边跑步，风有点大，'.repeat(2) + '回来喝了粥。';
    const short = '雨停了。';
    const body = `{{#pick}}${long}{{or}}${short}{{/pick}}\n{{#pick}}${short}{{or}}${long}{{/pick}}\n${'下班路上买了一把青菜，'.repeat(5)}`;
    const source = makeTemplate(LIFESTYLE, body);
    const r = lintSource(source);
    // At the first of the long variants that combination takes, naming each (what the writer shortens).
    const line = lineOf(source, '{{#pick}}');
    const second = '{{#pick}}'.length + short.length + '{{or}}'.length + 1;
    expect(r.messages).toMatchObject([{ ruleId: 'length', severity: 'warning', line, column: 10, message: { key: 'lint.rule.length.folded-variants', data: { lines: 7, where: `${line}:10, ${line + 1}:${second}` } } }]);
  });

  it('reports a post too long whatever its variants at the body, with no variant named', () => {
    const source = makeTemplate(LIFESTYLE, `{{#pick}}雨停了。{{or}}天晴了。{{/pick}}\n${'下班路上买了一把青菜，'.repeat(20)}`);
    const r = lintSource(source);
    expect(r.messages).toMatchObject([{ ruleId: 'length', line: lineOf(source, '{{#pick}}'), column: 1, message: { key: 'lint.rule.length.folded' } }]);
  });

  it('takes the variant longest on a phone, line breaks counted, not the one with the most characters', () => {
    // Four short lines against one long line, crossed: the 4 + 4 combination is 8 lines, each sampled post 5.
    const body = '{{#pick}}早上\n跑步\n喝粥\n看书{{or}}今天早上去河边跑步了回来{{/pick}}\n{{#pick}}今天早上去河边跑步了回来{{or}}早上\n跑步\n喝粥\n看书{{/pick}}';
    const r = lintSource(makeTemplate(LIFESTYLE, body));
    expect(r.messages).toMatchObject([{ ruleId: 'length', message: expect.objectContaining({ data: expect.objectContaining({ lines: 8 }) }) }]);
  });

  it('leaves a long chat script alone: a 1:1 chat folds nothing behind 全文', () => {
    const body = '今天早上去河边跑步，'.repeat(15);
    const chat = lintSource(makeTemplate('kind: chat\nstage: follow-up\nlocale: zh-CN', body), { personas: [persona()] });
    expect(chat.messages.map((m) => m.ruleId)).not.toContain('length');
    const post = lintSource(makeTemplate(LIFESTYLE, body), { personas: [persona()] });
    expect(post.messages.map((m) => m.ruleId)).toContain('length');
  });
});

describe('rule kind-ceiling', () => {
  it('reports a lifestyle template over 0.2 on its kind: line', () => {
    const source = makeTemplate(LIFESTYLE, '下雨了，泡壶茶，想了解的可以问我。');
    const r = lintSource(source);
    expect(r.salesiness).toBeGreaterThan(0.2);
    expect(r.messages).toContainEqual(expect.objectContaining({ ruleId: 'kind-ceiling', severity: 'error', line: lineOf(source, 'kind:'), column: 1 }));
  });

  it('allows the same text in a product template (ceiling 0.7)', () => {
    const r = lintSource(makeTemplate(PRODUCT, '下雨了，泡壶茶，想了解的可以问我。'));
    expect(r.messages.map((m) => m.ruleId)).not.toContain('kind-ceiling');
  });

  it('uses ceilings from the config', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '下雨了，泡壶茶，想了解的可以问我。'), { ceilings: { lifestyle: 0.5 } });
    expect(r.messages.map((m) => m.ruleId)).not.toContain('kind-ceiling');
  });

  it('catches a lifestyle template whose variable injects hard selling, naming the persona', () => {
    const seller = persona({ bio: '限时秒杀，仅剩3件，赶紧下单！' });
    const source = makeTemplate(LIFESTYLE, '雨停了。{{persona.bio}}');
    const clean = lintSource(source);
    expect(clean.messages).toEqual([]);
    const r = lintSource(source, { personas: [seller] });
    expect(r.messages).toContainEqual(expect.objectContaining({ ruleId: 'kind-ceiling', persona: 'lin-cha' }));
    expect(r.messages).toContainEqual(expect.objectContaining({ ruleId: 'urgency', persona: 'lin-cha', line: lineOf(source, '{{persona.bio}}') }));
  });

  it('is suppressed by a range disable naming it anywhere in the body', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '下雨了，想了解的可以问我。\n{{!-- persona-lint-disable kind-ceiling -- seasonal greeting, reviewed --}}'));
    expect(r.messages.map((m) => m.ruleId)).not.toContain('kind-ceiling');
    expect(r.suppressed.map((m) => m.ruleId)).toContain('kind-ceiling');
  });
});
