// Messages of chat scripts: what `persona scripts` says when asked for a stage, case or product it cannot serve.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';
import { CHAT_CASES, CHAT_STAGES, type ChatStage } from '../model/constants.js';

/** A stage's short Chinese name, as typed back to --stage (the labels below say more: 打招呼（刚加好友）). */
export const STAGE_SHORT_ZH: Readonly<Record<ChatStage, string>> = {
  greeting: '打招呼',
  icebreaker: '破冰',
  'comment-reply': '回复评论',
  'follow-up': '跟进',
  recommendation: '推荐',
  objection: '顾虑',
  'after-sale': '售后关怀',
  reactivation: '唤醒',
  'holiday-greeting': '节日问候',
  'live-invite': '直播邀约',
};

/** What each sub-case means, in Chinese (the English ids say it already). */
export const CASE_ZH: Readonly<Record<string, string>> = {
  'too-expensive': '嫌贵',
  'think-about-it': '再想想',
  'already-have-one': '已经有了',
  'not-now': '先不用',
  'day-3': '第三天',
  'day-14': '第十四天',
};

type Entry = { readonly en: string; readonly 'zh-CN': string };
/** A stage inside a sentence: its id in English, as the files write it; its short name in Chinese (跟进). */
const STAGE_SHORT = Object.fromEntries(CHAT_STAGES.map((s) => [`stage-short.${s}`, { en: s, 'zh-CN': STAGE_SHORT_ZH[s] }])) as Record<`stage-short.${ChatStage}`, Entry>;
/** A stage's sub-cases for "expected: one of …": ids in English, ids with what they mean in Chinese (only stages with cases have one). */
const CASE_LISTS = Object.fromEntries(
  Object.entries(CHAT_CASES).map(([stage, cases]) => [`case-list.${stage}`, { en: cases.join(', '), 'zh-CN': cases.map((c) => `${c}（${CASE_ZH[c] ?? c}）`).join('、') }]),
) as Record<`case-list.${ChatStage}`, Entry>;

export const messages = {
  ...STAGE_SHORT,
  ...CASE_LISTS,
  'unknown-stage': { en: 'unknown stage "{value}"', 'zh-CN': '未知的阶段 "{value}"' },
  'stages-expected': { en: 'one of {stages}', 'zh-CN': '以下之一：{stages}' },
  // The stage list as each language reads it: ids alone in English, ids with their Chinese names in Chinese.
  'stage-list': { en: CHAT_STAGES.join(', '), 'zh-CN': CHAT_STAGES.map((s) => `${s}（${STAGE_SHORT_ZH[s]}）`).join('、') },
  'unknown-case': { en: 'stage {stage} has no case "{value}"', 'zh-CN': '{stage} 阶段没有 "{value}" 这个分支' },
  'cases-expected': { en: 'one of {cases}', 'zh-CN': '以下之一：{cases}' },
  'no-cases': { en: 'stage {stage} has no cases; --case is for {stages}', 'zh-CN': '{stage} 阶段没有分支；--case 只用于 {stages}' },
  'unknown-product': { en: '{persona} has no product "{value}"', 'zh-CN': '{persona} 没有产品 "{value}"' },
  'products-expected': { en: 'one of {ids}', 'zh-CN': '以下之一：{ids}' },
  'product-ambiguous': { en: '"{value}" fits more than one product: {names}', 'zh-CN': '"{value}" 对得上不止一个产品：{names}' },
  'product-ambiguous-hint': { en: 'Name one of them by its id or full name.', 'zh-CN': '用 id 或完整的名字指明是哪一个。' },
  'needs-product': { en: 'stage {stage} is about a product, and {persona} has none', 'zh-CN': '{stage} 阶段要谈产品，但 {persona} 没有产品' },
  'needs-product-hint': { en: 'Add products: to the persona, or pick another stage.', 'zh-CN': '在人设里添加 products:，或换一个阶段。' },
  'no-event': { en: 'stage live-invite needs a live stream, and {persona} has none from {date} on', 'zh-CN': 'live-invite 阶段需要直播，但 {persona} 在 {date} 之后没有直播' },
  'no-event-hint': { en: 'Add the stream under events: in the persona file.', 'zh-CN': '在人设文件的 events: 里加上这场直播。' },
  'no-scripts': { en: 'no {locale} chat template for {stage}', 'zh-CN': '没有 {stage} 的 {locale} 聊天模板' },
  'scripts-all-avoided-hint': {
    en: 'Write a {stage} script under templates/{locale}/chat/{stage}/ without those words, or take a word off voice.avoid or bannedWords.',
    'zh-CN': '在 templates/{locale}/chat/{stage}/ 下写一条不用这些词的 {stage} 话术，或把词从 voice.avoid / bannedWords 里去掉。',
  },
  'scripts-all-avoided': {
    en: '{persona}: every {stage} chat template says a word the persona avoids or the team bans ({words})',
    'zh-CN': '{persona}：{stage} 的聊天模板都用到了人设回避或团队禁用的词（{words}）',
  },
  'no-scripts-hint': {
    en: 'Add templates/{locale}/chat/{stage}/<slug>.hbs with kind: chat and stage: {stage}.',
    'zh-CN': '添加 templates/{locale}/chat/{stage}/<slug>.hbs，front matter 写 kind: chat 和 stage: {stage}。',
  },
  'bad-count': { en: '--count must be a whole number from 1 to 10, not "{value}"', 'zh-CN': '--count 必须是 1 到 10 的整数，而不是 "{value}"' },
  'bad-format': { en: 'unknown format "{value}"; known formats: text, json', 'zh-CN': '未知的格式 "{value}"；可用格式：text、json' },
  heading: { en: '{name} · {stage}{product}{contact} · {date}', 'zh-CN': '{name} · {stage}{product}{contact} · {date}' },
  'heading-product': { en: ' · {product}', 'zh-CN': ' · {product}' },
  'heading-contact': { en: ' · to {contact}', 'zh-CN': ' · 发给 {contact}' },
  'case-heading': { en: '{stage}: {case}', 'zh-CN': '{stage}：{case}' },
  'from-template': { en: 'template {template}', 'zh-CN': '模板 {template}' },
  'fewer-scripts': {
    en: 'only {count} different script(s) for this; add templates for more choice',
    'zh-CN': '这里只有 {count} 条不同的话术；想要更多选择，请添加模板',
  },
  'stage-required': { en: 'which stage? --stage is required', 'zh-CN': '哪个阶段？需要 --stage' },
  'stage.greeting': { en: 'greeting (just added)', 'zh-CN': '打招呼（刚加好友）' },
  'stage.icebreaker': { en: 'icebreaker', 'zh-CN': '破冰' },
  'stage.comment-reply': { en: 'reply to a comment', 'zh-CN': '回复评论' },
  'stage.follow-up': { en: 'follow-up', 'zh-CN': '跟进' },
  'stage.recommendation': { en: 'recommendation', 'zh-CN': '推荐' },
  'stage.objection': { en: 'objection', 'zh-CN': '顾虑' },
  'stage.after-sale': { en: 'after-sale care', 'zh-CN': '售后关怀' },
  'stage.reactivation': { en: 'reactivation', 'zh-CN': '唤醒' },
  'stage.holiday-greeting': { en: 'holiday greeting', 'zh-CN': '节日问候' },
  'stage.live-invite': { en: 'live invitation', 'zh-CN': '直播邀约' },
  'case.too-expensive': { en: 'too expensive', 'zh-CN': CASE_ZH['too-expensive']! },
  'case.think-about-it': { en: 'will think about it', 'zh-CN': CASE_ZH['think-about-it']! },
  'case.already-have-one': { en: 'already has one', 'zh-CN': CASE_ZH['already-have-one']! },
  'case.not-now': { en: 'not now', 'zh-CN': CASE_ZH['not-now']! },
  'case.day-3': { en: 'day 3', 'zh-CN': CASE_ZH['day-3']! },
  'case.day-14': { en: 'day 14', 'zh-CN': CASE_ZH['day-14']! },
  // The English calendar's days by name (its ids are file names: new-years-eve); Chinese festivals are names already.
  'festival.new-year': { en: "New Year's Day", 'zh-CN': '元旦' },
  'festival.valentines': { en: "Valentine's Day", 'zh-CN': '情人节' },
  'festival.independence-day': { en: 'Independence Day', 'zh-CN': '美国独立日' },
  'festival.halloween': { en: 'Halloween', 'zh-CN': '万圣节' },
  'festival.christmas-eve': { en: 'Christmas Eve', 'zh-CN': '平安夜' },
  'festival.christmas': { en: 'Christmas', 'zh-CN': '圣诞节' },
  'festival.new-years-eve': { en: "New Year's Eve", 'zh-CN': '跨年夜' },
  'festival.mothers-day': { en: "Mother's Day", 'zh-CN': '母亲节' },
  'festival.fathers-day': { en: "Father's Day", 'zh-CN': '父亲节' },
  'festival.thanksgiving': { en: 'Thanksgiving', 'zh-CN': '感恩节' },
  'festival.easter': { en: 'Easter', 'zh-CN': '复活节' },
  'festival.black-friday': { en: 'Black Friday', 'zh-CN': '黑色星期五' },
} as const satisfies Catalog;

export const msg = messenger('chat', messages);
