// The week's touch list, scenario by scenario: who is skipped and why, how stages are chosen, where messages land.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.js';
import { touchesSchema } from '../../src/model/policy.js';
import type { Contact } from '../../src/touches/contacts.js';
import { planTouches, slotMinutes, type TouchInput } from '../../src/touches/touches.js';
import { bundledChatLibrary, enPersona, zhPersona } from '../chat/fixtures.js';

const library = bundledChatLibrary();
const at = (iso: string) => Date.parse(iso);

function contact(name: string, over: Partial<Contact> = {}): Contact {
  return { name, tags: [], stage: null, case: null, lastContactAt: null, lastReplyAt: null, unanswered: 0, doNotDisturb: false, ...over };
}

function input(contacts: Contact[], over: Partial<TouchInput> = {}): TouchInput {
  const persona = over.persona ?? zhPersona();
  return {
    persona,
    contacts,
    range: { from: '2026-11-30', to: '2026-12-06' },
    rules: touchesSchema.parse({}),
    restDays: persona.schedule.restDays,
    isQuiet: () => false,
    festival: () => null,
    notBefore: at('2026-11-25T10:00:00+08:00'),
    seed: 'test',
    library,
    ...over,
  };
}

function run(contacts: Contact[], over: Partial<TouchInput> = {}) {
  const r = planTouches(input(contacts, over));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('who is not messaged this week, and why', () => {
  it.each([
    ['do not disturb', contact('刘姐', { doNotDisturb: true, stage: 'follow-up' }), 'do-not-disturb', 'do not disturb', undefined],
    [
      'two unanswered: wait 30 days after the last one',
      contact('陈阿姨', { unanswered: 2, lastContactAt: at('2026-11-20T10:00:00+08:00') }),
      'waiting-unanswered',
      '2 messages unanswered: waiting 30 days, until 2026-12-20',
      '2026-12-20',
    ],
    ['unanswered with no date to count from', contact('赵姐', { unanswered: 3 }), 'unanswered-no-date', '3 messages unanswered and no lastContactAt, so the wait cannot be counted: not contacted', undefined],
    // Planned on the Wednesday of the week itself.
    ['messaged within the last 7 days', contact('孙姐', { lastContactAt: at('2026-12-01T12:00:00+08:00') }), 'contacted-recently', 'messaged on 2026-12-01: next message from 2026-12-08', '2026-12-08', { notBefore: at('2026-12-02T09:00:00+08:00') }],
    [
      'a message dated after today: a slip in the export, nobody is messaged on it',
      contact('钱姐', { lastContactAt: at('2027-11-20T23:59:00+08:00') }),
      'future-date',
      'the export dates a message 2027-11-20, after today (2026-11-25): a slip in the year, or day and month swapped? Correct the export; not contacted until then',
      undefined,
    ],
    ['a reply dated after today', contact('郑姐', { lastContactAt: at('2026-11-20T10:00:00+08:00'), lastReplyAt: at('2026-12-11T10:00:00+08:00') }), 'future-date', 'the export dates a message 2026-12-11, after today (2026-11-25): a slip in the year, or day and month swapped? Correct the export; not contacted until then', undefined],
    // A date without a time counts as the end of its day: today's is no slip, nor tomorrow's (a clock a zone ahead).
    ['dated today, without a time', contact('冯姐', { lastContactAt: at('2026-11-25T23:59:00+08:00') }), 'contacted-recently', 'messaged on 2026-11-25: next message from 2026-12-02', '2026-12-02', { range: { from: '2026-11-23', to: '2026-11-29' } }],
    ['dated tomorrow, without a time', contact('冯姐', { lastContactAt: at('2026-11-26T23:59:00+08:00') }), 'contacted-recently', 'messaged on 2026-11-26: next message from 2026-12-03', '2026-12-03', { range: { from: '2026-11-23', to: '2026-11-29' } }],
    ['dated the day after tomorrow', contact('冯姐', { lastContactAt: at('2026-11-27T09:00:00+08:00') }), 'future-date', 'the export dates a message 2026-11-27, after today (2026-11-25): a slip in the year, or day and month swapped? Correct the export; not contacted until then', undefined],
    ['a live invitation with no stream that week', contact('周姐', { stage: 'live-invite' }), 'no-event', 'stage live-invite, but no live stream starts within 7 days of a free day', undefined],
    ['a holiday greeting with no festival', contact('吴姐', { stage: 'holiday-greeting' }), 'no-holiday', 'stage holiday-greeting, but no festival falls on a touch day this week', undefined],
    [
      '"not now": left alone until the conversation is old enough for a plain check-in',
      contact('刘姐', { stage: 'objection', case: 'not-now', lastContactAt: at('2026-11-20T10:00:00+08:00'), lastReplyAt: at('2026-11-20T10:30:00+08:00') }),
      'said-not-now',
      'said "not now" by 2026-11-20: left alone until 2026-12-20, then a plain check-in',
      '2026-12-20',
    ],
  ] as [string, Contact, string, string, string | undefined, Partial<TouchInput>?][])('%s', (_name, who, reason, message, nextDate, over) => {
    const r = run([who], { persona: zhPersona({ events: [] }), ...over });
    expect(r.touches).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ contact: who.name, reason, ...(nextDate ? { nextDate } : {}) });
    expect(t('en', r.skipped[0]!.message)).toBe(message);
  });

  it('a persona without products cannot follow up on one', () => {
    const r = run([contact('王姐', { stage: 'follow-up' })], { persona: zhPersona({ products: [], events: [] }) });
    expect(r.skipped[0]).toMatchObject({ reason: 'no-product' });
  });

  it('never sends a message saying a word the persona avoids or the team bans; with none left, says which words', () => {
    const greetings = library.filter((p) => p.template.locale === 'zh-CN' && p.template.stage === 'greeting');
    // Every Chinese character any greeting is written with: avoiding them all leaves no greeting to send.
    const texts = greetings.map((p) => p.template.body);
    const one = run([contact('王姐')]);
    const first = one.touches[0]!.text;
    const word = [...first].find((c) => /[\u4e00-\u9fff]/.test(c))!;
    const avoided = run([contact('王姐')], { avoid: [word] });
    for (const x of avoided.touches) expect(x.text).not.toContain(word);
    const all = run([contact('王姐')], { avoid: [...new Set(texts.join('').replace(/[^\u4e00-\u9fff]/g, ''))] });
    expect(all.touches).toEqual([]);
    expect(all.skipped[0]).toMatchObject({ contact: '王姐', reason: 'no-script' });
    expect(t('en', all.skipped[0]!.message)).toMatch(/^every greeting chat template says a word this persona avoids or the team bans \(/);
  });

  it('no chat template for the locale means no script, said plainly', () => {
    const r = run([contact('Jamie')], { persona: enPersona(), library: library.filter((p) => p.template.locale !== 'en') });
    expect(r.skipped[0]).toMatchObject({ reason: 'no-script' });
    expect(t('en', r.skipped[0]!.message)).toBe('no en chat template for greeting');
  });
});

describe('stages', () => {
  const stageOf = (c: Contact, over: Partial<TouchInput> = {}) => {
    const r = run([c], over);
    const touch = r.touches[0];
    if (!touch) throw new Error(JSON.stringify(r.skipped));
    return { stage: touch.stage, case: touch.case, product: touch.product, text: touch.text, at: touch.at };
  };

  it('never messaged: a greeting addressed by name, no product', () => {
    const s = stageOf(contact('新朋友'));
    expect(s).toMatchObject({ stage: 'greeting', case: null, product: null });
    expect(s.text).toContain('新朋友');
  });
  it('messaged before, no stage given: an icebreaker', () => {
    expect(stageOf(contact('老朋友', { lastContactAt: at('2026-11-15T10:00:00+08:00'), lastReplyAt: at('2026-11-15T11:00:00+08:00') })).stage).toBe('icebreaker');
  });
  it('30+ days without a word either way: reactivation, whatever the exported stage', () => {
    expect(stageOf(contact('王姐', { stage: 'follow-up', lastContactAt: at('2026-10-20T10:00:00+08:00') })).stage).toBe('reactivation');
    // A recent reply keeps the conversation alive.
    expect(stageOf(contact('王姐', { stage: 'follow-up', tags: ['kids-flask'], lastContactAt: at('2026-10-20T10:00:00+08:00'), lastReplyAt: at('2026-11-20T10:00:00+08:00') })).stage).toBe('follow-up');
  });
  it('the stage is judged in the week it is for, not today', () => {
    const c = contact('小周', { stage: 'after-sale', tags: ['gauze-towel'], lastContactAt: at('2026-11-19T12:00:00+08:00'), lastReplyAt: at('2026-11-19T12:30:00+08:00') });
    expect(stageOf(c)).toMatchObject({ stage: 'after-sale', case: 'day-14' });
    expect(stageOf(c, { range: { from: '2027-01-11', to: '2027-01-17' } }).stage).toBe('reactivation');
    expect(stageOf({ ...c, lastContactAt: at('2026-11-27T12:00:00+08:00'), lastReplyAt: null }, { notBefore: at('2026-11-28T09:00:00+08:00') })).toMatchObject({ case: 'day-3' });
  });
  it('"not now" a month ago: a plain check-in (reactivation), not a reply about the product turned down', () => {
    expect(stageOf(contact('刘姐', { stage: 'objection', case: 'not-now', lastContactAt: at('2026-10-25T10:00:00+08:00'), lastReplyAt: at('2026-10-25T10:30:00+08:00') })).stage).toBe('reactivation');
  });
  it('objection without a case: think it over; a tag picks the product', () => {
    expect(stageOf(contact('李老师', { stage: 'objection', tags: ['gauze-towel'], lastContactAt: at('2026-11-22T10:00:00+08:00') }))).toMatchObject({
      stage: 'objection',
      case: 'think-about-it',
      product: 'gauze-towel',
    });
  });
  it.each([
    ['a word of the product name', ['Swiss'], 'decaf'],
    ['a Chinese part of the name', ['纱布浴巾'], 'gauze-towel'],
    ['the name in full width and another case', ['ＳＷＩＳＳ　ＷＡＴＥＲ　ＤＥＣＡＦ'], 'decaf'],
  ])('a tag names the product by %s', (_name, tags, product) => {
    const persona = product === 'gauze-towel' ? zhPersona() : enPersona();
    expect(stageOf(contact('Grace', { stage: 'after-sale', tags, lastContactAt: at('2026-11-19T12:00:00+08:00'), lastReplyAt: at('2026-11-19T12:30:00+08:00') }), { persona }).product).toBe(product);
  });
  it('after-sale care, a follow-up or an objection with no tag naming the product: skipped with the tags and products, never a guess', () => {
    for (const stage of ['after-sale', 'follow-up', 'objection'] as const) {
      const r = run([contact('Grace', { stage, tags: ['vip'], lastContactAt: at('2026-11-19T12:00:00+08:00'), lastReplyAt: at('2026-11-19T12:30:00+08:00') })], { persona: enPersona() });
      expect(r.touches).toEqual([]);
      expect(r.skipped[0]).toMatchObject({ contact: 'Grace', reason: 'unknown-product' });
      expect(t('en', r.skipped[0]!.message)).toContain('(tags: vip; products: house-blend, decaf): add the product to their tags');
    }
  });
  it('a recommendation without a tag proposes one product, the same whatever the week\'s seed', () => {
    const c = contact('Omar', { stage: 'recommendation', lastContactAt: at('2026-11-19T12:00:00+08:00'), lastReplyAt: at('2026-11-19T12:30:00+08:00') });
    const products = ['a', 'b', 'c', 'd'].map((seed) => stageOf(c, { persona: enPersona(), seed }).product);
    expect(new Set(products).size).toBe(1);
    expect(products[0]).not.toBeNull();
  });
  it('a live invitation goes out before the stream, preferably the day before', () => {
    const s = stageOf(contact('赵姐', { stage: 'live-invite', lastContactAt: at('2026-11-10T09:00:00+08:00') }));
    expect(s).toMatchObject({ stage: 'live-invite', product: 'kids-flask' });
    expect(s.at.slice(0, 10)).toBe('2026-12-02');
    expect(s.text).toMatch(/20:00|12月3日|周四/);
  });
  it('an icebreaker becomes the festival greeting on the festival', () => {
    const festival = (iso: string) => (iso === '2026-12-02' ? '冬至' : null);
    const s = stageOf(contact('陈阿姨', { lastContactAt: at('2026-11-01T10:00:00+08:00') }), { festival });
    expect(s).toMatchObject({ stage: 'holiday-greeting', case: '冬至' });
    expect(s.at.slice(0, 10)).toBe('2026-12-02');
  });
});

describe('when messages land', () => {
  it('inside touch hours, never on rest or quiet days, and not before the caps allow', () => {
    const contacts = [contact('甲', { lastContactAt: at('2026-11-27T20:00:00+08:00') }), contact('乙'), contact('丙')];
    const r = run(contacts, { isQuiet: (iso) => iso === '2026-11-30', rules: touchesSchema.parse({ hours: '10:00-12:00' }), notBefore: at('2026-11-28T09:00:00+08:00') });
    for (const touch of r.touches) {
      expect(touch.at.slice(11, 16) >= '10:00' && touch.at.slice(11, 16) < '12:00').toBe(true);
      expect(touch.at.slice(0, 10)).not.toBe('2026-11-30');
      expect(touch.at.slice(0, 10)).not.toBe('2026-12-05');
      expect(touch.at.endsWith('+08:00')).toBe(true);
    }
    const jia = r.touches.find((x) => x.contact === '甲')!;
    expect(jia.epochMs).toBeGreaterThanOrEqual(at('2026-12-04T20:00:00+08:00'));
  });

  it('a full day rolls the rest to later days; a full week lists them as skipped', () => {
    const contacts = Array.from({ length: 15 }, (_, i) => contact(`客户${String(i).padStart(2, '0')}`));
    const r = run(contacts, { rules: touchesSchema.parse({ maxPerDay: 2 }) });
    const perDay = new Map<string, number>();
    for (const x of r.touches) perDay.set(x.at.slice(0, 10), (perDay.get(x.at.slice(0, 10)) ?? 0) + 1);
    expect([...perDay.values()].every((n) => n === 2)).toBe(true);
    expect(r.touches).toHaveLength(12);
    expect(r.skipped.map((s) => s.reason)).toEqual(['daily-cap', 'daily-cap', 'daily-cap']);
    expect(t('zh-CN', r.skipped[0]!.message)).toBe('能发的那几天已满（每天 2 条）：留到下周');
  });

  it('openers and check-ins spread over the week; a new friend and an after-sale message go out first', () => {
    const before = at('2026-11-15T10:00:00+08:00');
    const contacts = [
      contact('新朋友'),
      contact('买过的', { stage: 'after-sale', tags: ['kids-flask'], lastContactAt: before, lastReplyAt: before }),
      ...['甲', '乙', '丙', '丁'].map((name) => contact(name, { stage: 'icebreaker', lastContactAt: before, lastReplyAt: before })),
    ];
    const r = run(contacts);
    const dayOf = (name: string) => r.touches.find((x) => x.contact === name)!.at.slice(0, 10);
    const first = r.touches[0]!.at.slice(0, 10);
    expect([dayOf('新朋友'), dayOf('买过的')]).toEqual([first, first]);
    // Four openers, four days, none of them piled onto the day the due messages took.
    const openers = ['甲', '乙', '丙', '丁'].map(dayOf);
    expect(new Set(openers).size).toBe(4);
    expect(openers).not.toContain(first);
  });

  it('this week starts now: nothing before the current instant', () => {
    const r = run([contact('甲'), contact('乙')], { notBefore: at('2026-12-03T15:00:00+08:00') });
    for (const x of r.touches) expect(x.epochMs).toBeGreaterThanOrEqual(at('2026-12-03T15:00:00+08:00'));
  });

  it('a few messages spread over the day instead of piling up at opening time', () => {
    const r = run([contact('甲'), contact('乙'), contact('丙')], { restDays: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
    expect(r.touches.map((x) => x.at.slice(11, 16))).toEqual(['11:55', '14:50', '17:45']);
    expect(slotMinutes(540, 1260, 20)).toHaveLength(20);
    expect(new Set(slotMinutes(540, 1260, 20)).size).toBe(20);
  });

  it('never inside a spring-forward gap: the local times that do not exist are skipped', () => {
    const r = run(
      Array.from({ length: 6 }, (_, i) => contact(`c${i}`)),
      { persona: enPersona({ events: [] }), restDays: [], range: { from: '2027-03-14', to: '2027-03-14' }, notBefore: 0, rules: touchesSchema.parse({ hours: '01:30-03:30', maxPerDay: 12 }) },
    );
    expect(r.touches.length).toBeGreaterThan(0);
    for (const x of r.touches) {
      expect(x.at.slice(11, 13)).not.toBe('02');
      expect(x.at).toMatch(/-0[78]:00$/);
    }
  });

  it('the same input gives the same list', () => {
    const contacts = [contact('甲'), contact('乙', { stage: 'follow-up', lastContactAt: at('2026-11-20T10:00:00+08:00') })];
    expect(run(contacts)).toEqual(run(contacts));
  });
});
