// scarcity: pressure of stock (仅剩3件, 库存告急, only 2 left, limited stock).
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'scarcity',
  description: {
    en: 'Disallow scarcity pressure such as 仅剩3件, 库存告急, "only 2 left" or "limited stock"',
    'zh-CN': '禁止制造稀缺感，如"仅剩3件""库存告急""only 2 left""limited stock"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    scarcity: { en: 'scarcity pressure "{match}"', 'zh-CN': '制造稀缺感"{match}"' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  // "只剩两盒了" is pressure, not a past event (context.ts reads a 了 closing it as announcing), while
  // "几分钟就被抢光了" tells what happened.
  reportPhrases(ctx, { honours: ['descriptive', 'negated', 'quoted'], messageId: 'scarcity' });
}
