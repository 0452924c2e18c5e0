// Messages of the calendar: what the planner warns about when the holiday data runs out.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  uncovered: {
    en: "{dates}: China's public holidays and make-up workdays (调休) are not known for {years} (the chinese-days data covers {known}); these days are planned as ordinary days. Once the State Council publishes the arrangement, declare it under `holidays:` in persona.config.yaml, e.g. `- { date: {example}, name: 元旦, type: holiday }`, and `type: workday` for each make-up workday.",
    'zh-CN': '{dates}：{years} 年的法定节假日和调休安排尚无数据（chinese-days 数据覆盖 {known}），这些日子按普通日子排期。国务院公布安排后，请在 persona.config.yaml 的 `holidays:` 中声明，例如 `- { date: {example}, name: 元旦, type: holiday }`，调休上班日写 `type: workday`。',
  },
  'years-none': { en: 'no year', 'zh-CN': '无年份' },
} as const satisfies Catalog;

export const msg = messenger('calendar', messages);
