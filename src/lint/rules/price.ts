// price: price pushing (¥99, 原价/现价, 打折, 包邮, % off, free shipping); a price in a story is not pushing.
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'price',
  description: {
    en: 'Disallow price pushing such as ¥99, 原价/现价, 打折, 包邮, "30% off" or "free shipping"',
    'zh-CN': '禁止推价格，如"¥99""原价/现价""打折""包邮""30% off""free shipping"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    price: { en: 'price pushing "{match}"', 'zh-CN': '推价格"{match}"' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  reportPhrases(ctx, { honours: ['descriptive', 'negated', 'quoted'], messageId: 'price' });
}
