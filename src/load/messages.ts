// Messages of the loaders: YAML, schema, files and folders.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'yaml-syntax': { en: 'YAML syntax error: {detail}', 'zh-CN': 'YAML 语法错误：{detail}' },
  'yaml-syntax-hint': {
    en: 'Check indentation and quoting around this line; a value with ": " or "#" needs quotes.',
    'zh-CN': '检查这一行附近的缩进和引号；含有 ": " 或 "#" 的值需要加引号。',
  },
  'unsafe-key': { en: 'the key "{key}" is not allowed', 'zh-CN': '不允许使用键 "{key}"' },
  'unsafe-key-hint': { en: 'Remove this key; it is never a persona or config field.', 'zh-CN': '删掉这个键；它不是任何人设或配置字段。' },
  'alias-bomb': { en: 'YAML aliases expand too much ({detail})', 'zh-CN': 'YAML 别名展开过多（{detail}）' },
  'alias-hint': {
    en: 'Use at most {max} alias references (*name); write the values out instead.',
    'zh-CN': '最多使用 {max} 个别名引用（*name）；请直接写出取值。',
  },
  'unknown-field': { en: 'unknown field "{key}"', 'zh-CN': '未知字段 "{key}"' },
  'unknown-field-in': { en: 'unknown field "{key}" in {where}', 'zh-CN': '{where} 中有未知字段 "{key}"' },
  'one-of': { en: 'one of {values}', 'zh-CN': '以下之一：{values}' },
  'did-you-mean': { en: 'Did you mean "{suggestion}"?', 'zh-CN': '你是不是想写 "{suggestion}"？' },
  'check-spelling': { en: 'Remove it or check the spelling against the README.', 'zh-CN': '删掉它，或对照 README 检查拼写。' },
  'missing-field': { en: 'missing required field "{path}"', 'zh-CN': '缺少必填字段 "{path}"' },
  'field-invalid': { en: '{path}: {detail}', 'zh-CN': '{path}：{detail}' },
  'the-file': { en: 'file', 'zh-CN': '文件' },
  'invalid-type': { en: 'expected {expected}, got {received}', 'zh-CN': '应为 {expected}，实际为 {received}' },
  'invalid-value': { en: 'must be one of {values}', 'zh-CN': '须为以下之一：{values}' },
  'too-small-array': { en: 'needs at least {min} item(s)', 'zh-CN': '至少需要 {min} 项' },
  'too-big-array': { en: 'allows at most {max} item(s)', 'zh-CN': '最多允许 {max} 项' },
  'too-small-string': { en: 'must not be empty', 'zh-CN': '不能为空' },
  'too-small': { en: 'must be {op} {min}', 'zh-CN': '须 {op} {min}' },
  'too-big': { en: 'must be {op} {max}', 'zh-CN': '须 {op} {max}' },
  'not-integer': { en: 'must be a whole number', 'zh-CN': '须为整数' },
  'invalid-generic': { en: 'is not valid here', 'zh-CN': '取值无效' },
  'at-least-items': { en: 'at least {min} item(s)', 'zh-CN': '至少 {min} 项' },
  'at-most-items': { en: 'at most {max} item(s)', 'zh-CN': '最多 {max} 项' },
  'persona-not-mapping': {
    en: 'a persona file must be a YAML mapping (id: …, name: …)',
    'zh-CN': '人设文件须为 YAML 映射（id: …, name: …）',
  },
  'see-readme': { en: 'See the annotated example in the README.', 'zh-CN': '参见 README 中带注释的示例。' },
  'unsafe-file-name': { en: 'the file name "{name}" is not a usable persona id', 'zh-CN': '文件名 "{name}" 不能用作人设 id' },
  'unsafe-file-name-expected': {
    en: 'lowercase letters, digits and "-", e.g. xiao-mei.yaml',
    'zh-CN': '小写字母、数字和 "-"，例如 xiao-mei.yaml',
  },
  'rename-to-slug': { en: 'Rename the file to a slug.', 'zh-CN': '把文件改名为 slug。' },
  'id-mismatch': { en: 'id "{id}" does not match the file name "{expected}.yaml"', 'zh-CN': 'id "{id}" 与文件名 "{expected}.yaml" 不一致' },
  'id-mismatch-hint': { en: 'Set id: {expected}, or rename the file to {id}.yaml.', 'zh-CN': '改为 id: {expected}，或把文件改名为 {id}.yaml。' },
  'density-looser': {
    en: 'density.{field} is {own}, looser than the policy\'s {team}',
    'zh-CN': 'density.{field} 为 {own}，比团队策略的 {team} 更宽松',
  },
  'density-looser-hint': {
    en: 'A persona may only be stricter than persona.config.yaml; use a value {op} {team} or remove the field.',
    'zh-CN': '人设只能比 persona.config.yaml 更严格；请使用 {op} {team} 的值，或删掉该字段。',
  },
  'series-rest-day': { en: 'series "{name}" is on {day}, which is a rest day', 'zh-CN': '系列 "{name}" 在 {day}，而这天是休息日' },
  'series-rest-day-hint': {
    en: 'Move the series to another day or remove the day from schedule.restDays.',
    'zh-CN': '把系列挪到另一天，或把这天从 schedule.restDays 中去掉。',
  },
  'config-not-mapping': { en: '{file} must be a YAML mapping', 'zh-CN': '{file} 须为 YAML 映射' },
  'run-init': { en: 'Run `persona init` to see a commented example.', 'zh-CN': '运行 `persona init` 查看带注释的示例。' },
  'front-matter-missing': { en: 'missing front matter', 'zh-CN': '缺少 front matter' },
  'front-matter-expected': {
    en: 'a first line "---", YAML fields (kind, locale, …), then a closing "---"',
    'zh-CN': '第一行为 "---"，接着是 YAML 字段（kind、locale 等），再以 "---" 结束',
  },
  'front-matter-hint': {
    en: 'Start the file with ---\\nkind: lifestyle\\nlocale: zh-CN\\ntopics: [tea]\\n---',
    'zh-CN': '文件开头写 ---\\nkind: lifestyle\\nlocale: zh-CN\\ntopics: [tea]\\n---',
  },
  'front-matter-not-mapping': {
    en: 'front matter must be a YAML mapping (kind: …, locale: …)',
    'zh-CN': 'front matter 须为 YAML 映射（kind: …, locale: …）',
  },
  'cannot-read': { en: 'cannot read {file}: {reason}', 'zh-CN': '无法读取 {file}：{reason}' },
  'config-not-found': { en: 'config file {file} does not exist', 'zh-CN': '配置文件 {file} 不存在' },
  'config-not-found-hint': {
    en: 'Check the --config path, or run `persona init` to create one.',
    'zh-CN': '检查 --config 路径，或运行 `persona init` 创建一个。',
  },
  'no-personas': { en: 'no persona profiles in {dir}', 'zh-CN': '{dir} 中没有人设文件' },
  'no-personas-expected': { en: 'one <id>.yaml per salesperson', 'zh-CN': '每位销售一个 <id>.yaml' },
  'no-personas-hint': {
    en: 'Run `persona new` to add one, or point `personas:` in persona.config.yaml at the right folder.',
    'zh-CN': '运行 `persona new` 添加一个，或把 persona.config.yaml 中的 `personas:` 指向正确的文件夹。',
  },
  'persona-not-found': { en: 'no persona "{id}" in {dir}', 'zh-CN': '{dir} 中没有人设 "{id}"' },
  'known-personas': { en: 'Known personas: {ids}.', 'zh-CN': '已有的人设：{ids}。' },
  'template-dir-missing': { en: 'template folder {dir} does not exist', 'zh-CN': '模板文件夹 {dir} 不存在' },
  'template-dir-missing-hint': {
    en: 'Create it or fix `templates:` in persona.config.yaml.',
    'zh-CN': '创建它，或修改 persona.config.yaml 中的 `templates:`。',
  },
  'duplicate-template': { en: 'template id "{id}" is also defined by {other}', 'zh-CN': '模板 id "{id}" 也由 {other} 定义' },
  'duplicate-template-hint': {
    en: 'Rename one of the files; ids are paths under the templates folder.',
    'zh-CN': '给其中一个文件改名；模板 id 是它在模板文件夹下的路径。',
  },
  'no-templates': { en: 'no templates found', 'zh-CN': '没有找到模板' },
  'no-templates-expected': {
    en: '*.hbs files with front matter under the templates folders',
    'zh-CN': '模板文件夹下带 front matter 的 *.hbs 文件',
  },
  'no-templates-hint': {
    en: 'Add templates, or set builtinTemplates: true in persona.config.yaml to use the bundled library.',
    'zh-CN': '添加模板，或在 persona.config.yaml 中设 builtinTemplates: true 使用内置模板库。',
  },
} as const satisfies Catalog;

export const msg = messenger('load', messages);
