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
  'unknown-schema-suggest': { en: 'Did you mean `persona schema {suggestion}`?', 'zh-CN': '你是不是想运行 `persona schema {suggestion}`？' },
  'path-not-found': { en: '{path} does not exist', 'zh-CN': '{path} 不存在' },
  'path-not-found-hint': { en: 'Pass persona files, template files or folders.', 'zh-CN': '请传入人设文件、模板文件或文件夹。' },
  'nothing-to-validate': {
    en: '{path} has no persona (.yaml) or template (.hbs, .md) files',
    'zh-CN': '{path} 中没有人设（.yaml）或模板（.hbs、.md）文件',
  },
  'not-validatable': {
    en: '{path} is not a persona (.yaml), template (.hbs, .md) or persona.config.yaml',
    'zh-CN': '{path} 不是人设（.yaml）、模板（.hbs、.md）或 persona.config.yaml',
  },
  warning: { en: 'warning', 'zh-CN': '提醒' },
  'config-dir-missing': { en: '{key}: folder {dir} does not exist', 'zh-CN': '{key}：文件夹 {dir} 不存在' },
  'config-dir-missing-hint': {
    en: 'Create the folder, or fix the path (it is relative to persona.config.yaml).',
    'zh-CN': '创建这个文件夹，或改正路径（路径相对于 persona.config.yaml）。',
  },
  'interest-no-template': {
    en: 'interest "{topic}" has no {locale} lifestyle template, so {id} never posts about it',
    'zh-CN': '兴趣 "{topic}" 没有 {locale} 的生活类模板，{id} 永远不会发这个话题',
  },
  'interest-no-template-hint': {
    en: 'Add a template with kind: lifestyle, locale: {locale}, topics: [{topic}], or remove the interest.',
    'zh-CN': '添加 kind: lifestyle、locale: {locale}、topics: [{topic}] 的模板，或删掉这个兴趣。',
  },
  'series-no-template': {
    en: 'series "{name}" has no {locale} template with topic "{topic}"',
    'zh-CN': '系列 "{name}" 没有 topic 为 "{topic}" 的 {locale} 模板',
  },
  'series-no-template-hint': {
    en: 'Add a lifestyle, expertise, interaction or story template with locale: {locale}, topics: [{topic}].',
    'zh-CN': '添加 locale: {locale}、topics: [{topic}] 的生活、专业、互动或故事类模板。',
  },
  'series-wrong-days': {
    en: 'series "{name}" goes out on {day}, but every {locale} template with topic "{topic}" is limited by days: to {days}',
    'zh-CN': '系列 "{name}" 在 {day} 发，但 topic 为 "{topic}" 的 {locale} 模板都用 days: 限定在 {days}',
  },
  'series-wrong-days-hint': {
    en: 'Add a {topic} template with days: [{day}] or without days:, or move the series to one of those days.',
    'zh-CN': '添加一条 days: [{day}] 或不写 days: 的 {topic} 模板，或把系列改到这些日子之一。',
  },
  'product-no-template': {
    en: 'no {locale} product template fits product "{product}", so {id} never mentions it',
    'zh-CN': '没有适合产品 "{product}" 的 {locale} 产品模板，{id} 永远不会提到它',
  },
  'product-no-template-hint': {
    en: 'Add a template with kind: product, locale: {locale} and no `products:` (fits any product) or products: [{product}].',
    'zh-CN': '添加 kind: product、locale: {locale} 的模板，不写 `products:`（适合任何产品）或写 products: [{product}]。',
  },
  'event-no-template': {
    en: 'no {locale} live template fits the event "{title}" (product {product})',
    'zh-CN': '没有适合活动 "{title}"（产品 {product}）的 {locale} 直播模板',
  },
  'event-no-template-hint': {
    en: 'Add a template with kind: live, locale: {locale} whose products: is empty or lists {product} or its category (a live template lists the products it can announce).',
    'zh-CN': '添加 kind: live、locale: {locale} 的模板，其 products: 为空，或列出 {product} 或它的品类（直播模板只预告 products 里列出的产品）。',
  },
  'validate-checked': { en: 'checked {items}', 'zh-CN': '已检查 {items}' },
  'validate-personas': { en: '{n} persona(s) in {dir}', 'zh-CN': '{dir} 中的 {n} 个人设' },
  'validate-persona-files': { en: '{n} persona file(s)', 'zh-CN': '{n} 个人设文件' },
  'validate-templates': { en: '{n} template(s) in {dirs}', 'zh-CN': '{dirs} 中的 {n} 个模板' },
  'validate-template-files': { en: '{n} template file(s)', 'zh-CN': '{n} 个模板文件' },
  'validate-renders': { en: '{n} strict render(s)', 'zh-CN': '{n} 次严格渲染' },
  'bundled-library': { en: 'the bundled library', 'zh-CN': '内置模板库' },
  'list-separator': { en: ', ', 'zh-CN': '，' },
  'validate-summary-line': { en: '{checked}: {result}', 'zh-CN': '{checked}：{result}' },
  'validate-clean': { en: 'no problems', 'zh-CN': '没有问题' },
  'validate-result': {
    en: '{errors} error(s), {findings} warning(s)',
    'zh-CN': '{errors} 个错误，{findings} 个提醒',
  },
  'cannot-write': { en: 'cannot write {file}: {reason}', 'zh-CN': '无法写入 {file}：{reason}' },
  'usage-error': { en: '{detail}', 'zh-CN': '{detail}' },
  'worker-out-of-memory': { en: 'a planning thread ran out of memory ({mb} MB for {personas} personas); nothing was written', 'zh-CN': '一个排期线程内存不够（{personas} 个人设，{mb} MB），什么都没有写入' },
  'worker-out-of-memory-hint': { en: 'Run again with --jobs 1 (one thread, no memory ceiling), or plan fewer weeks at a time.', 'zh-CN': '加上 --jobs 1 重新运行（单线程，不设内存上限），或者一次少排几周。' },
  'bad-count': { en: '{flag} must be a whole number from 1 to {max}, got "{value}"', 'zh-CN': '{flag} 须为 1 到 {max} 的整数，收到的是 "{value}"' },
  'bad-count-hint-days': { en: 'For example --from 2026-12-01 --days 14 (one week: --week 2026-W49).', 'zh-CN': '例如 --from 2026-12-01 --days 14（排一周：--week 2026-W49）。' },
  'bad-count-hint-weeks': { en: 'For example --week 2026-W49 --weeks 4: four weeks from that one.', 'zh-CN': '例如 --week 2026-W49 --weeks 4：从这一周起连排四周。' },
  'range-conflict-hint': { en: 'A week: --week 2026-W49 (--weeks 4 for four). Any other stretch: --from 2026-12-01 --days 10.', 'zh-CN': '按周排：--week 2026-W49（连排四周加 --weeks 4）；其他时段：--from 2026-12-01 --days 10。' },
  'no-such-day': { en: '"{value}" is no day of the calendar: {monthName} {year} has {days} days', 'zh-CN': '"{value}" 这一天不存在：{year} 年 {month} 月只有 {days} 天' },
  'no-such-day-hint': { en: 'That month ends on {last}.', 'zh-CN': '这个月的最后一天是 {last}。' },
  'bad-date-hint': { en: 'Write the date as YYYY-MM-DD with two-digit month and day, e.g. 2026-12-01.', 'zh-CN': '日期请写成 YYYY-MM-DD，月和日各两位，例如 2026-12-01。' },
  'range-conflict': { en: 'use either --week/--weeks or --from/--days, not both', 'zh-CN': '--week/--weeks 与 --from/--days 只能二选一' },
  'from-needs-days': { en: '--from and --days go together, e.g. --from 2026-12-01 --days 14', 'zh-CN': '--from 与 --days 要一起用，例如 --from 2026-12-01 --days 14' },
  'bad-date': { en: '"{value}" is not a date like 2026-12-01', 'zh-CN': '"{value}" 不是形如 2026-12-01 的日期' },
  'bad-week': { en: '"{value}" is not a week', 'zh-CN': '"{value}" 不是有效的周' },
  'bad-week-number': { en: '"{value}" is not a week: {year} has {weeks} ISO weeks', 'zh-CN': '"{value}" 不是有效的周：{year} 年只有 {weeks} 个 ISO 周' },
  'bad-week-hint': { en: 'Use an ISO week such as 2026-W49, or this / next.', 'zh-CN': '请用 ISO 周，如 2026-W49，或 this / next。' },
  'bad-format': { en: 'unknown format "{value}"; known formats: {known}', 'zh-CN': '未知格式 "{value}"；可用格式：{known}' },
  'plan-who': { en: 'name the personas to plan, or use --all', 'zh-CN': '请写出要规划的人设 id，或使用 --all' },
  'plan-ids-and-all': { en: '--all plans every persona; it does not go with ids ({ids})', 'zh-CN': '--all 会规划所有人设，不能再同时写 id（{ids}）' },
  'plan-who-hint': { en: 'For example: persona plan xiao-mei, or persona plan --all --week next.', 'zh-CN': '例如：persona plan xiao-mei，或 persona plan --all --week next。' },
  'plan-note': { en: 'note ({personas}): {note}', 'zh-CN': '提示（{personas}）：{note}' },
  wrote: { en: 'wrote {count} file(s) to {dir}', 'zh-CN': '已写出 {count} 个文件到 {dir}' },
  'plan-refused-run': {
    en: 'nothing was written: {n} of {total} personas cannot be planned ({refused}); a run is written whole or not at all',
    'zh-CN': '未写出任何文件：{total} 个人设中有 {n} 个排不出来（{refused}）；一次运行要么全部写出，要么都不写',
  },
  'plan-refused-run-hint': {
    en: 'Fix the problems above, or plan the others alone meanwhile: {command}',
    'zh-CN': '请先解决上面的问题，或先单独规划其他人设：{command}',
  },
  'plan-refused-run-hint-many': {
    en: 'Fix the problems above, or plan the other personas alone meanwhile (name their ids instead of --all).',
    'zh-CN': '请先解决上面的问题，或先单独规划其他人设（写出它们的 id，不用 --all）。',
  },
  'check-looser': {
    en: 'written under a looser {field} ({recorded}) than persona.config.yaml and the persona set now ({now}); plan it again',
    'zh-CN': '按比现在 persona.config.yaml 和人设更宽的 {field}（{recorded}）写出，现为 {now}；请重新规划',
  },
  'plan-summary': {
    en: '{persona}  {label}  {posts} posts · {marketing} marketing ({share}, ceiling {maxShare}) · salesiness {salesiness} of {budget}',
    'zh-CN': '{persona}  {label}  {posts} 条 · 营销 {marketing} 条（{share}，上限 {maxShare}）· 推销分 {salesiness} / {budget}',
  },
  'team-summary': { en: 'team {team}: {personas} personas, {posts} posts, {marketing} marketing', 'zh-CN': '团队 {team}：{personas} 个人设，{posts} 条，营销 {marketing} 条' },
  'total-summary': { en: 'total: {personas} plans, {posts} posts, {marketing} marketing', 'zh-CN': '合计：{personas} 份计划，{posts} 条，营销 {marketing} 条' },
  'check-empty': { en: 'no plans under {dir}', 'zh-CN': '{dir} 下没有计划' },
  'check-empty-hint': { en: 'Point --check at the out dir that holds <label>/<persona>.json files.', 'zh-CN': '让 --check 指向存放 <label>/<persona>.json 的输出目录。' },
  'check-overlap': {
    en: 'overlapping plans: {from} – {to} overlaps {other} ({otherFrom} – {otherTo}); both would be posted, so keep one label for those days',
    'zh-CN': '计划重叠：{from} – {to} 与 {other}（{otherFrom} – {otherTo}）有重叠，两份都会被发出；这些日子只保留一个标签',
  },
  'check-summary': {
    en: 'checked {plans} plan(s) in {labels} label(s): {violations} violation(s)',
    'zh-CN': '已检查 {labels} 个周期中的 {plans} 份计划：{violations} 处违规',
  },
  'bad-plan-file': { en: '{file} is not a readable plan: {reason}', 'zh-CN': '{file} 不是可读的计划文件：{reason}' },
  'bad-plan-file-hint': {
    en: 'Plans under the out dir are history for later weeks; restore the file from git or delete the label folder and re-plan it.',
    'zh-CN': '输出目录中的计划是后续各周的历史；从 git 恢复该文件，或删掉这个周的文件夹后重新规划。',
  },
} as const satisfies Catalog;

export const msg = messenger('cli', messages);
