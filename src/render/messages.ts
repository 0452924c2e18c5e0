// Messages of strict rendering.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'unknown-variable': { en: 'unknown variable "{name}"', 'zh-CN': '未知变量 "{name}"' },
  'unknown-variable-expected': {
    en: 'persona.*, date, weekday, isoDate, product.* (product and live templates), event.* (live templates), series.* (series posts, guard with {{#if series}}), contact.name (chat scripts, guard with {{#if contact}})',
    'zh-CN': 'persona.*、date、weekday、isoDate、product.*（产品和直播模板）、event.*（直播模板）、series.*（系列帖子，用 {{#if series}} 包住）、contact.name（私聊话术，用 {{#if contact}} 包住）',
  },
  'unknown-variable-hint': {
    en: 'Check the spelling, or guard optional data with {{#if …}}.',
    'zh-CN': '检查拼写，或用 {{#if …}} 包住可能没有的数据。',
  },
  'unknown-helper': { en: 'unknown helper "{name}"', 'zh-CN': '未知 helper "{name}"' },
  'one-of': { en: 'one of {values}', 'zh-CN': '以下之一：{values}' },
  'syntax-error': { en: 'Handlebars syntax error: {detail}', 'zh-CN': 'Handlebars 语法错误：{detail}' },
  'mustache-unclosed': { en: '{{ opened here is never closed with }}', 'zh-CN': '这里的 {{ 没有用 }} 闭合' },
  'mustache-unclosed-hint': { en: 'Close it with }}, e.g. {{emoji "🍵"}}.', 'zh-CN': '用 }} 闭合，例如 {{emoji "🍵"}}。' },
  'block-unclosed': { en: '{{#{name}}} opened here is never closed', 'zh-CN': '这里打开的 {{#{name}}} 没有闭合' },
  'block-unclosed-hint': { en: 'Close it with {{/{name}}} where the block should end.', 'zh-CN': '在块应当结束的地方写上 {{/{name}}}。' },
  'syntax-hint': {
    en: 'Every {{#block}} needs its {{/block}}; mustaches are {{name}}.',
    'zh-CN': '每个 {{#block}} 都要有对应的 {{/block}}；变量写作 {{name}}。',
  },
  'or-outside-pick': {
    en: '{{or}} separates the variants of a {{#pick}}…{{/pick}} block and cannot stand outside one',
    'zh-CN': '{{or}} 用来分隔 {{#pick}}…{{/pick}} 中的候选，不能单独使用',
  },
  'bad-date': { en: 'formatDate cannot read the date "{value}"', 'zh-CN': 'formatDate 无法识别日期 "{value}"' },
  unsupported: { en: '{what} is not supported in persona templates', 'zh-CN': '人设模板不支持 {what}' },
  'unsupported-hint': {
    en: 'Templates are self-contained: write the text out, or use {{#pick}} for variants.',
    'zh-CN': '模板须自成一体：直接写出文字，或用 {{#pick}} 写几种说法。',
  },
  'above-top': {
    en: '{{{path}}}: "../" goes up to the context around an {{#each}} or {{#with}}, and here there is none to go up to',
    'zh-CN': '{{{path}}}："../" 指向 {{#each}} 或 {{#with}} 外层的上下文，这里没有外层可去',
  },
  'above-top-hint': {
    en: 'Write the path from the top ({{{fixed}}}): outside {{#each}} and {{#with}}, persona, product, event, series and date are there as they are.',
    'zh-CN': '从顶层写路径（{{{fixed}}}）：在 {{#each}} 和 {{#with}} 之外，persona、product、event、series、date 可以直接用。',
  },
  'render-error': { en: 'cannot render: {detail}', 'zh-CN': '无法渲染：{detail}' },
  'rendering-for': { en: '{message} (rendering for persona {persona})', 'zh-CN': '{message}（为人设 {persona} 渲染时）' },
  'rendering-for-product': {
    en: '{message} (rendering for persona {persona}, product {product})',
    'zh-CN': '{message}（为人设 {persona}、产品 {product} 渲染时）',
  },
} as const satisfies Catalog;

export const msg = messenger('render', messages);
