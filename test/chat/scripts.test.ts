// Choosing and rendering scripts: sub-case and festival matching, product fit, distinct alternatives, determinism,
// strict errors surfacing as problems; and the companion scripts the planner attaches to product and live posts.
import { en, t } from '../../src/i18n/translate.js';
import { PersonaError } from '../../src/model/errors.js';
import { describe, expect, it } from 'vitest';
import { createCompanions } from '../../src/chat/companions.js';
import { candidates, nextEvent, prepareChat, renderScripts } from '../../src/chat/scripts.js';
import { caseLabel, casesOf, GREETING_SEASONS, needsProduct } from '../../src/chat/stages.js';
import { isSeasonId, SEASON_IDS } from '../../src/calendar/seasons.js';
import type { Template } from '../../src/model/template.js';
import { bundledChatLibrary, enPersona, zhPersona } from './fixtures.js';

function chat(id: string, body: string, over: Partial<Template> = {}): Template {
  return { id, file: `templates/${id}.hbs`, body, bodyLine: 7, kind: 'chat', stage: 'objection', topics: [], products: [], locale: 'zh-CN', weight: 1, time: 'any', images: [], season: [], ...over };
}

const persona = zhPersona();
const flask = persona.products[0]!;

describe('which templates a request may use', () => {
  const { prepared } = prepareChat([
    chat('zh-CN/chat/objection/general', '{{#pick}}甲{{or}}乙{{/pick}}'),
    chat('zh-CN/chat/objection/too-expensive-a', '贵了', { case: 'too-expensive' }),
    chat('zh-CN/chat/objection/not-now-a', '先不用', { case: 'not-now' }),
    chat('zh-CN/chat/objection/tea-only', '茶', { products: ['tea'] }),
    chat('en/chat/objection/english', 'pricey', { locale: 'en', case: 'too-expensive' }),
    chat('zh-CN/chat/holiday-greeting/any', '节日快乐', { stage: 'holiday-greeting' }),
    chat('zh-CN/chat/holiday-greeting/mid-autumn', '中秋快乐', { stage: 'holiday-greeting', season: ['中秋节'] }),
    chat('zh-CN/lifestyle/tea', '喝茶', { kind: 'lifestyle', stage: undefined as never, topics: ['tea'] }),
  ]);
  const ids = (over: Parameters<typeof candidates>[1]) => candidates(prepared, over).map((p) => p.template.id);

  it('an exact sub-case comes before a template for every case; other cases, locales and products are out', () => {
    expect(ids({ persona, stage: 'objection', case: 'too-expensive', product: flask, seed: 's' })).toEqual(['zh-CN/chat/objection/too-expensive-a', 'zh-CN/chat/objection/general']);
  });
  it('without a case, every case of the stage fits', () => {
    expect(ids({ persona, stage: 'objection', product: flask, seed: 's' }).sort()).toEqual(['zh-CN/chat/objection/general', 'zh-CN/chat/objection/not-now-a', 'zh-CN/chat/objection/too-expensive-a']);
  });
  it('a template for a product category fits only that category', () => {
    const tea = { id: 'rougui', name: '武夷肉桂', category: 'tea', points: ['岩韵足'], audience: [] };
    expect(ids({ persona: zhPersona({ products: [tea] }), stage: 'objection', product: tea, seed: 's' })).toContain('zh-CN/chat/objection/tea-only');
  });
  it('a festival greeting names its festival; general greetings fit any festival and the plain request', () => {
    expect(ids({ persona, stage: 'holiday-greeting', case: '中秋节', seed: 's' })).toEqual(['zh-CN/chat/holiday-greeting/mid-autumn', 'zh-CN/chat/holiday-greeting/any']);
    expect(ids({ persona, stage: 'holiday-greeting', case: '春节', seed: 's' })).toEqual(['zh-CN/chat/holiday-greeting/any']);
    expect(ids({ persona, stage: 'holiday-greeting', seed: 's' })).toEqual(['zh-CN/chat/holiday-greeting/any']);
  });
});

describe('renderScripts', () => {
  const library = bundledChatLibrary();
  const request = { persona, stage: 'follow-up' as const, product: flask, contact: { name: '王姐' }, isoDate: '2026-12-02', seed: 'test', count: 3 };

  it('gives distinct alternatives for the product, addressed to the contact, the same for the same seed', () => {
    const a = renderScripts(library, request);
    const b = renderScripts(library, request);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('render failed');
    expect(a.scripts).toHaveLength(3);
    expect(new Set(a.scripts.map((s) => s.text)).size).toBe(3);
    for (const s of a.scripts) {
      expect(s.text.startsWith('王姐，')).toBe(true);
      expect(s.text).toContain('儿童吸管保温杯');
      expect(s).toMatchObject({ stage: 'follow-up', product: 'kids-flask' });
    }
    const other = renderScripts(library, { ...request, seed: 'other' });
    expect(other.ok && other.scripts.map((s) => s.text)).not.toEqual(a.scripts.map((s) => s.text));
  });

  it('re-seeds a small library to reach the count, and stops at what the variants allow', () => {
    const { prepared } = prepareChat([chat('zh-CN/chat/objection/one', '{{#pick}}甲{{or}}乙{{/pick}}{{#pick}}丙{{or}}丁{{/pick}}')]);
    const r = renderScripts(prepared, { ...request, stage: 'objection', count: 10 });
    if (!r.ok) throw new Error('render failed');
    const texts = r.scripts.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const text of texts) expect(['甲丙', '甲丁', '乙丙', '乙丁']).toContain(text);
  });

  it('returns the strict-render problem of a broken template with its file and line', () => {
    const { prepared } = prepareChat([chat('zh-CN/chat/objection/typo', '你好\n{{product.nmae}}')]);
    const r = renderScripts(prepared, { ...request, stage: 'objection' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'template-render', file: 'templates/zh-CN/chat/objection/typo.hbs', line: 8 });
  });

  it('a persona whose emoji level is none gets no emoji', () => {
    const r = renderScripts(library, { ...request, persona: enPersona(), product: enPersona().products[0]!, stage: 'greeting', count: 5 });
    expect(r.ok && r.scripts.every((s) => !/\p{Extended_Pictographic}/u.test(s.text))).toBe(true);
  });
});

describe('stages', () => {
  it('product stages and cases', () => {
    expect(['follow-up', 'recommendation', 'objection', 'after-sale', 'live-invite'].every((s) => needsProduct(s as never))).toBe(true);
    expect(needsProduct('greeting')).toBe(false);
    expect(casesOf('after-sale', 'en')).toEqual(['day-3', 'day-14']);
    expect(casesOf('reactivation', 'zh-CN')).toEqual([]);
  });
  it('greeting festivals are real season ids of their locale', () => {
    for (const locale of ['zh-CN', 'en'] as const) for (const id of GREETING_SEASONS[locale]) expect(isSeasonId(id, locale), id).toBe(true);
    expect(GREETING_SEASONS['zh-CN']).not.toContain('清明节');
  });
  it('headings name an English festival as people write it, in either language; a Chinese festival is its own name', () => {
    // Every day of the English calendar has a name: a heading never shows a file id such as new-years-eve.
    for (const id of SEASON_IDS.en) expect(t('en', caseLabel(id)), id).not.toBe(id);
    expect(t('en', caseLabel('new-years-eve'))).toBe("New Year's Eve");
    expect(t('zh-CN', caseLabel('christmas'))).toBe('圣诞节');
    expect(t('en', caseLabel('中秋节'))).toBe('中秋节');
    expect(t('zh-CN', caseLabel('too-expensive'))).toBe('嫌贵');
  });
  it('nextEvent finds the stream on or after a date, for a product', () => {
    expect(nextEvent(persona, '2026-12-03', 'kids-flask')?.title).toBe('冬天带娃出门，我的妈咪包里装什么');
    expect(nextEvent(persona, '2026-12-04')).toBeNull();
    expect(nextEvent(persona, '2026-12-01', 'gauze-towel')).toBeNull();
  });
});

describe('companion scripts for plan posts', () => {
  const companions = createCompanions(bundledChatLibrary());

  it('a product post gets a comment reply and a private follow-up about its product', () => {
    const chats = companions({ persona, product: flask, kind: 'product', seed: 'plan/a-ning-20261201-1', isoDate: '2026-12-01' });
    expect(chats.map((c) => c.stage)).toEqual(['comment-reply', 'follow-up']);
    expect(chats[1]!.text).toContain('儿童吸管保温杯');
    expect(companions({ persona, product: flask, kind: 'product', seed: 'plan/a-ning-20261201-1', isoDate: '2026-12-01' })).toEqual(chats);
  });

  it('a live post before its stream also gets the invitation', () => {
    const chats = companions({ persona, product: flask, kind: 'live', seed: 'plan/x', isoDate: '2026-12-02' });
    expect(chats.map((c) => c.stage)).toEqual(['comment-reply', 'follow-up', 'live-invite']);
    expect(chats[2]!.text).toMatch(/20:00|12月3日|周四/);
    expect(companions({ persona, product: flask, kind: 'live', seed: 'plan/x', isoDate: '2026-12-04' }).map((c) => c.stage)).toEqual(['comment-reply', 'follow-up']);
  });

  it("never says a word the persona avoids or the team bans: the next script speaks instead, or none", () => {
    const { prepared } = prepareChat([
      chat('zh-CN/chat/comment-reply/a', '说实话，{{product.name}}我自己也在用。', { stage: 'comment-reply', weight: 9 }),
      chat('zh-CN/chat/comment-reply/b', '谢谢留言，{{product.name}}我家娃天天用。', { stage: 'comment-reply', weight: 1 }),
      chat('zh-CN/chat/follow-up/a', '其实{{product.name}}挺耐摔的，要不要看看？', { stage: 'follow-up' }),
    ]);
    const request = { product: flask, kind: 'product' as const, seed: 'plan/x', isoDate: '2026-12-01' };
    const free = createCompanions(prepared)({ persona, ...request });
    expect(free.map((c) => c.text[0])).toEqual(['说', '其']);
    const careful = { ...persona, voice: { ...persona.voice, avoid: [...persona.voice.avoid, '其实'] } };
    const chats = createCompanions(prepared, ['说实话'])({ persona: careful, ...request });
    expect(chats).toEqual([{ stage: 'comment-reply', text: '谢谢留言，儿童吸管保温杯我家娃天天用。' }]);
  });

  it('without chat templates there are no companions, and a plan is not refused for it', () => {
    expect(createCompanions([])({ persona, product: flask, kind: 'product', seed: 's', isoDate: '2026-12-01' })).toEqual([]);
  });

  it('a broken template stops the run with its file and line, compiled up front or on first use', () => {
    for (const lazy of [false, true]) {
      const { prepared } = prepareChat([chat('zh-CN/chat/follow-up/typo', '{{product.nmae}}', { stage: 'follow-up' })], { lazy });
      let thrown: unknown;
      try {
        createCompanions(prepared)({ persona, product: flask, kind: 'product', seed: 's', isoDate: '2026-12-01' });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(PersonaError);
      const problem = (thrown as PersonaError).problems[0]!;
      expect(problem.file).toContain('typo');
      expect(en(problem.message)).toContain('product.nmae');
    }
  });
});
