// Messages of the shell: error labels, summaries and texts shared by several commands.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  error: { en: 'error', 'zh-CN': '错误' },
  field: { en: 'field', 'zh-CN': '字段' },
  expected: { en: 'expected', 'zh-CN': '应为' },
  fix: { en: 'fix', 'zh-CN': '修复' },
  'internal-error': { en: 'persona: internal error: {detail}', 'zh-CN': 'persona：内部错误：{detail}' },
  'internal-error-hint': {
    en: 'Run again with --debug for the stack trace, and please report it.',
    'zh-CN': '加上 --debug 重新运行可看到调用栈，并请报告这个问题。',
  },
  'not-built': { en: 'persona {command} is not built yet', 'zh-CN': 'persona {command} 尚未实现' },
  'unknown-schema': { en: 'unknown schema "{what}"', 'zh-CN': '未知的 schema "{what}"' },
  'unknown-schema-hint': { en: 'Try `persona schema persona`.', 'zh-CN': '试试 `persona schema persona`。' },
  'path-not-found': { en: '{path} does not exist', 'zh-CN': '{path} 不存在' },
  'path-not-found-hint': { en: 'Pass persona files, template files or folders.', 'zh-CN': '请传入人设文件、模板文件或文件夹。' },
  'nothing-to-validate': {
    en: '{path} has no persona (.yaml) or template (.hbs) files',
    'zh-CN': '{path} 中没有人设（.yaml）或模板（.hbs）文件',
  },
  'interest-no-template': {
    en: 'persona {id}: interest "{topic}" has no {locale} lifestyle template',
    'zh-CN': '人设 {id}：兴趣 "{topic}" 没有 {locale} 的生活类模板',
  },
  'interest-no-template-hint': {
    en: 'Add templates with kind: lifestyle, locale: {locale}, topics: [{topic}], or remove the interest.',
    'zh-CN': '添加 kind: lifestyle、locale: {locale}、topics: [{topic}] 的模板，或删掉这个兴趣。',
  },
  'validate-summary': {
    en: 'checked {config}{personas} persona(s), {templates} template(s): {errors} error(s), {findings} finding(s)',
    'zh-CN': '已检查 {config}{personas} 个人设、{templates} 个模板：{errors} 个错误，{findings} 个问题',
  },
  'cannot-write': { en: 'cannot write {file}: {reason}', 'zh-CN': '无法写入 {file}：{reason}' },
  'usage-error': { en: '{detail}', 'zh-CN': '{detail}' },
} as const satisfies Catalog;

export const msg = messenger('cli', messages);
