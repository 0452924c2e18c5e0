// emoji-density: a burst of emoji (🔥🔥🔥) or more emoji than the text can carry reads as an advert.
import type { RuleMeta, TextContext } from '../types.js';
import { EMOJI_SEQUENCE } from '../../model/emoji.js';
import { inside } from '../context.js';

export const meta = {
  id: 'emoji-density',
  description: {
    en: 'Disallow bursts of three or more emoji and more emoji than one per 30 characters of text',
    'zh-CN': '禁止连续三个以上表情，以及每 30 个字超过一个表情',
  },
  severity: 'warning',
  scope: 'text',
  lexicon: false,
  messages: {
    burst: { en: '{n} emoji in a row', 'zh-CN': '连续 {n} 个表情' },
    dense: { en: '{n} emoji in a text this short (at most {max})', 'zh-CN': '这么短的文字用了 {n} 个表情（最多 {max} 个）' },
  },
} as const satisfies RuleMeta;

const EMOJI = new RegExp(EMOJI_SEQUENCE, 'gu');
const BURST = 3;
const UNITS_PER_EMOJI = 30;

/** Every emoji has a code unit in one of these ranges (astral pictographs are surrogate pairs). */
const CANDIDATE = /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;

export function check(ctx: TextContext): void {
  if (!CANDIDATE.test(ctx.text)) return;
  const found: { start: number; end: number }[] = [];
  // Emoji quoted ("a row of "🔥🔥🔥" tells the customer "advert"") are talked about, not used.
  const quotes = ctx.quotes();
  for (const m of ctx.text.matchAll(EMOJI)) if (!inside(quotes, m.index)) found.push({ start: m.index, end: m.index + m[0].length });
  if (found.length === 0) return;
  // Bursts: emoji separated only by spaces.
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j + 1 < found.length && /^\s*$/.test(ctx.text.slice(found[j]!.end, found[j + 1]!.start))) j++;
    const n = j - i + 1;
    if (n >= BURST) ctx.report({ messageId: 'burst', start: found[i]!.start, end: found[j]!.end, weight: Math.min(0.6, 0.1 * n), data: { n } });
    i = j + 1;
  }
  const max = Math.max(2, Math.floor(ctx.units / UNITS_PER_EMOJI) + 1);
  if (found.length > max) {
    const first = found[max]!;
    ctx.report({ messageId: 'dense', start: first.start, end: found[found.length - 1]!.end, weight: Math.min(0.6, 0.1 * (found.length - max)), data: { n: found.length, max } });
  }
}
