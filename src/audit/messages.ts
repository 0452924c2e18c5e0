// Messages of `persona audit`: history file problems and each violation with its dates and numbers.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  'bad-at': { en: 'at "{value}" is not a date and time', 'zh-CN': 'at "{value}" 不是有效的日期时间' },
  'skipped-at': { en: 'at "{value}" is a time the clocks skipped that day (daylight saving time)', 'zh-CN': 'at "{value}" 那天因夏令时调钟被跳过，不存在这个时刻' },
  'ambiguous-at': { en: 'at "{value}" could be day first or month first: this file writes dates both ways', 'zh-CN': 'at "{value}" 分不清是日在前还是月在前：这个文件两种写法都有' },
  'ambiguous-at-hint': { en: 'Write the year first (2026/12/01 07:45), and save the whole file in one order.', 'zh-CN': '改成年在前的写法（2026/12/01 07:45），整个文件用同一种写法。' },
  'skipped-at-hint': { en: 'Write the time the post went out, e.g. an hour later, or with its offset.', 'zh-CN': '写帖子实际发出的时刻，例如晚一小时，或带上时区偏移。' },
  'at-expected': {
    en: "a date and time, e.g. 2026-12-01T07:45:00+08:00, or 2026/12/01 07:45 in the persona's time zone (01/12/2026 07:45 day first; 12/01/2026 7:45 AM for a persona on US time)",
    'zh-CN': '日期和时间，例如 2026-12-01T07:45:00+08:00，或按人设时区写 2026/12/01 07:45（日在前写 01/12/2026 07:45；美国时区的人设可写 12/01/2026 7:45 AM）',
  },
  'bad-kind': { en: 'kind "{value}" is not a kind of post', 'zh-CN': 'kind "{value}" 不是帖子类型' },
  'kind-expected': { en: 'one of {kinds}, or empty', 'zh-CN': '以下之一：{kinds}；或留空' },

  'v.lint': { en: '{at} (line {line}): {found}', 'zh-CN': '{at}（第 {line} 行）：{found}' },
  'v.rest-day': { en: '{date} ({weekday}) is a rest day, and {count} post(s) went out', 'zh-CN': '{date}（{weekday}）是休息日，却发了 {count} 条' },
  'v.posts-per-day': { en: '{date}: {count} posts, at most {max} a day', 'zh-CN': '{date}：发了 {count} 条，每天最多 {max} 条' },
  'v.marketing-per-day': { en: '{date}: {count} marketing posts, at most {max} a day', 'zh-CN': '{date}：{count} 条营销帖，每天最多 {max} 条' },
  'v.quiet-day': { en: '{date} is a quiet day, and {count} marketing post(s) went out ({times})', 'zh-CN': '{date} 是静默日，却发了 {count} 条营销帖（{times}）' },
  'v.marketing-gap': {
    en: 'marketing at {first} and again at {second}: {hours} h apart, at least {min} h',
    'zh-CN': '{first} 和 {second} 各发了一条营销帖：只隔 {hours} 小时，至少要隔 {min} 小时',
  },
  'v.rolling-share': {
    en: '{from} – {to}: {marketing} of {posts} posts were marketing ({share}); at most {max}, i.e. {allowed}{span}',
    'zh-CN': '{from} – {to}：{posts} 条里有 {marketing} 条营销帖（{share}）；最多 {max}，即 {allowed} 条{span}',
  },
  'v.salesiness-budget': {
    en: '{from} – {to}: salesiness adds up to {sum}; the weekly budget is {budget}{span}',
    'zh-CN': '{from} – {to}：推销分合计 {sum}；每周预算是 {budget}{span}',
  },
  'v.windows': { en: ' (worst of {count} overlapping 7-day windows from {from} to {to})', 'zh-CN': '（{from} 到 {to} 之间 {count} 个重叠的 7 天窗口中最严重的一个）' },

  'wd.mon': { en: 'Monday', 'zh-CN': '周一' },
  'wd.tue': { en: 'Tuesday', 'zh-CN': '周二' },
  'wd.wed': { en: 'Wednesday', 'zh-CN': '周三' },
  'wd.thu': { en: 'Thursday', 'zh-CN': '周四' },
  'wd.fri': { en: 'Friday', 'zh-CN': '周五' },
  'wd.sat': { en: 'Saturday', 'zh-CN': '周六' },
  'wd.sun': { en: 'Sunday', 'zh-CN': '周日' },
  'rule.lint': { en: 'salesy phrasing (lint errors)', 'zh-CN': '推销腔（lint 错误）' },
  heading: {
    en: '{name} ({persona}) · {posts} posts from {from} to {to} · {marketing} marketing · {timezone}',
    'zh-CN': '{name}（{persona}）· {from} 至 {to} 共 {posts} 条 · 营销 {marketing} 条 · {timezone}',
  },
  clean: { en: 'No violations: every day, gap and 7-day window is within the rules.', 'zh-CN': '没有违规：每一天、每个间隔、每个 7 天窗口都在规则之内。' },
  summary: { en: '{count} violation(s) of {rules} rule(s)', 'zh-CN': '{count} 处违规，涉及 {rules} 条规则' },
  'empty-history': { en: 'the history has no posts', 'zh-CN': '发帖记录是空的' },
  'empty-history-hint': {
    en: 'Export rows with columns at, text and optionally kind, one per post.',
    'zh-CN': '导出时每条帖子一行，列为 at、text，可选 kind。',
  },
  'persona-required': { en: 'whose history? --persona <id> is required', 'zh-CN': '这是谁的发帖记录？需要 --persona <id>' },
  'bad-format': { en: 'unknown format "{value}"; known formats: text, json', 'zh-CN': '未知的格式 "{value}"；可用格式：text、json' },
  lines: { en: 'lines {lines}', 'zh-CN': '第 {lines} 行' },
} as const satisfies Catalog;

export const msg = messenger('audit', messages);
