// What a template sees: the persona, the product or event, and the post's date in the persona's locale.
import type { Persona, PersonaEvent, Product, Series } from '../model/persona.js';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface RenderEvent {
  title: string;
  /** Local start as written in the persona, e.g. 2026-12-03T20:00. */
  at: string;
  /** Local date and weekday of the event, in the persona's locale. */
  date: string;
  weekday: string;
  /** The event's day seen from the post's: 今天, 明天, 后天 or its weekday · today, tomorrow or its weekday. */
  day: string;
  /** HH:mm */
  time: string;
  /** The part of the day it starts in: 凌晨, 早上, 上午, 中午, 下午, 晚上 · night, morning, afternoon, evening. */
  period: string;
  /** The period and the time as one says them: 晚上20:00, 凌晨00:30 · 8:00 pm. */
  when: string;
  product?: Product;
}

export interface RenderContact {
  name: string;
}

export interface RenderContext {
  persona: Persona;
  /** Product and live templates only. */
  product?: Product;
  /** Live templates only: the persona's upcoming live stream. */
  event?: RenderEvent;
  /** Posts of a series (a recurring ritual) only. */
  series?: Series;
  /** Chat scripts only, when the script is for a known person: just the name, nothing else of the contact. */
  contact?: RenderContact;
  /** Local date of the post, e.g. "11月25日" or "Nov 25". */
  date: string;
  /** Local weekday, e.g. "周三" or "Wednesday". */
  weekday: string;
  /** ISO local date, for formatDate. */
  isoDate: string;
}

function weekdayIndex(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

const ZH_NEAR_DAYS = ['今天', '明天', '后天'];
const EN_NEAR_DAYS = ['today', 'tomorrow'];

/** A day as said on another: 今天, 明天, 后天 · today, tomorrow; its weekday when further off (or past). */
function dayFrom(fromIso: string, isoDate: string, weekday: string, locale: Persona['locale']): string {
  const away = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
  const near = locale === 'zh-CN' ? ZH_NEAR_DAYS : EN_NEAR_DAYS;
  return away >= 0 && away < near.length ? near[away]! : weekday;
}

export function localDate(isoDate: string, locale: Persona['locale']): { date: string; weekday: string } {
  const [, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const wd = weekdayIndex(isoDate);
  return locale === 'zh-CN'
    ? { date: `${m}月${d}日`, weekday: ZH_WEEKDAYS[wd]! }
    : { date: `${EN_MONTHS[m - 1]} ${d}`, weekday: EN_WEEKDAYS[wd]! };
}

/**
 * A deep copy whose objects have no prototype: strict mode then reports `{{persona.constructor}}` as an
 * unknown variable instead of finding Object's, and nothing a template does reaches the caller's data.
 */
function bare<T>(value: T): T {
  if (Array.isArray(value)) return (Object.prototype.hasOwnProperty.call(value, BARE) ? value : markBare(value.map(bare))) as T;
  if (value !== null && typeof value === 'object') {
    if ((value as Record<PropertyKey, unknown>)[BARE]) return value;
    const out = Object.create(BARE_OBJECT) as Record<PropertyKey, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = bare(v);
    return out as T;
  }
  return value;
}

/** Marks a copy as already bare, so a persona copied once serves every render of a plan. */
const BARE = Symbol('bare');
function markBare<T extends object>(value: T): T {
  Object.defineProperty(value, BARE, { value: true });
  return value;
}

/**
 * The prototype of every bare object, with nothing behind it. It holds the mark and, as Handlebars builds its
 * "not defined in <object>" message by string concatenation, a Symbol.toPrimitive: symbol keys, out of a
 * template's reach, so they add no variable. Shared rather than defined on each copy: a plan makes a context
 * for every render it tries, and two defineProperty calls on each were most of what copying it cost.
 */
const BARE_OBJECT: object = Object.freeze(
  Object.create(null, {
    [Symbol.toPrimitive]: { value: () => '[object]' },
    [BARE]: { value: true },
  }),
);

/** The persona as templates see it, copied once; pass it to makeContext for every render of a run. */
export function barePersona(persona: Persona): Persona {
  return bare(persona);
}

/** Where in the day an HH:mm falls, as a Chinese speaker (凌晨 for 00:30, not 晚上) or an English speaker says it. */
function timeOfDay(time: string, locale: Persona['locale']): { period: string; when: string } {
  const hour = Number(time.slice(0, 2));
  const minute = time.slice(3, 5);
  if (locale === 'zh-CN') {
    const period = hour < 5 ? '凌晨' : hour < 9 ? '早上' : hour < 12 ? '上午' : hour < 14 ? '中午' : hour < 18 ? '下午' : '晚上';
    return { period, when: `${period}${time}` };
  }
  const period = hour < 5 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  return { period, when: `${hour % 12 === 0 ? 12 : hour % 12}:${minute} ${hour < 12 ? 'am' : 'pm'}` };
}

export function makeContext(args: { persona: Persona; isoDate: string; product?: Product; event?: PersonaEvent; series?: Series; contact?: RenderContact }): RenderContext {
  const { persona, isoDate, product, event, series, contact } = args;
  const ctx: RenderContext = { persona, isoDate, ...localDate(isoDate, persona.locale) };
  if (product) ctx.product = product;
  if (series) ctx.series = series;
  if (contact) ctx.contact = { name: contact.name };
  if (event) {
    const [date, time] = event.at.split('T') as [string, string];
    const eventProduct = persona.products.find((p) => p.id === event.product);
    const local = localDate(date, persona.locale);
    ctx.event = { title: event.title, at: event.at, ...local, day: dayFrom(isoDate, date, local.weekday, persona.locale), time, ...timeOfDay(time, persona.locale), ...(eventProduct ? { product: eventProduct } : {}) };
  }
  return bare(ctx);
}
