// Messages of strict rendering.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'unknown-variable': { en: 'unknown variable "{name}"', 'zh-CN': '未知变量 "{name}"' },
  'unknown-variable-expected': {
    en: 'persona.*, product.* (product and live templates), event.* (live templates), date, weekday',
    'zh-CN': 'persona.*、product.*（产品和直播模板）、event.*（直播模板）、date、weekday',
  },
  'unknown-variable-hint': {
    en: 'Check the spelling, or guard optional data with {{#if …}}.',
    'zh-CN': '检查拼写，或用 {{#if …}} 包住可能没有的数据。',
  },
  'unknown-helper': { en: 'unknown helper "{name}"', 'zh-CN': '未知 helper "{name}"' },
  'one-of': { en: 'one of {values}', 'zh-CN': '以下之一：{values}' },
  'syntax-error': { en: 'Handlebars syntax error: {detail}', 'zh-CN': 'Handlebars 语法错误：{detail}' },
  'syntax-hint': {
    en: 'Every {{#block}} needs its {{/block}}; mustaches are {{name}}.',
    'zh-CN': '每个 {{#block}} 都要有对应的 {{/block}}；变量写作 {{name}}。',
  },
  'render-error': { en: 'cannot render: {detail}', 'zh-CN': '无法渲染：{detail}' },
  'rendering-for': { en: '{message} (rendering for persona {persona})', 'zh-CN': '{message}（为人设 {persona} 渲染时）' },
  'rendering-for-product': {
    en: '{message} (rendering for persona {persona}, product {product})',
    'zh-CN': '{message}（为人设 {persona}、产品 {product} 渲染时）',
  },
} as const satisfies Catalog;

export const msg = messenger('render', messages);
