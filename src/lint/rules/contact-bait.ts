// contact-bait: pulling readers off Moments (加我微信, phone numbers, links); WeChat folds or flags such posts.
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'contact-bait',
  description: {
    en: 'Disallow contact bait in Moments text: 加我微信, phone numbers, e-mail addresses and links',
    'zh-CN': '禁止在朋友圈文字里引流：加我微信、电话号码、邮箱和链接',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    bait: { en: 'contact bait "{match}": your contacts already have you on WeChat', 'zh-CN': '引流"{match}"：看朋友圈的人本来就是你的微信好友' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  // "让人加微信、扫码" describes what others do; only an invitation of our own is bait.
  reportPhrases(ctx, { honours: ['negated', 'quoted', 'descriptive'], messageId: 'bait' });
}
