// kind-ceiling: a template may not measure saltier than its kind allows (lifestyle 0.2 … product/live 0.7).
import type { Text } from '../../i18n/text.js';
import { ruleText, type RuleMeta, type TemplateContext } from '../types.js';

export const meta = {
  id: 'kind-ceiling',
  description: {
    en: "Enforce each template's measured salesiness at or below its kind's ceiling (lint.ceilings in persona.config.yaml)",
    'zh-CN': '要求模板实测推销分不超过其类型的上限（persona.config.yaml 的 lint.ceilings）',
  },
  severity: 'error',
  scope: 'template',
  lexicon: false,
  messages: {
    over: {
      en: 'salesiness {salesiness} is over the {kind} ceiling {ceiling}{where}; raised by {top}',
      'zh-CN': '推销分 {salesiness} 超过 {kind} 类的上限 {ceiling}{where}；主要来自 {top}',
    },
    static: { en: ' (template text)', 'zh-CN': '（模板原文）' },
    rendered: { en: ' (rendered for persona {persona})', 'zh-CN': '（为人设 {persona} 渲染时）' },
    'rendered-product': { en: ' (rendered for persona {persona}, product {product})', 'zh-CN': '（为人设 {persona}、产品 {product} 渲染时）' },
    nothing: { en: 'length and punctuation', 'zh-CN': '篇幅和标点' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TemplateContext): void {
  if (ctx.salesiness <= ctx.ceiling) return;
  const { source } = ctx;
  const where: Text = !source
    ? ruleText(meta.id, 'static')
    : source.product
      ? ruleText(meta.id, 'rendered-product', { persona: source.persona ?? '', product: source.product })
      : ruleText(meta.id, 'rendered', { persona: source.persona ?? '' });
  const top = ctx.top.length ? ctx.top.map((h) => `"${h.match}" (${h.ruleId})`).join(', ') : null;
  ctx.report({
    messageId: 'over',
    data: {
      salesiness: ctx.salesiness.toFixed(2),
      kind: ctx.kind,
      ceiling: ctx.ceiling.toFixed(2),
      where,
      top: top ?? ruleText(meta.id, 'nothing'),
    },
  });
}
