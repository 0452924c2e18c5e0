// urgency: pressure of time (限时, 最后一天, 倒计时, 手慢无, hurry, last chance).
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'urgency',
  description: {
    en: 'Disallow time pressure such as 限时, 最后一天, 倒计时, 手慢无, "hurry" or "last chance"',
    'zh-CN': '禁止制造时间压力，如"限时""最后一天""倒计时""手慢无""hurry""last chance"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    urgency: { en: 'time pressure "{match}"', 'zh-CN': '制造紧迫感"{match}"' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  reportPhrases(ctx, { honours: ['descriptive', 'negated', 'quoted'], messageId: 'urgency' });
}
