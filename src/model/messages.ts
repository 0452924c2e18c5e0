// Messages of schema checks that zod cannot phrase for us (custom refinements).
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  slug: {
    en: 'must be a slug: lowercase letters, digits and "-", starting with a letter or digit, at most 64 characters',
    'zh-CN': '须为 slug：小写字母、数字和 "-"，以字母或数字开头，最多 64 个字符',
  },
  'window-format': {
    en: '"{value}" is not a window like "07:30-08:30" (24-hour HH:mm-HH:mm)',
    'zh-CN': '"{value}" 不是形如 "07:30-08:30" 的时段（24 小时制 HH:mm-HH:mm）',
  },
  'window-inverted': {
    en: 'window "{value}" ends before it starts; windows cannot cross midnight (split it into two windows)',
    'zh-CN': '时段 "{value}" 的结束早于开始；时段不能跨过午夜（拆成两个时段）',
  },
  date: { en: 'must be a date like 2026-10-01', 'zh-CN': '须为形如 2026-10-01 的日期' },
  'local-datetime': { en: 'must be a local date and time like 2026-12-03T20:00', 'zh-CN': '须为形如 2026-12-03T20:00 的本地日期时间' },
  timezone: {
    en: 'must be an IANA time zone such as Asia/Shanghai or America/Los_Angeles',
    'zh-CN': '须为 IANA 时区，如 Asia/Shanghai 或 America/Los_Angeles',
  },
  'posts-min-max': {
    en: 'postsPerDay.min ({min}) is above postsPerDay.max ({max})',
    'zh-CN': 'postsPerDay.min（{min}）大于 postsPerDay.max（{max}）',
  },
  'product-duplicate': { en: 'product id "{id}" is used twice', 'zh-CN': '产品 id "{id}" 重复出现' },
  'event-product-unknown': {
    en: 'event product "{id}" is not one of this persona\'s products ({known})',
    'zh-CN': '活动产品 "{id}" 不在此人设的产品里（{known}）',
  },
  'chat-needs-stage': { en: 'a chat template needs a stage', 'zh-CN': '聊天模板需要 stage' },
  'stage-chat-only': { en: 'stage is for chat templates only, this one is {kind}', 'zh-CN': 'stage 只用于聊天模板，这个模板是 {kind}' },
  'lifestyle-needs-topic': { en: 'a lifestyle template needs at least one topic', 'zh-CN': '生活类模板至少需要一个 topic' },
  'none': { en: 'none', 'zh-CN': '无' },
} as const satisfies Catalog;

export const msg = messenger('model', messages);
