// Messages of the lint engine and its commands, plus every rule's messages under `rule.<id>.<messageId>`.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';
import { RULES } from './rules/index.js';
import { basisMessages } from './lexicons/bases.js';

const engine = {
  'nothing-to-lint': {
    en: 'note: no templates of your own to lint (the template folders of persona.config.yaml are missing or empty). The bundled library is linted by its own CI; the planner still skips any of its posts that says a banned word or a word a persona avoids. To lint it against your policy: persona lint {builtin}',
    'zh-CN': '提示：没有你们自己的模板可检查（persona.config.yaml 里的模板目录不存在或为空）。内置模板库由它自己的 CI 检查；排期时仍会跳过含禁用词或人设忌用词的内置帖子。要按你们的规则检查它：persona lint {builtin}',
  },
  'unknown-rule-config': { en: 'unknown lint rule "{id}" under lint.rules', 'zh-CN': 'lint.rules 下有未知规则 "{id}"' },
  'unknown-rule-hint': { en: 'Known rules: {ids}', 'zh-CN': '已有的规则：{ids}' },
  'rendered-for': { en: 'persona {persona}', 'zh-CN': '人设 {persona}' },
  'rendered-for-product': { en: 'persona {persona}, product {product}', 'zh-CN': '人设 {persona}，产品 {product}' },
  error: { en: 'error', 'zh-CN': '错误' },
  warning: { en: 'warning', 'zh-CN': '警告' },
  info: { en: 'info', 'zh-CN': '提示' },
  'file-header': { en: '{kind}, salesiness {salesiness} (ceiling {ceiling})', 'zh-CN': '{kind}，推销分 {salesiness}（上限 {ceiling}）' },
  'summary-problems': {
    en: '{problems} problem(s) in {files} of {templates} template(s): {errors} error(s), {warnings} warning(s), {infos} info',
    'zh-CN': '共检查 {templates} 个模板，{files} 个有问题，问题共 {problems} 个：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  },
  'summary-clean': { en: '{templates} template(s), no problems', 'zh-CN': '{templates} 个模板，没有问题' },
  'summary-no-errors': { en: '{templates} template(s), no errors ({hidden} warning(s) and note(s) not shown with --quiet)', 'zh-CN': '{templates} 个模板，没有错误（--quiet 未显示 {hidden} 条警告和提示）' },
  'summary-unusable': {
    en: '{n} problem(s) stopped files from being linted (listed on standard error); {templates} template(s) linted',
    'zh-CN': '有 {n} 个问题导致文件没能检查（见标准错误输出）；检查了 {templates} 个模板',
  },
  'summary-suppressed': { en: '{n} finding(s) suppressed by comments', 'zh-CN': '{n} 个问题被注释屏蔽' },
  'summary-static-only': {
    en: 'no personas found: linted the template text only (add personas to lint rendered posts too)',
    'zh-CN': '没有找到人设：只检查了模板原文（有人设时还会检查渲染出的帖子）',
  },
  'summary-rendered': {
    en: 'rendered {renders} post(s) and chat script(s) for {personas} persona(s)',
    'zh-CN': '为 {personas} 个人设渲染了 {renders} 条帖子和私聊话术',
  },
  'max-warnings': { en: 'too many warnings ({warnings}, at most {max} allowed by --max-warnings)', 'zh-CN': '警告太多（{warnings} 个，--max-warnings 只允许 {max} 个）' },
  'github-summary': {
    en: 'persona lint: {errors} error(s), {warnings} warning(s), {infos} info; {hidden} finding(s) not annotated (GitHub shows at most 10 annotations per level in a step){detail}',
    'zh-CN': 'persona lint：{errors} 个错误，{warnings} 个警告，{infos} 个提示；{hidden} 个问题未显示为注释（GitHub 每一步每个级别最多显示 10 条注释）{detail}',
  },
  'github-hidden-detail': {
    en: ': {errors} error(s), {warnings} warning(s), {infos} info; they are all listed in this log',
    'zh-CN': '：{errors} 个错误，{warnings} 个警告，{infos} 个提示；完整列表见本日志',
  },
  'no-templates-in': { en: 'no templates (.hbs, .md) in {path}', 'zh-CN': '{path} 中没有模板（.hbs、.md）' },
  'lint-paths-hint': { en: 'Pass template files (.hbs, .md) or folders of them.', 'zh-CN': '请传入模板文件（.hbs、.md）或存放模板的文件夹。' },
  'not-a-template': { en: '{path} is not a template: templates are .hbs or .md files', 'zh-CN': '{path} 不是模板：模板是 .hbs 或 .md 文件' },
  'persona-not-template': {
    en: '{path} is a persona file, not a template: persona lint checks templates (and renders them for every persona)',
    'zh-CN': '{path} 是人设文件，不是模板：persona lint 检查的是模板（并为每个人设渲染）',
  },
  'config-not-template': {
    en: '{path} is the team policy, not a template: persona lint checks templates',
    'zh-CN': '{path} 是团队配置，不是模板：persona lint 检查的是模板',
  },
  'persona-not-template-hint': { en: 'Check it with persona validate {path}.', 'zh-CN': '请用 persona validate {path} 检查。' },
  'markdown-not-template': {
    en: '{path} has no front matter, so it is documentation, not a template (a folder lint skips such files)',
    'zh-CN': '{path} 没有 front matter，是说明文档而不是模板（按文件夹检查时会跳过这类文件）',
  },
  'markdown-not-template-hint': {
    en: 'To lint it as a template, start it with a "---" line, fields such as "kind: lifestyle" and "locale: zh-CN", and another "---" line.',
    'zh-CN': '如果它是模板，请在开头加上 "---"、"kind: lifestyle"、"locale: zh-CN" 等字段，再加一行 "---"。',
  },
  'score-calm': { en: 'calm', 'zh-CN': '平和' },
  'score-soft': { en: 'soft selling', 'zh-CN': '轻度推销' },
  'score-hard': { en: 'hard sell: counts as a marketing post (≥ {threshold})', 'zh-CN': '硬推销：会算作营销帖（≥ {threshold}）' },
  'score-line': { en: 'salesiness {salesiness}  {bar}  {verdict}', 'zh-CN': '推销分 {salesiness}  {bar}  {verdict}' },
  'score-no-hits': { en: 'nothing salesy found', 'zh-CN': '没有发现推销用语' },
  'score-more-hits': { en: '… and {n} more (the heaviest are listed)', 'zh-CN': '……还有 {n} 处（只列出分量最重的）' },
  'score-mention': { en: '(talked about, not used)', 'zh-CN': '（只是提到，没有在推销）' },
  'score-gentler-heading': { en: 'Gentler:', 'zh-CN': '更温和的写法：' },
  'score-gentler-result': { en: '(salesiness {salesiness})', 'zh-CN': '（推销分 {salesiness}）' },
  'score-gentler-empty': {
    en: 'Nothing is left once the salesy phrases go: say what you like about it, who it suits and who it does not.',
    'zh-CN': '去掉推销用语后就不剩什么了：说说你为什么喜欢它、适合谁、不适合谁。',
  },
  'score-suggest': { en: 'try "{gentler}"', 'zh-CN': '可改为"{gentler}"' },
  'score-drop': { en: 'drop it', 'zh-CN': '删掉' },
  'score-text-as-file': { en: 'no file "{text}": persona score reads a file, or the text from standard input', 'zh-CN': '没有名为 "{text}" 的文件：persona score 读取文件，或从标准输入读文字' },
  'score-text-as-file-hint': { en: "Pipe the text in: echo '…' | persona score, or run persona score and paste it (Ctrl-D to finish).", 'zh-CN': "把文字用管道传进来：echo '…' | persona score；或直接运行 persona score 后粘贴（按 Ctrl-D 结束）。" },
  'score-too-long': { en: 'the text has {length} characters; persona score takes a draft of up to {max} as one text', 'zh-CN': '文本有 {length} 个字符；persona score 单篇最多 {max} 个字符' },
  'score-too-long-hint': { en: 'Score it line by line with --lines, or paste one post or broadcast at a time.', 'zh-CN': '用 --lines 逐行打分，或一次贴一条朋友圈或群发。' },
  'score-empty-input': { en: 'nothing to score: the input is empty', 'zh-CN': '没有可打分的内容：输入为空' },
  'score-not-text': { en: '{source} is not text: it holds NUL bytes or is not UTF-8', 'zh-CN': '{source} 不是文本：含有 NUL 字节或不是 UTF-8 编码' },
  'score-not-text-hint': { en: 'Score a draft saved as UTF-8 text (a .txt file, or paste it on standard input).', 'zh-CN': '请给出保存为 UTF-8 的文字稿（.txt 文件，或粘贴到标准输入）。' },
  'score-empty-hint': {
    en: 'Pass a file, or pipe text in: echo "赶紧下单！" | persona score',
    'zh-CN': '传入一个文件，或通过管道输入：echo "赶紧下单！" | persona score',
  },
  'score-paste': { en: 'Paste the draft, then press Ctrl-D:', 'zh-CN': '粘贴草稿，然后按 Ctrl-D：' },
  'sarif-help': { en: '{description}. See {url}', 'zh-CN': '{description}。详见 {url}' },
  'bad-max-warnings': { en: '--max-warnings must be a whole number ≥ 0, got "{value}"', 'zh-CN': '--max-warnings 必须是大于等于 0 的整数，收到 "{value}"' },
} as const satisfies Catalog;

function ruleMessages(): Catalog {
  const out: Record<string, { en: string; 'zh-CN': string }> = {};
  for (const rule of Object.values(RULES)) {
    out[`rule.${rule.meta.id}.description`] = rule.meta.description;
    for (const [id, text] of Object.entries(rule.meta.messages)) out[`rule.${rule.meta.id}.${id}`] = text;
  }
  return out;
}

export const messages: Catalog = { ...engine, ...ruleMessages(), ...basisMessages() };
export const msg = messenger('lint', engine);
