// hashtag-spam: WeChat Moments does not link hashtags; #话题# and #tags only make a post look like an advert.
import type { RuleMeta, TextContext } from '../types.js';

export const meta = {
  id: 'hashtag-spam',
  description: {
    en: 'Disallow hashtags in Moments text (#tea, #话题#): WeChat does not link them and they read as an advert',
    'zh-CN': '禁止在朋友圈文字里用话题标签（#tea、#话题#）：微信不会识别，还显得像广告',
  },
  severity: 'warning',
  scope: 'text',
  lexicon: false,
  messages: {
    hashtag: { en: 'hashtag "{match}"', 'zh-CN': '话题标签"{match}"' },
  },
} as const satisfies RuleMeta;

/** `#1` is a rank (absolute-claim), not a tag; `#话题#` closes with a second mark. */
const HASHTAG = /[#＃](?![\d\s#＃])[\p{L}\p{N}_]+[#＃]?/gu;

export function check(ctx: TextContext): void {
  if (ctx.text.indexOf('#') < 0 && ctx.text.indexOf('＃') < 0) return;
  let n = 0;
  for (const m of ctx.text.matchAll(HASHTAG)) {
    n++;
    ctx.report({ messageId: 'hashtag', start: m.index, end: m.index + m[0].length, weight: n === 1 ? 0.15 : 0.25, data: { match: m[0] }, gentler: '' });
  }
}
