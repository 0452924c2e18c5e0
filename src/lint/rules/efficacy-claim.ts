// efficacy-claim: medical or guaranteed-effect claims (根治, 治愈, 立竿见影, 无副作用, cure, guaranteed results).
import { basisText } from '../lexicons/bases.js';
import type { RuleMeta, TextContext } from '../types.js';
import { reportPhrases } from '../phrases.js';

export const meta = {
  id: 'efficacy-claim',
  description: {
    en: 'Disallow medical and guaranteed-effect claims such as 根治, 治愈, 立竿见影, 无副作用, "cure" or "guaranteed results"',
    'zh-CN': '禁止医疗和保证功效的说法，如"根治""治愈""立竿见影""无副作用""cure""guaranteed results"',
  },
  severity: 'error',
  scope: 'text',
  lexicon: true,
  messages: {
    claim: { en: 'efficacy claim "{match}" ({law})', 'zh-CN': '功效断言"{match}"（{law}）' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  reportPhrases(ctx, { honours: ['negated', 'quoted'], messageId: 'claim' }, (r) => ctx.report({ ...r, data: { ...r.data, law: r.basis ? basisText(r.basis) : '' } }));
}
