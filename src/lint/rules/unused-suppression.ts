// unused-suppression: a persona-lint-disable comment that suppresses nothing (or names no rule) hides future problems.
import type { DirectiveContext, RuleMeta } from '../types.js';

export const meta = {
  id: 'unused-suppression',
  description: {
    en: 'Disallow persona-lint-disable comments that suppress nothing or name a rule that does not exist',
    'zh-CN': '禁止不起作用的 persona-lint-disable 注释，以及其中写了不存在的规则',
  },
  severity: 'warning',
  scope: 'directive',
  lexicon: false,
  messages: {
    unused: { en: '"{directive}" suppresses nothing; remove it', 'zh-CN': '"{directive}"没有屏蔽任何问题，请删掉' },
    unknown: { en: '"{directive}" names unknown rule(s) {rules}', 'zh-CN': '"{directive}"写了不存在的规则 {rules}' },
    misspelled: {
      en: '"{directive}" is no directive: write persona-lint-disable, -enable, -disable-line or -disable-next-line',
      'zh-CN': '"{directive}"不是有效的指令：请写 persona-lint-disable、-enable、-disable-line 或 -disable-next-line',
    },
  },
} as const satisfies RuleMeta;

export function check(ctx: DirectiveContext): void {
  if (ctx.unknown.length) ctx.report({ messageId: 'unknown', data: { directive: ctx.directive, rules: ctx.unknown.join(', ') } });
  else if (ctx.unused) ctx.report({ messageId: 'unused', data: { directive: ctx.directive } });
}
