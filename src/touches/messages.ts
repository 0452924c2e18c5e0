// Messages of the 1:1 touch list: contacts file problems, why a contact is skipped, and the printed list.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'contacts-missing-columns': {
    en: 'the contacts file has no column(s) {columns}; its columns are {header}',
    'zh-CN': '联系人文件缺少列 {columns}；文件中的列是 {header}',
  },
  'contacts-columns': {
    en: 'required columns {required}; optional {optional}',
    'zh-CN': '必需的列 {required}；可选的列 {optional}',
  },
  'contact-missing-fields': { en: 'this contact has no {fields}', 'zh-CN': '这个联系人缺少 {fields}' },
  'contact-no-name': { en: 'a contact without a name', 'zh-CN': '有一个联系人没有名字' },
  'contact-duplicate': { en: '"{name}" is also the contact on line {line}', 'zh-CN': '"{name}" 与第 {line} 行的联系人重名' },
  'contact-duplicate-hint': {
    en: 'Make names unique (as in your WeChat remarks, e.g. 王姐-茶会), or merge the rows: each row is one person.',
    'zh-CN': '请让名字唯一（比如按微信备注写成 王姐-茶会），或合并这两行：每行是一个人。',
  },
  'contact-skipped-time': { en: '{field} "{value}" is a time the clocks skipped that day (daylight saving time)', 'zh-CN': '{field} "{value}" 那天因夏令时调钟被跳过，不存在这个时刻' },
  'contact-skipped-time-hint': { en: 'Write the time the message went out (an hour later), or write it with its UTC offset.', 'zh-CN': '写消息实际发出的时刻（晚一小时），或带上 UTC 偏移来写。' },
  'contact-ambiguous-date': { en: '{field} "{value}" could be day first or month first: this file writes dates both ways', 'zh-CN': '{field} "{value}" 分不清是日在前还是月在前：这个文件两种写法都有' },
  'contact-ambiguous-date-hint': { en: 'Write the year first (2026/11/05), and save the whole file in one order.', 'zh-CN': '改成年在前的写法（2026/11/05），整个文件用同一种写法。' },
  'contact-bad-date': { en: '{field} "{value}" is not a date and time', 'zh-CN': '{field} "{value}" 不是有效的日期时间' },
  'contact-date-expected': {
    en: "a date and time, e.g. 2026-11-20T19:30:00+08:00, or in the persona's time zone 2026/11/20 19:30, 20/11/2026 19:30 (11/20/2026 7:30 PM for a persona on US time); a date alone counts as the end of that day (empty: never)",
    'zh-CN': '日期和时间，例如 2026-11-20T19:30:00+08:00，或按人设时区写 2026/11/20 19:30、20/11/2026 19:30（美国时区的人设可写 11/20/2026 7:30 PM）；只写日期按当天结束计（留空表示从未）',
  },
  'contact-bad-count': { en: 'unanswered "{value}" is not a whole number of messages', 'zh-CN': 'unanswered "{value}" 不是消息条数（非负整数）' },
  'contact-bad-flag': { en: 'doNotDisturb "{value}" is not true or false', 'zh-CN': 'doNotDisturb "{value}" 不是 true 或 false' },
  'contact-flag-expected': { en: 'true or false (also yes/no, y/n, 1/0, 是/否, x for yes; empty is false)', 'zh-CN': 'true 或 false（也可以写 yes/no、y/n、1/0、是/否，x 表示是；留空为否）' },
  'contact-bad-stage': { en: 'stage "{value}" is not a chat stage', 'zh-CN': 'stage "{value}" 不是聊天阶段' },
  'contact-stage-expected': { en: 'one of {stages}, or empty to infer it', 'zh-CN': '以下之一：{stages}；留空则自动判断' },
  'contact-bad-case': { en: '"{value}" is not a case of stage {stage}', 'zh-CN': '"{value}" 不是 {stage} 阶段的分支' },
  'contact-case-expected': { en: 'one of {cases}', 'zh-CN': '以下之一：{cases}' },

  'skip.do-not-disturb': { en: 'do not disturb', 'zh-CN': '设置了免打扰' },
  'skip.unanswered-no-date': {
    en: '{count} messages unanswered and no lastContactAt, so the wait cannot be counted: not contacted',
    'zh-CN': '{count} 条消息未回复，但没有 lastContactAt，无法计算等待期：不联系',
  },
  'skip.waiting-unanswered': {
    en: '{count} messages unanswered: waiting {days} days, until {date}',
    'zh-CN': '{count} 条消息未回复：等 {days} 天，到 {date}',
  },
  'skip.said-not-now': { en: 'said "not now" by {last}: left alone until {date}, then a plain check-in', 'zh-CN': '{last} 说过"先不用"：{date} 前不打扰，之后再轻轻问候' },
  'skip.future-date': {
    en: 'the export dates a message {date}, after today ({today}): a slip in the year, or day and month swapped? Correct the export; not contacted until then',
    'zh-CN': '导出文件里有一条消息的日期是 {date}，晚于今天（{today}）：年份写错了，还是日和月颠倒了？请先改正导出文件，改正之前不联系',
  },
  'skip.contacted-recently': { en: 'messaged on {last}: next message from {date}', 'zh-CN': '{last} 刚联系过：{date} 起才能再发' },
  'skip.no-touch-day': {
    en: 'no touch day left in this week (rest days, quiet days, or already past)',
    'zh-CN': '这周没有可联系的日子了（休息日、静默日或已经过去）',
  },
  'skip.daily-cap': { en: 'the days it could go on are full ({max} messages a day): next week', 'zh-CN': '能发的那几天已满（每天 {max} 条）：留到下周' },
  'skip.no-event': {
    en: 'stage live-invite, but no live stream starts within {days} days of a free day',
    'zh-CN': '阶段是 live-invite，但 {days} 天内没有直播',
  },
  'skip.no-holiday': { en: 'stage holiday-greeting, but no festival falls on a touch day this week', 'zh-CN': '阶段是 holiday-greeting，但这周可联系的日子里没有节日' },
  'skip.no-product': { en: 'stage {stage} is about a product, and the persona has none', 'zh-CN': '{stage} 阶段要谈产品，但人设没有产品' },
  'skip.unknown-product': {
    en: 'stage {stage} goes on about what they talked about or bought, and no tag names one of the products (tags: {tags}; products: {ids}): add the product to their tags',
    'zh-CN': '{stage} 阶段要接着聊对方问过或买过的产品，但标签里没有指明是哪一个（标签：{tags}；产品：{ids}）：请在标签里写上产品',
  },
  'skip.no-script': { en: 'no {locale} chat template for {stage}', 'zh-CN': '没有 {stage} 的 {locale} 聊天模板' },
  'skip.avoided': {
    en: 'every {stage} chat template says a word this persona avoids or the team bans ({words}): write one without it',
    'zh-CN': '{stage} 的聊天模板都用到了人设回避或团队禁用的词（{words}）：写一条不用这些词的',
  },

  heading: {
    en: '{name} · 1:1 messages {from} – {to} · {count} message(s), at most {max} a day, {hours} ({timezone})',
    'zh-CN': '{name} · 一对一私聊 {from} – {to} · 共 {count} 条，每天最多 {max} 条，{hours}（{timezone}）',
  },
  'none-this-week': { en: 'Nobody to message this week.', 'zh-CN': '这周没有需要私聊的人。' },
  skipped: { en: 'Not this week ({count}):', 'zh-CN': '这周不联系（{count} 人）：' },
  'contacts-summary': {
    en: '{contacts} contact(s): {touches} to message, {skipped} not this week',
    'zh-CN': '{contacts} 位联系人：{touches} 位要联系，{skipped} 位这周不联系',
  },
  'privacy-note': {
    en: 'Contacts are personal data: this list is printed, not saved. Keep the contacts file out of git.',
    'zh-CN': '联系人属于个人信息：这份名单只打印不保存。联系人文件不要提交到 git。',
  },
  'contacts-required': { en: 'which contacts? --contacts FILE is required', 'zh-CN': '联系谁？需要 --contacts 文件' },
  'contacts-required-hint': {
    en: 'Export your contacts as CSV with a header row (name, tags, stage, lastContactAt, lastReplyAt, unanswered, doNotDisturb) or as JSON.',
    'zh-CN': '把联系人导出成带表头的 CSV（name、tags、stage、lastContactAt、lastReplyAt、unanswered、doNotDisturb）或 JSON。',
  },
  'bad-format': { en: 'unknown format "{value}"; known formats: text, json', 'zh-CN': '未知的格式 "{value}"；可用格式：text、json' },
} as const satisfies Catalog;

export const msg = messenger('touches', messages);
