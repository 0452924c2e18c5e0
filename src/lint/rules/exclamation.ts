// exclamation: runs of ！/! and exclamation in sentence after sentence read as shouting.
import type { RuleMeta, TextContext } from '../types.js';

export const meta = {
  id: 'exclamation',
  description: {
    en: 'Disallow runs of exclamation marks (!!, ！！) and more than two exclaimed sentences in one text',
    'zh-CN': '禁止连续感叹号（!!、！！）以及一段文字里超过两句感叹',
  },
  severity: 'warning',
  scope: 'text',
  lexicon: false,
  messages: {
    run: { en: '{n} exclamation marks in a row', 'zh-CN': '连续 {n} 个感叹号' },
    many: { en: '{n} exclaimed sentences; one is plenty', 'zh-CN': '{n} 句都用了感叹号，一句就够了' },
  },
} as const satisfies RuleMeta;

const MARKS = /[!！]+/g;
const MAX_SENTENCES = 2;

export function check(ctx: TextContext): void {
  if (ctx.text.indexOf('!') < 0 && ctx.text.indexOf('！') < 0) return;
  let sentences = 0;
  // A quoted "Buy now!" is someone else's shouting, talked about.
  const quotes = ctx.quotes();
  for (const m of ctx.text.matchAll(MARKS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quotes.some((q) => start >= q.start && start < q.end)) continue;
    sentences++;
    if (m[0].length >= 2) {
      ctx.report({ messageId: 'run', start, end, weight: Math.min(0.5, 0.2 + 0.1 * (m[0].length - 2)), data: { n: m[0].length }, gentler: ctx.text[start] ?? '' });
    } else if (sentences > MAX_SENTENCES) {
      ctx.report({ messageId: 'many', start, end, weight: 0.15, data: { n: sentences } });
    }
  }
}
