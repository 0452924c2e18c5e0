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

/** Tags named as examples of tags: "tags like #bestdeal and #flashsale", "#好物推荐# #限时特价# 这种标签". */
const NAMED_BEFORE = /(?:\b(?:tags?|hashtags?|labels?)\s+(?:like|such as)\b|比如|例如|像是?|什么)[^.!?。！？\n]*$/i;
const NAMED_AFTER = /^[^.!?。！？\n]{0,24}?(?:(?:这种|这类|这样的|之类的?|一类的?)(?:话题)?标签|\b(?:tags|hashtags) like (?:these|those|that)\b)/i;

/** A tag that is itself a sales phrase run together (#enrolnow, #guaranteedresults, #限时特价#) weighs as one. */
const SALES_TAG = /buy|shopnow|shoplocal|order|sale|^[#＃]deals?|discount|offer|promo|enrol|booknow|bookyour|booking|guarantee|freeship|freegift|freedelivery|limited|cheap|price|linkinbio|dmto|dmme|特价|优惠|秒杀|包邮|下单|团购|折/i;

function named(text: string, start: number, end: number): boolean {
  return NAMED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || NAMED_AFTER.test(text.slice(end, end + 40));
}

export function check(ctx: TextContext): void {
  if (ctx.text.indexOf('#') < 0 && ctx.text.indexOf('＃') < 0) return;
  let n = 0;
  for (const m of ctx.text.matchAll(HASHTAG)) {
    n++;
    // Plain tags (#sunrise) weigh little: they look like an advert, but sell nothing by themselves.
    const start = m.index;
    const end = start + m[0].length;
    // Talked about, not used: a mention, as any phrase named as an example is.
    const mention = named(ctx.text, start, end);
    ctx.report({ messageId: 'hashtag', start, end, weight: SALES_TAG.test(m[0]) ? 0.3 : n === 1 ? 0.08 : 0.12, data: { match: m[0] }, gentler: '', ...(mention ? { mention: true } : {}) });
  }
}
