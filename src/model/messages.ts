// Messages of schema checks that zod cannot phrase for us (custom refinements).
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  slug: {
    en: '"{value}" is not a slug: lowercase letters, digits and "-", starting with a letter or digit, at most 64 characters',
    'zh-CN': '"{value}" 不是 slug：须为小写字母、数字和 "-"，以字母或数字开头，最多 64 个字符',
  },
  'window-format': {
    en: '"{value}" is not a window like "07:30-08:30" (24-hour HH:mm-HH:mm)',
    'zh-CN': '"{value}" 不是形如 "07:30-08:30" 的时段（24 小时制 HH:mm-HH:mm）',
  },
  'format-suggest': {
    en: '{problem}: did you mean "{suggestion}"?',
    'zh-CN': '{problem}：是不是想写 "{suggestion}"？',
  },
  'timezone-offset': {
    en: '"{value}" is a fixed offset, not a time zone (a zone knows its daylight-saving changes); name the place instead, e.g. {examples}',
    'zh-CN': '"{value}" 是固定时差，不是时区（时区知道夏令时的变化）；请写地名时区，如 {examples}',
  },
  'window-inverted': {
    en: 'window "{value}" ends before it starts; a window cannot cross midnight: split it into two, "{before}" and "{after}"',
    'zh-CN': '时段 "{value}" 的结束早于开始；时段不能跨过午夜，请拆成两个："{before}" 和 "{after}"',
  },
  'window-backwards': {
    en: 'window "{value}" ends before it starts: did you mean "{swapped}"? (A window cannot cross midnight; one that does is written as two, "{before}" and "{after}".)',
    'zh-CN': '时段 "{value}" 的结束早于开始：是不是想写 "{swapped}"？（时段不能跨过午夜；跨午夜的请拆成两个："{before}" 和 "{after}"。）',
  },
  'window-empty': {
    en: 'window "{value}" starts and ends at the same minute, so no post fits in it; give it an end after its start',
    'zh-CN': '时段 "{value}" 的开始和结束是同一分钟，放不下任何一条；请让结束晚于开始',
  },
  date: { en: '"{value}" is not a date like 2026-10-01', 'zh-CN': '"{value}" 不是形如 2026-10-01 的日期' },
  'date-invalid': { en: '{value} is not a day of the calendar', 'zh-CN': '日历上没有 {value} 这一天' },
  'local-datetime': {
    en: '"{value}" is not a local date and time like 2026-12-03T20:00',
    'zh-CN': '"{value}" 不是形如 2026-12-03T20:00 的本地日期时间',
  },
  timezone: {
    en: '"{value}" is not an IANA time zone such as Asia/Shanghai or America/Los_Angeles',
    'zh-CN': '"{value}" 不是 IANA 时区，应如 Asia/Shanghai 或 America/Los_Angeles',
  },
  'timezone-suggest': {
    en: '"{value}" is not an IANA time zone; did you mean "{suggestion}"?',
    'zh-CN': '"{value}" 不是 IANA 时区；你是不是想写 "{suggestion}"？',
  },
  'posts-min-max': {
    en: 'postsPerDay.min ({min}) is above postsPerDay.max ({max})',
    'zh-CN': 'postsPerDay.min（{min}）大于 postsPerDay.max（{max}）',
  },
  'interest-duplicate': {
    en: 'interest "{topic}" is listed twice (give it one entry with the summed weight)',
    'zh-CN': '兴趣 "{topic}" 出现了两次（合成一项，权重相加）',
  },
  'product-duplicate': { en: 'product id "{id}" is used twice', 'zh-CN': '产品 id "{id}" 重复出现' },
  'event-time-skipped': {
    en: 'event at {at} does not exist in {timezone}: the clocks skip it for daylight saving that night; give a time that exists, such as {later}',
    'zh-CN': '活动时间 {at} 在 {timezone} 不存在：当晚夏令时拨快跳过了这段时间；请改成存在的时间，例如 {later}',
  },
  'event-product-unknown': {
    en: 'event product "{id}" is not one of this persona\'s products ({known})',
    'zh-CN': '活动产品 "{id}" 不在此人设的产品里（{known}）',
  },
  'chat-needs-stage': { en: 'a chat template needs a stage', 'zh-CN': '聊天模板需要 stage' },
  'stage-chat-only': { en: 'stage is for chat templates only, this one is {kind}', 'zh-CN': 'stage 只用于聊天模板，这个模板是 {kind}' },
  'case-not-here': { en: 'case is only for chat templates of the stages {stages}', 'zh-CN': 'case 只用于这些阶段的聊天模板：{stages}' },
  'case-unknown': { en: 'case "{value}" is not a case of stage {stage}; known: {known}', 'zh-CN': 'case "{value}" 不是 {stage} 阶段的分支；可用：{known}' },
  'topics-not-for-products': {
    en: 'topics are for non-product templates; a {kind} template fits products through `products:` (ids or categories)',
    'zh-CN': 'topics 只用于非产品类模板；{kind} 模板通过 `products:`（产品 id 或品类）匹配产品',
  },
  'lifestyle-needs-topic': { en: 'a lifestyle template needs at least one topic', 'zh-CN': '生活类模板至少需要一个 topic' },
  'none': { en: 'none', 'zh-CN': '无' },
  'season-unknown': {
    en: 'unknown season "{value}" for {locale}; known: {known}',
    'zh-CN': '{locale} 没有 "{value}" 这个节令；可用：{known}',
  },
  'holiday-duplicate': {
    en: '{date} is declared twice under holidays (give each date once, or add `locale:` to tell them apart)',
    'zh-CN': 'holidays 中 {date} 声明了两次（每个日期只写一次，或用 `locale:` 区分）',
  },
  'campaign-inverted': { en: 'campaign ends ({to}) before it starts ({from})', 'zh-CN': '活动结束日（{to}）早于开始日（{from}）' },
  'campaign-too-long': {
    en: 'a campaign of {days} days is not temporary; at most {max} days',
    'zh-CN': '{days} 天的活动不算临时放宽；最多 {max} 天',
  },
  'campaign-overlap': { en: 'campaign "{name}" overlaps campaign "{other}"', 'zh-CN': '活动"{name}"与活动"{other}"的日期重叠' },
} as const satisfies Catalog;

export const msg = messenger('model', messages);
