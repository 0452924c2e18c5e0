// What a template sees: the persona, the product or event, and the post's date in the persona's locale.
import type { Persona, PersonaEvent, Product } from '../model/persona.js';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface RenderContext {
  persona: Persona;
  product?: Product;
  event?: { title: string; at: string; date: string; time: string; weekday: string; product?: Product };
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

export function localDate(isoDate: string, locale: Persona['locale']): { date: string; weekday: string } {
  const [, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const wd = weekdayIndex(isoDate);
  return locale === 'zh-CN'
    ? { date: `${m}月${d}日`, weekday: ZH_WEEKDAYS[wd]! }
    : { date: `${EN_MONTHS[m - 1]} ${d}`, weekday: EN_WEEKDAYS[wd]! };
}

export function makeContext(args: {
  persona: Persona;
  isoDate: string;
  product?: Product;
  event?: PersonaEvent;
}): RenderContext {
  const { persona, isoDate, product, event } = args;
  const ctx: RenderContext = { persona, isoDate, ...localDate(isoDate, persona.locale) };
  if (product) ctx.product = product;
  if (event) {
    const [date, time] = event.at.split('T') as [string, string];
    const eventProduct = persona.products.find((p) => p.id === event.product);
    const local = localDate(date, persona.locale);
    ctx.event = { title: event.title, at: event.at, date: local.date, time, weekday: local.weekday };
    if (eventProduct) ctx.event.product = eventProduct;
  }
  return ctx;
}
