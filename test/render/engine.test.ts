import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy } from '../../src/load/policy.js';
import type { Problem } from '../../src/model/errors.js';
import type { Persona } from '../../src/model/persona.js';
import { makeContext } from '../../src/render/context.js';
import { createRenderer, tryRender } from '../../src/render/engine.js';
import { makePersonaYaml } from '../helpers/persona-yaml.js';

const FILE = 'templates/zh-CN/lifestyle/tea.hbs';
/** Three front matter lines plus two fences: the body starts on file line 6. */
const BODY_LINE = 6;

function persona(emoji: 'none' | 'light' | 'rich' = 'light'): Persona {
  const r = parsePersona(makePersonaYaml({ voice: { emoji } }), 'personas/lin-cha.yaml', defaultPolicy());
  if (!r.ok) throw new Error('fixture persona is invalid');
  return r.value;
}

const linCha = persona();

function compile(body: string) {
  return createRenderer().compile({ id: 'zh-CN/lifestyle/tea', file: FILE, body, bodyLine: BODY_LINE });
}

function render(body: string, options: { seed?: string; who?: Persona; product?: boolean; event?: boolean; isoDate?: string } = {}): string {
  const c = compile(body);
  if (!c.ok) throw new Error(en(c.problem.message));
  const who = options.who ?? linCha;
  const ctx = makeContext({
    persona: who,
    isoDate: options.isoDate ?? '2026-12-02',
    ...(options.product ? { product: who.products[0]! } : {}),
    ...(options.event ? { event: who.events[0]! } : {}),
  });
  return c.render(ctx, options.seed ?? 'seed');
}

function renderProblem(body: string, options: { product?: boolean } = {}): Problem {
  const c = compile(body);
  if (!c.ok) return c.problem;
  const ctx = makeContext({ persona: linCha, isoDate: '2026-12-02', ...(options.product ? { product: linCha.products[0]! } : {}) });
  const r = tryRender(c.render, ctx, 'seed');
  if (r.ok) throw new Error(`rendered without a problem: ${r.text}`);
  return r.problem;
}

describe('strict rendering: mistakes are problems naming the file, the body line and the name', () => {
  it.each([
    ['a misspelt persona field', '今天\n{{persona.nmae}}', 'template-render', 2, 3, 'unknown variable "persona.nmae"'],
    ['a misspelt nested field', '{{persona.voice.signatur}}', 'template-render', 1, 3, 'unknown variable "persona.voice.signatur"'],
    ['a top-level name that does not exist', '早上好\n\n  {{nmae}}', 'template-render', 3, 5, 'unknown variable "nmae"'],
    ['product in a template rendered without one', '{{product.name}}', 'template-render', 1, 3, 'unknown variable "product"'],
    ['event inside a helper argument', '好\n{{#if event.title}}x{{/if}}', 'template-render', 2, 7, 'unknown variable "event"'],
    ['an unknown helper', '第一行\n{{shout persona.name}}', 'template-syntax', 2, 1, 'unknown helper "shout"'],
    ['an unknown helper in a subexpression', '{{join (upper persona.voice.tone)}}', 'template-syntax', 1, 8, 'unknown helper "upper"'],
    ['an unclosed block, named where it opens', '第一行\n{{#if persona.name}}\n好', 'template-syntax', 2, 1, '{{#if}} opened here is never closed'],
    ['an unclosed mustache at the end, named where it opens', '第一行\n今天{{emoji "🍵"', 'template-syntax', 2, 3, '{{ opened here is never closed with }}'],
    ['a mismatched block', '{{#pick}}a{{or}}b{{/pik}}', 'template-syntax', 1, 4, "pick doesn't match pik"],
    ['a broken mustache', '好\n{{persona.name}', 'template-syntax', 2, 1, 'Handlebars syntax error'],
    ['a partial', '{{> header}}', 'template-syntax', 1, 1, '{{> partial}} is not supported'],
    ['{{or}} outside {{#pick}}', 'a{{or}}b', 'template-render', 1, 2, '{{or}} separates the variants'],
    ['a date formatDate cannot read', '{{formatDate persona.name "M月D日"}}', 'template-render', 1, 1, 'formatDate cannot read the date "林茶"'],
    ['"../" at the top', '今天{{../persona.name}}', 'template-syntax', 1, 5, '{{../persona.name}}: "../" goes up to the context around'],
    ['"../" in the list {{#each}} walks', '{{#each ../persona.interests}}{{topic}}{{/each}}', 'template-syntax', 1, 9, '{{../persona.interests}}'],
    ['"../../" one {{#with}} deep', '{{#with persona}}\n{{../../date}}{{/with}}', 'template-syntax', 2, 3, '{{../../date}}'],
  ] as const)('%s', (_name, body, code, bodyLine, column, says) => {
    const p = renderProblem(body);
    expect(p.code).toBe(code);
    expect(p.file).toBe(FILE);
    expect(p.line).toBe(BODY_LINE + bodyLine - 1);
    expect(p.column).toBe(column);
    expect(en(p.message)).toContain(says);
  });

  it('lets "../" climb out of {{#each}} and {{#with}}, as deep as they go ({{#if}} adds no level)', () => {
    expect(render('{{#each persona.interests}}{{#if @first}}{{topic}}·{{../persona.name}}{{/if}}{{/each}}')).toBe('tea·林茶');
    expect(render('{{#with persona}}{{#with voice}}{{../../date}}{{/with}}{{/with}}')).toBe(render('{{date}}'));
  });

  it('says which names exist when a variable is unknown', () => {
    const p = renderProblem('{{persona.nmae}}');
    expect(en(p.expected!)).toContain('persona.*, date, weekday');
    expect(en(p.hint!)).toContain('{{#if');
  });

  it('lists the helpers when a helper is unknown', () => {
    expect(en(renderProblem('{{shout persona.name}}').expected!)).toBe('one of pick, or, emoji, formatDate, signature, phrase, join, if, unless, each, with, lookup');
  });

  it('a missing optional part guarded by #if renders nothing', () => {
    expect(render('前{{#if product}}{{product.name}}{{/if}}后')).toBe('前后');
    expect(render('{{#if series}}【{{series.name}}】{{/if}}跑步')).toBe('跑步');
  });
});

describe('prototype access stays disabled', () => {
  it.each([
    ['{{persona.constructor}}', 'unknown variable "persona.constructor"'],
    ['{{persona.__proto__}}', 'unknown variable "persona.__proto__"'],
    ['{{persona.voice.constructor.name}}', 'unknown variable "persona.voice.constructor"'],
    ['{{persona.hasOwnProperty}}', 'unknown variable "persona.hasOwnProperty"'],
  ])('%s is an unknown variable', (body, says) => {
    expect(en(renderProblem(body).message)).toContain(says);
  });

  it.each(['{{lookup persona "constructor"}}', '{{#with persona}}{{lookup this "__proto__"}}{{/with}}', '{{persona.voice.tone.constructor}}'])(
    '%s reaches nothing',
    (body) => {
      expect(render(`[${body}]`)).toBe('[]');
    },
  );

  it('a template cannot change the persona it renders', () => {
    const before = JSON.stringify(linCha);
    render('{{#each persona.voice.tone}}{{this}}{{/each}}{{lookup persona.voice "tone"}}');
    expect(JSON.stringify(linCha)).toBe(before);
  });
});

describe('output is plain text', () => {
  it('keeps &, <, > and quotes as written, in the template and in the data', () => {
    const who = persona();
    const withSymbols: Persona = { ...who, name: 'Tea & <Co> "林"' };
    expect(render('{{persona.name}} & <b>\'</b>', { who: withSymbols })).toBe('Tea & <Co> "林" & <b>\'</b>');
  });

  it('tidies the blank lines conditional blocks leave, and trailing spaces', () => {
    expect(render('第一行   \n{{#if product}}\n{{product.name}}\n{{/if}}\n\n\n\n第二行\n')).toBe('第一行\n\n第二行');
  });
});

describe('pick is deterministic per seed', () => {
  const body = '{{#pick}}甲{{or}}乙{{or}}丙{{or}}丁{{/pick}}{{pick "1" "2" "3" "4"}}';

  it('same seed, same text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(render(body, { seed })).toBe(render(body, { seed }));
      }),
      { numRuns: 200 },
    );
  });

  it('different seeds reach every variant', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, i) => render(body, { seed: `s${i}` })));
    expect(seen.size).toBe(16);
  });

  it('the choice depends on the template too, so two templates with one seed do not move in lockstep', () => {
    const a = createRenderer().compile({ id: 'a', file: 'a.hbs', body, bodyLine: 1 });
    const b = createRenderer().compile({ id: 'b', file: 'b.hbs', body, bodyLine: 1 });
    if (!a.ok || !b.ok) throw new Error('compile');
    const ctx = makeContext({ persona: linCha, isoDate: '2026-12-02' });
    const differs = Array.from({ length: 20 }, (_, i) => a.render(ctx, `s${i}`) !== b.render(ctx, `s${i}`));
    expect(differs.some(Boolean)).toBe(true);
  });

  it('variants are trimmed, may nest, and may hold any helper', () => {
    const nested = '{{#pick}} 外{{#pick}}内1{{or}}内2{{/pick}} {{or}} {{emoji "🍵"}}茶 {{/pick}}';
    const seen = new Set(Array.from({ length: 60 }, (_, i) => render(nested, { seed: `n${i}` })));
    expect([...seen].sort()).toEqual(['外内1', '外内2', '🍵茶'].sort());
  });

  it('pick takes a list as well as arguments', () => {
    expect(['慢慢喝', '说真的']).toContain(render('{{pick persona.voice.phrases}}'));
    expect(render('[{{pick}}]')).toBe('[]');
  });
});

describe('emoji honours the persona emoji level', () => {
  it.each([
    ['none', '好', '好', '好'],
    ['light', '好🍵', '好🍵', '好'],
    ['rich', '好🍵', '好🍵☀️', '好✨'],
  ] as const)('%s', (level, one, two, richOnly) => {
    const who = persona(level);
    expect(render('好{{emoji "🍵"}}', { who })).toBe(one);
    expect(render('好{{emoji "🍵" "☀️"}}', { who })).toBe(two);
    expect(render('好{{emoji "✨" rich=true}}', { who })).toBe(richOnly);
  });

  it('none renders no emoji typed into the text either (modifiers and joined ones too), and keeps © ® ™', () => {
    const text = '今天的茶 🍵 很好喝👍🏽\n一家人👨‍👩‍👧 出门 ☀️ 啦，Café® 与 Tea™';
    expect(render(text, { who: persona('none') })).toBe('今天的茶 很好喝\n一家人 出门 啦，Café® 与 Tea™');
    expect(render(text, { who: persona('light') })).toBe(text);
  });
});

describe('the other helpers', () => {
  it('formatDate formats the post date (or a given date) in the persona locale, whatever the machine zone', () => {
    expect(render('{{formatDate "YYYY年M月D日 dddd"}}')).toBe('2026年12月2日 星期三');
    expect(render('{{formatDate}}')).toBe('2026-12-02');
    expect(render('{{formatDate event.at "M月D日 HH:mm"}}', { event: true })).toBe('12月3日 20:00');
    const en = { ...linCha, locale: 'en' as const };
    expect(render('{{formatDate "dddd, MMMM D"}}', { who: en })).toBe('Wednesday, December 2');
  });

  it('signature, phrase and join', () => {
    expect(render('{{signature}}')).toBe('—— 林茶');
    expect(['慢慢喝', '说真的']).toContain(render('{{phrase}}'));
    expect(render('{{join persona.voice.tone}}')).toBe('温和、爱分享');
    expect(render('{{join persona.voice.tone " / "}}')).toBe('温和 / 爱分享');
  });

  it('a voice helper with nothing to say takes its own line with it (no empty line mid-post), and nothing else', () => {
    const plain = { ...linCha, voice: { ...linCha.voice, signature: '', phrases: [], emoji: 'none' as const } };
    const body = '今天泡了一壶岩茶。\n{{signature}}\nP.S. 明天见 {{emoji "🍵"}}\n  {{phrase}}  \n最后一行{{signature}}。';
    expect(render(body, { who: plain })).toBe('今天泡了一壶岩茶。\nP.S. 明天见\n最后一行。');
    // With a signature, every line stays.
    expect(render('今天泡了一壶岩茶。\n{{signature}}\nP.S. 明天见')).toBe('今天泡了一壶岩茶。\n—— 林茶\nP.S. 明天见');
  });
});
