import { describe, expect, it } from 'vitest';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy } from '../../src/load/policy.js';
import type { Persona } from '../../src/model/persona.js';
import { localDate, makeContext } from '../../src/render/context.js';
import { makePersonaYaml } from '../helpers/persona-yaml.js';

function persona(locale: 'zh-CN' | 'en'): Persona {
  const r = parsePersona(makePersonaYaml({ locale }), 'personas/lin-cha.yaml', defaultPolicy());
  if (!r.ok) throw new Error('fixture persona is invalid');
  return r.value;
}

describe('the render context', () => {
  it.each([
    ['2026-11-30', 'zh-CN', '11月30日', '周一'],
    ['2026-12-06', 'zh-CN', '12月6日', '周日'],
    ['2027-01-01', 'zh-CN', '1月1日', '周五'],
    ['2026-11-30', 'en', 'Nov 30', 'Monday'],
    ['2026-12-06', 'en', 'Dec 6', 'Sunday'],
    ['2028-02-29', 'en', 'Feb 29', 'Tuesday'],
  ] as const)('%s in %s is %s, %s', (iso, locale, date, weekday) => {
    expect(localDate(iso, locale)).toEqual({ date, weekday });
    expect(makeContext({ persona: persona(locale), isoDate: iso })).toMatchObject({ date, weekday, isoDate: iso });
  });

  it('a live template sees the event in the persona language, with its product', () => {
    const p = persona('zh-CN');
    const ctx = makeContext({ persona: p, isoDate: '2026-12-01', product: p.products[0]!, event: p.events[0]! });
    expect(ctx.event).toEqual({
      title: '冬天喝什么茶',
      at: '2026-12-03T20:00',
      date: '12月3日',
      weekday: '周四',
      day: '后天',
      time: '20:00',
      period: '晚上',
      when: '晚上20:00',
      product: expect.objectContaining({ id: 'longjing', name: '明前龙井' }),
    });
    expect(ctx.product?.name).toBe('明前龙井');
  });

  it.each([
    ['zh-CN', '2026-12-03', '今天'],
    ['zh-CN', '2026-12-02', '明天'],
    ['zh-CN', '2026-12-01', '后天'],
    ['zh-CN', '2026-11-30', '周四'],
    ['en', '2026-12-03', 'today'],
    ['en', '2026-12-02', 'tomorrow'],
    ['en', '2026-12-01', 'Thursday'],
    // A post after the stream (a thank-you) names its weekday, never "yesterday" as if it were to come.
    ['en', '2026-12-04', 'Thursday'],
  ] as const)('a %s post on %s names the stream of 2026-12-03 as %s', (locale, isoDate, day) => {
    const p = persona(locale);
    expect(makeContext({ persona: p, isoDate, event: { ...p.events[0]!, at: '2026-12-03T20:00' } }).event?.day).toBe(day);
  });

  it.each([
    ['zh-CN', '00:30', '凌晨', '凌晨00:30'],
    ['zh-CN', '07:00', '早上', '早上07:00'],
    ['zh-CN', '10:00', '上午', '上午10:00'],
    ['zh-CN', '12:30', '中午', '中午12:30'],
    ['zh-CN', '15:00', '下午', '下午15:00'],
    ['zh-CN', '20:00', '晚上', '晚上20:00'],
    ['en', '00:30', 'night', '12:30 am'],
    ['en', '10:00', 'morning', '10:00 am'],
    ['en', '12:00', 'afternoon', '12:00 pm'],
    ['en', '20:15', 'evening', '8:15 pm'],
  ] as const)('says when a %s stream at %s starts as one would: %s, %s', (locale, time, period, when) => {
    const p = persona(locale);
    const ctx = makeContext({ persona: p, isoDate: '2026-12-01', event: { ...p.events[0]!, at: `2026-12-03T${time}` } });
    expect(ctx.event).toMatchObject({ period, when });
  });

  it('only what the post has: no product, event or series unless given', () => {
    const ctx = makeContext({ persona: persona('en'), isoDate: '2026-12-01' });
    expect(Object.keys(ctx).sort()).toEqual(['date', 'isoDate', 'persona', 'weekday']);
  });

  it('a series post sees its series', () => {
    const p = persona('zh-CN');
    expect(makeContext({ persona: p, isoDate: '2026-12-04', series: p.series[0]! }).series?.name).toBe('周五夜跑打卡');
  });

  it('is a copy: the persona passed in is neither changed nor shared', () => {
    const p = persona('zh-CN');
    const before = JSON.stringify(p);
    const ctx = makeContext({ persona: p, isoDate: '2026-12-01' });
    expect(ctx.persona).not.toBe(p);
    expect(JSON.stringify(ctx.persona)).toBe(before);
    expect(JSON.stringify(p)).toBe(before);
    // Nothing a template names can reach Object.prototype.
    for (const o of [ctx, ctx.persona, ctx.persona.voice, ctx.persona.products[0]!] as object[]) {
      expect(Object.prototype.isPrototypeOf(o)).toBe(false);
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) expect(name in o).toBe(false);
      expect(Object.getOwnPropertyNames(Object.getPrototypeOf(o))).toEqual([]);
    }
    expect(Array.isArray(ctx.persona.voice.tone)).toBe(true);
  });
});
