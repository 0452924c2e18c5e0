// length: WeChat folds Moments text longer than six lines behind 全文, and few readers tap it.
import type { RuleMeta, TextContext } from '../types.js';
import { LINE_WIDTH, phoneWidth } from '../units.js';

export const meta = {
  id: 'length',
  description: {
    en: 'Enforce Moments text short enough to show in full (about six lines on a phone) rather than folded behind 全文',
    'zh-CN': '要求朋友圈文字足够短（手机上约六行以内），不被折叠到"全文"里',
  },
  severity: 'warning',
  scope: 'post',
  lexicon: false,
  messages: {
    folded: {
      en: 'about {lines} lines on a phone: WeChat folds text longer than {max} lines behind 全文',
      'zh-CN': '手机上约 {lines} 行：超过 {max} 行微信会折叠成"全文"',
    },
    'folded-variants': {
      en: 'about {lines} lines on a phone with the longer variants at {where}: WeChat folds text longer than {max} lines behind 全文',
      'zh-CN': '用上 {where} 处较长的说法时，手机上约 {lines} 行：超过 {max} 行微信会折叠成"全文"',
    },
  },
} as const satisfies RuleMeta;

export const MAX_LINES = 6;

export function visualLines(text: string): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let width = 0;
    for (let i = 0; i < paragraph.length; i++) {
      width += phoneWidth(paragraph.charCodeAt(i));
    }
    lines += Math.max(1, Math.ceil(width / LINE_WIDTH));
  }
  return lines;
}

/** An upper bound on visual lines without splitting: every paragraph break plus the full width. */
function roughLines(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks + 1 + Math.ceil(text.length / LINE_WIDTH);
}

export function check(ctx: TextContext): void {
  if (roughLines(ctx.text) <= MAX_LINES) return;
  const text = ctx.text.trim();
  if (!text) return;
  const lines = visualLines(text);
  if (lines <= MAX_LINES) return;
  const start = ctx.text.indexOf(text);
  ctx.report({ messageId: 'folded', start, end: start + text.length, weight: 0, data: { lines, max: MAX_LINES } });
}
