// What each chat stage needs to be rendered: a product, a live event, a sub-case; and which days deserve a greeting.
import type { Locale } from '../model/common.js';
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

export function needsProduct(stage: ChatStage): boolean {
  return PRODUCT_STAGES.includes(stage);
}

/** The sub-cases `--case` accepts for a stage (holiday-greeting: the festivals of the persona's locale). */
export function casesOf(stage: ChatStage, locale: Locale): readonly string[] {
  if (stage === 'holiday-greeting') return GREETING_SEASONS[locale];
  return CHAT_CASES[stage] ?? [];
}
