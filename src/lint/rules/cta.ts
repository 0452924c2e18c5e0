// cta: hard calls to action (立即下单, 私聊我, 扫码, buy now, DM me, link in bio); soft invitations are info.
import { isSoftened } from '../context.js';
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

/** A softened call to action weighs this much of its hard self. */
const SOFTENED = 0.35;

export const meta = {
  id: 'cta',
  description: {
    en: 'Disallow hard calls to action such as 立即下单, 私聊我, 扫码, "buy now" or "link in bio"',
    'zh-CN': '禁止硬性号召用语，如"立即下单""私聊我""扫码""buy now""link in bio"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    hard: { en: 'hard call to action "{match}"', 'zh-CN': '硬性号召"{match}"' },
    soft: { en: 'soft invitation "{match}" (fine in product posts, raises salesiness)', 'zh-CN': '温和邀请"{match}"（产品帖可以用，但会提高推销分）' },
    address: { en: 'readers addressed as "{match}", as live-stream selling does', 'zh-CN': '用"{match}"称呼读者（直播带货的口吻）' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  reportPhrases(ctx, { honours: ['descriptive', 'negated', 'quoted'], messageId: 'hard', softMessageId: 'soft', addressMessageId: 'address' }, (r) => {
    if (r.messageId === 'hard' && !r.mention && isSoftened(ctx.text, r.start, r.end)) {
      ctx.report({ ...r, messageId: 'soft', severity: 'info', weight: r.weight * SOFTENED });
    } else ctx.report(r);
  });
}
