// What each chat stage needs to be rendered: a product, a live event, a sub-case; and which days deserve a greeting.
import type { Locale } from '../model/common.js';
import { verbatim, type Text } from '../i18n/text.js';
import { CASE_ZH, messages as chatMessages, msg as chatMsg, STAGE_SHORT_ZH } from './messages.js';
import { CHAT_CASES, CHAT_STAGES, type ChatStage } from '../model/template.js';

export { CHAT_CASES, CHAT_STAGES, type ChatStage };

/** Stages that are about one product: their scripts always get `product` (and live-invite an `event`). */
export const PRODUCT_STAGES: readonly ChatStage[] = ['follow-up', 'recommendation', 'objection', 'after-sale', 'live-invite'];

/**
 * Festivals a friend sends a greeting on (`holiday-greeting`, its `--case`). Solar terms other than 冬至, days of
 * remembrance (清明节, 中元节) and days for someone in particular (七夕, 母亲节, valentines) are left out on
 * purpose: a greeting from a salesperson on those reads as tone-deaf or too familiar.
 */
export const GREETING_SEASONS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['元旦', '除夕', '春节', '元宵节', '端午节', '中秋节', '国庆节', '重阳节', '冬至', '圣诞节'],
  en: ['new-year', 'independence-day', 'thanksgiving', 'christmas-eve', 'christmas', 'new-years-eve'],
};

export function isChatStage(value: string): value is ChatStage {
  return (CHAT_STAGES as readonly string[]).includes(value);
}

/**
 * Chinese names of stages, besides the ids: the ones `persona scripts` prints (跟进, 顾虑…) and the ones Chinese
 * CRM exports use (新好友, 异议, 沉睡…), so a name read in the tool or in a spreadsheet can be typed back.
 */
const STAGE_NAMES: Readonly<Record<string, ChatStage>> = {
  ...Object.fromEntries(Object.entries(STAGE_SHORT_ZH).map(([stage, name]) => [name, stage as ChatStage])),
  新好友: 'greeting',
  新加好友: 'greeting',
  评论回复: 'comment-reply',
  异议: 'objection',
  售后: 'after-sale',
  沉睡: 'reactivation',
};

/** An id as typed: "Follow up", "follow_up" and "New Year's Eve" are follow-up and new-years-eve. */
function asId(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '').replace(/[\s_]+/g, '-');
}

/** A stage by its id (any case, spaces for hyphens) or one of its Chinese names; null when it is neither. */
export function stageNamed(text: string): ChatStage | null {
  const key = text.normalize('NFKC').trim();
  const id = asId(key);
  return isChatStage(id) ? id : (STAGE_NAMES[key] ?? null);
}

export function needsProduct(stage: ChatStage): boolean {
  return PRODUCT_STAGES.includes(stage);
}

/** Chinese names of sub-cases: the ones the tool prints (嫌贵, 第十四天) and others a salesperson says. */
const CASE_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(CASE_ZH).map(([id, name]) => [name, id])),
  太贵: 'too-expensive',
  考虑一下: 'think-about-it',
  再考虑: 'think-about-it',
  暂时不用: 'not-now',
  暂时不需要: 'not-now',
  现在不需要: 'not-now',
  第3天: 'day-3',
  第14天: 'day-14',
};

/** Particles a case is said with and named without: 太贵了 is 太贵, 已经有了 stays itself. */
const TRAILING_PARTICLES = /[了啦呢吧啊呀嘛的]+$/;

/**
 * A sub-case of a stage by its id or Chinese name as a salesperson says it (太贵了, 先不用…), a festival with or
 * without 节 (中秋) or as written in English (Christmas, New Year's Eve); the text as typed when it is none.
 */
export function caseNamed(stage: ChatStage, locale: Locale, text: string): string {
  const key = text.normalize('NFKC').trim();
  const cases = casesOf(stage, locale);
  const bare = key.replace(TRAILING_PARTICLES, '');
  const tries = [key, CASE_NAMES[key], asId(key), CASE_NAMES[bare], ...(stage === 'holiday-greeting' ? [`${key}节`, `${bare}节`] : [])];
  return tries.find((c): c is string => c !== undefined && cases.includes(c)) ?? key;
}

/** The sub-cases of a stage for "expected: one of …": ids in English, ids with what they mean in Chinese. */
export function caseList(stage: ChatStage, locale: Locale): Text {
  // Festivals are names already.
  return stage in CHAT_CASES ? chatMsg(`case-list.${stage}`) : verbatim(casesOf(stage, locale).join(', '));
}

/** The sub-cases `--case` accepts for a stage (holiday-greeting: the festivals of the persona's locale). */
export function casesOf(stage: ChatStage, locale: Locale): readonly string[] {
  if (stage === 'holiday-greeting') return GREETING_SEASONS[locale];
  return CHAT_CASES[stage] ?? [];
}

/** A sub-case as a reader says it (嫌贵, day 14); an English festival by its name (New Year's Eve); a Chinese one, already a name, as it is. */
export function caseLabel(stageCase: string): Text {
  if ((Object.values(CHAT_CASES) as readonly (readonly string[])[]).some((cases) => cases.includes(stageCase))) return chatMsg(`case.${stageCase}` as 'case.not-now');
  const festival = `festival.${stageCase}`;
  return festival in chatMessages ? chatMsg(festival as 'festival.christmas') : verbatim(stageCase);
}

/** A stage inside a sentence: its id in English (as the files write it), its short name in Chinese (跟进). */
export function stageText(stage: ChatStage): Text {
  return chatMsg(`stage-short.${stage}`);
}

/** Every stage, for "expected: one of …": ids in English, ids with their Chinese names in Chinese. */
export function stageList(): Text {
  return chatMsg('stage-list');
}
