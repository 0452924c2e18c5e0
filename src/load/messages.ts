// Messages of the loaders: YAML, schema, files and folders.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'yaml-syntax': { en: 'YAML syntax error: {detail}', 'zh-CN': 'YAML 语法错误：{detail}' },
  'yaml-syntax-hint': {
    en: 'Check indentation and quoting around this line; a value with ": " or "#" needs quotes.',
    'zh-CN': '检查这一行附近的缩进和引号；含有 ": " 或 "#" 的值需要加引号。',
  },
  'yaml-bad-indent': { en: 'the indentation does not line up with the lines above', 'zh-CN': '缩进和上面几行对不齐' },
  'yaml-tab': { en: 'a tab is used for indentation; YAML indents with spaces', 'zh-CN': '用了 Tab 缩进；YAML 只能用空格缩进' },
  'yaml-duplicate-key': { en: 'the same key appears twice in one mapping', 'zh-CN': '同一个映射里出现了两次相同的键' },
  'yaml-missing-char': { en: 'a closing bracket or quote is missing', 'zh-CN': '缺少右括号或右引号' },
  'yaml-implicit-key': {
    en: 'a key runs over several lines or a ": " is missing',
    'zh-CN': '键跨了多行，或者少了 ": "',
  },
  'yaml-unclosed': {
    en: 'this [ … ], { … } or quoted value is never closed',
    'zh-CN': '这里的 [ … ]、{ … } 或引号没有闭合',
  },
  'yaml-unclosed-hint': {
    en: 'Close it on the same line, e.g. restDays: [sat, sun], or put quotes around the whole value.',
    'zh-CN': '在同一行闭合，例如 restDays: [sat, sun]，或给整个值加上引号。',
  },
  'yaml-unexpected': { en: 'unexpected text here', 'zh-CN': '这里出现了不该有的内容' },
  'yaml-bad-start': {
    en: 'a value cannot start with this character unless it is quoted',
    'zh-CN': '值不能以这个字符开头，除非加引号',
  },
  'yaml-bad-alias': { en: 'an alias (*name) refers to no anchor (&name)', 'zh-CN': '别名（*name）没有对应的锚点（&name）' },
  'yaml-multiple-docs': {
    en: 'the file holds more than one YAML document (a second "---")',
    'zh-CN': '文件里有不止一个 YAML 文档（出现了第二个 "---"）',
  },
  'yaml-bad-escape': { en: 'an invalid escape sequence inside double quotes', 'zh-CN': '双引号中有无效的转义序列' },
  'yaml-block-in-flow': {
    en: 'a block value inside [ ] or { }',
    'zh-CN': '[ ] 或 { } 里面出现了块格式的值',
  },
  'yaml-too-deep': { en: 'nested more than {max} levels deep', 'zh-CN': '嵌套超过 {max} 层' },
  'unsafe-key': { en: 'the key "{key}" is not allowed', 'zh-CN': '不允许使用键 "{key}"' },
  'unsafe-key-hint': { en: 'Remove this key; it is never a persona or config field.', 'zh-CN': '删掉这个键；它不是任何人设或配置字段。' },
  'alias-bomb': {
    en: 'YAML aliases (*name) would expand into too much data',
    'zh-CN': 'YAML 别名（*name）展开后的数据过多',
  },
  'alias-hint': {
    en: 'Use fewer aliases (*name) and write the values out instead.',
    'zh-CN': '少用别名（*name），直接写出取值。',
  },
  'unknown-field': { en: 'unknown field "{key}"', 'zh-CN': '未知字段 "{key}"' },
  'unknown-field-in': { en: 'unknown field "{key}" in {where}', 'zh-CN': '{where} 中有未知字段 "{key}"' },
  'one-of': { en: 'one of {values}', 'zh-CN': '以下之一：{values}' },
  'did-you-mean': { en: 'Did you mean "{suggestion}"?', 'zh-CN': '你是不是想写 "{suggestion}"？' },
  'check-spelling': { en: 'Remove it or check the spelling against the README.', 'zh-CN': '删掉它，或对照 README 检查拼写。' },
  'missing-field': { en: 'missing required field "{path}"', 'zh-CN': '缺少必填字段 "{path}"' },
  'field-invalid': { en: '{path}: {detail}', 'zh-CN': '{path}：{detail}' },
  'the-file': { en: 'file', 'zh-CN': '文件' },
  'type-mapping': { en: 'a mapping (key: value)', 'zh-CN': '映射（键: 值）' },
  'type-list': { en: 'a list', 'zh-CN': '列表' },
  'type-text': { en: 'text', 'zh-CN': '文字' },
  'type-number': { en: 'a number', 'zh-CN': '数字' },
  'type-int': { en: 'a whole number', 'zh-CN': '整数' },
  'type-boolean': { en: 'true or false', 'zh-CN': 'true 或 false' },
  'type-null': { en: 'nothing', 'zh-CN': '空值' },
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
  'id-hint': {
    en: 'Use the file name as the id: id: {expected}',
    'zh-CN': '用文件名作 id：id: {expected}',
  },
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
  'front-matter-unclosed': {
    en: 'the front matter is never closed: no second "---" line',
    'zh-CN': 'front matter 没有结束：缺少第二行 "---"',
  },
  'template-empty': { en: 'the template has no text after its front matter', 'zh-CN': '模板在 front matter 之后没有正文' },
  'template-empty-hint': {
    en: 'Write the post below the closing "---", or delete the file.',
    'zh-CN': '在结束的 "---" 下面写上正文，或删掉这个文件。',
  },
  'front-matter-expected': {
    en: 'a first line "---", YAML fields (kind, locale, …), then a closing "---"',
    'zh-CN': '第一行为 "---"，接着是 YAML 字段（kind、locale 等），再以 "---" 结束',
  },
  'front-matter-hint': {
    en: 'Start the file with a "---" line, then lines such as "kind: lifestyle", "locale: zh-CN", "topics: [tea]", then another "---" line.',
    'zh-CN': '文件第一行写 "---"，接着写 "kind: lifestyle"、"locale: zh-CN"、"topics: [tea]" 这样的行，再写一行 "---"。',
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
  'duplicate-persona': { en: 'persona id "{id}" is also defined by {other}', 'zh-CN': '人设 id "{id}" 也由 {other} 定义' },
  'duplicate-persona-hint': {
    en: 'Keep one file per persona; the id is the file name without .yaml or .yml.',
    'zh-CN': '每个人设只保留一个文件；id 是去掉 .yaml 或 .yml 的文件名。',
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
  // Tabular exports (records.ts): contacts for `persona touches`, posting history for `persona audit`.
  'records-utf16': { en: '{file} is UTF-16 text', 'zh-CN': '{file} 是 UTF-16 编码的文本' },
  'records-not-utf8': {
    en: 'not UTF-8 text: byte 0x{byte} on line {line} cannot be read{guess}',
    'zh-CN': '不是 UTF-8 文本：第 {line} 行的字节 0x{byte} 无法读取{guess}',
  },
  'records-gbk-guess': {
    en: ' (the file reads as GBK/GB18030, what Excel saves on Chinese Windows)',
    'zh-CN': '（文件看起来是 GBK/GB18030 编码，中文版 Windows 的 Excel 默认如此）',
  },
  'records-encoding-hint': {
    en: 'Save it as UTF-8: in Excel "CSV UTF-8 (Comma delimited)", in WPS 另存为 with encoding UTF-8, or convert with `iconv -f GBK -t UTF-8`.',
    'zh-CN': '请另存为 UTF-8：Excel 选 "CSV UTF-8（逗号分隔）"，WPS 另存为时选编码 UTF-8，或用 `iconv -f GBK -t UTF-8` 转换。',
  },
  'records-unclosed-quote': { en: 'a quoted value opened on this line is never closed', 'zh-CN': '这一行开始的带引号的值没有结束引号' },
  'records-quote-hint': {
    en: 'Put values that contain commas, quotes or line breaks in double quotes, and double a quote inside them: "Wang, ""Lily"""',
    'zh-CN': '含逗号、引号或换行的值要用英文双引号括起来，值里的引号写两遍："王,""小丽"""',
  },
  'records-extra-fields': { en: 'this row has {count} values but the header has {columns} columns', 'zh-CN': '这一行有 {count} 个值，但表头只有 {columns} 列' },
  'records-empty': { en: 'the file is empty', 'zh-CN': '文件是空的' },
  'records-header-expected': { en: 'a header row naming the columns, then one row per item', 'zh-CN': '第一行是列名，之后每行一条' },
  'records-duplicate-column': { en: 'column "{column}" appears twice in the header', 'zh-CN': '表头中 "{column}" 列出现了两次' },
  'records-bad-json': { en: 'not valid JSON: {detail}', 'zh-CN': '不是合法的 JSON：{detail}' },
  'records-json-not-array': { en: 'the JSON is not an array', 'zh-CN': '这个 JSON 不是数组' },
  'records-json-item': { en: 'item {index} of the array is not an object', 'zh-CN': '数组的第 {index} 项不是对象' },
  'records-json-expected': { en: 'an array of objects, one per item: [{ … }, { … }]', 'zh-CN': '对象组成的数组，每项一个对象：[{ … }, { … }]' },
  'records-missing-columns': { en: 'missing column(s) {columns}; the file has {header}', 'zh-CN': '缺少列 {columns}；文件中的列是 {header}' },
  'records-columns-expected': { en: 'columns {columns}', 'zh-CN': '列 {columns}' },
} as const satisfies Catalog;

export const msg = messenger('load', messages);
