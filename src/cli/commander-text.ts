// commander's own words — help headings, "(default: …)", and its usage errors — in the UI language.
// commander builds these strings itself, so they are translated where they come out: styleTitle, the
// description helpers and outputError.
import { Help, type Argument, type Option } from 'commander';
import type { Lang } from '../i18n/text.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** "(choices: "text", "json", default: "text")" → "（可选值："text", "json"，默认："text"）". */
function extraInfo(description: string): string {
  return description.replace(/ ?\(((?:choices|default|preset|env): .*)\)$/, (_whole, inner: string) => {
    const parts = inner
      .replace(/, (?=(?:default|preset|env): )/g, '\u0000')
      .split('\u0000')
      .map((p) => p.replace(/^choices: /, '可选值：').replace(/^default: /, '默认：').replace(/^preset: /, '预设：').replace(/^env: /, '环境变量：'));
    return `（${parts.join('，')}）`;
  });
}

/** Settings for `program.configureHelp`: translated headings, bold when colour is on. */
export function helpConfiguration(lang: Lang, color: boolean): Partial<Help> {
  const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[22m` : text);
  // --config, --lang and --debug work on every command: each command's help lists them too.
  if (lang === 'en') return { styleTitle: bold, showGlobalOptions: true };
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => bold(TITLES[title] ?? title),
    optionDescription(this: Help, option: Option) {
      return extraInfo(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extraInfo(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

type Rule = [RegExp, (...groups: string[]) => string];

const SUGGESTION: Rule[] = [
  [/\n\(Did you mean one of (.+)\?\)$/, (list) => `\n（你是不是想用其中之一：${list}？）`],
  [/\n\(Did you mean (.+)\?\)$/, (one) => `\n（你是不是想用 ${one}？）`],
];

const ERRORS: Rule[] = [
  [/^error: unknown option '(.+)'$/, (flag) => `错误：未知选项 '${flag}'`],
  [/^error: unknown command '(.+)'$/, (name) => `错误：未知命令 '${name}'`],
  [/^error: missing required argument '(.+)'$/, (name) => `错误：缺少必填参数 '${name}'`],
  [/^error: option '(.+)' argument missing$/, (flags) => `错误：选项 '${flags}' 缺少取值`],
  [/^error: required option '(.+)' not specified$/, (flags) => `错误：必须提供选项 '${flags}'`],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `错误：${a} 不能与 ${b} 同时使用`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `错误：${command ? `'${command}' 的` : ''}参数太多：最多 ${expected} 个，收到 ${got} 个。`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (flags, value, choices) => `错误：选项 '${flags}' 的取值 '${value}' 无效。可选值：${choices}。`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\.(.*)$/, (flags, value, rest) => `错误：选项 '${flags}' 的取值 '${value}' 无效。${rest.trim()}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\.(.*)$/, (value, name, rest) => `错误：参数 '${name}' 的取值 '${value}' 无效。${rest.trim()}`],
];

function apply(rules: readonly Rule[], text: string): string {
  for (const [pattern, render] of rules) {
    const m = pattern.exec(text);
    if (m) return text.slice(0, m.index) + render(...m.slice(1).map((g) => g ?? '')) + text.slice(m.index + m[0].length);
  }
  return text;
}

/** One of commander's error messages (as passed to outputError, with its newline) in the UI language. */
export function commanderError(text: string, lang: Lang): string {
  // commander's own errors are usage errors, coded like every other error persona prints.
  if (lang === 'en') return text.replace(/^error: /, 'error[usage]: ');
  const body = text.replace(/\n$/, '');
  const suggestion = SUGGESTION.map(([pattern]) => pattern.exec(body)).find(Boolean);
  const head = suggestion ? body.slice(0, suggestion.index) : body;
  const tail = suggestion ? apply(SUGGESTION, body.slice(suggestion.index)) : '';
  return `${apply(ERRORS, head).replace(/^错误：/, '错误[usage]: ')}${tail}${text.endsWith('\n') ? '\n' : ''}`;
}
