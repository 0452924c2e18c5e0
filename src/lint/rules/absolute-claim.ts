// absolute-claim: 绝对化用语 that China's Advertising Law art. 9(3) forbids (最佳, 最低价, 第一, 国家级, 100%, best, #1).
// Each lexicon entry records its legal basis; time order, usage tips and personal feelings are exempt.
import { isExperience } from '../context.js';
import { basisText } from '../lexicons/bases.js';
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'absolute-claim',
  description: {
    en: 'Disallow absolute claims forbidden by Advertising Law art. 9(3), such as 最佳, 最低价, 第一, 国家级, 100%, "best" or "#1"',
    'zh-CN': '禁止《广告法》第九条第三项禁用的绝对化用语，如"最佳""最低价""第一""国家级""100%""best""#1"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    claim: { en: 'absolute claim "{match}" ({law})', 'zh-CN': '绝对化用语"{match}"（{law}）' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  // A claim described in a story is still a claim; only quoting or denying it is not making it.
  reportPhrases(ctx, { honours: ['negated', 'quoted'], messageId: 'claim' }, (r) => {
    const experience = !r.mention && isExperience(ctx.text, r.end);
    ctx.report({
      ...r,
      ...(experience ? { mention: true, weight: r.weight * 0.1 } : {}),
      data: { ...r.data, law: r.basis ? basisText(r.basis) : '' },
    });
  });
}
