// What a reader calls the ids a plan records: a topic's name in the reader's language, a product by its own name,
// a chat stage as the scripts command names it. The plan JSON keeps the ids (contract); only views show names.
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import { msg as chatMsg } from '../chat/messages.js';
import { CHAT_STAGES, type ChatStage } from '../model/constants.js';
import type { FormatOptions } from './types.js';

/** The bundled library's topics. A persona's own topic has no name here and shows as written. */
const TOPIC_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    baking: '烘焙',
    coffee: '咖啡',
    cooking: '做饭',
    fitness: '健身',
    home: '居家',
    movies: '电影',
    music: '音乐',
    parenting: '育儿',
    pets: '宠物',
    photography: '摄影',
    plants: '花草',
    reading: '读书',
    running: '跑步',
    tea: '茶',
    travel: '旅行',
    weekend: '周末',
  },
  en: {},
};

export function topicName(lang: Lang, id: string): string {
  return TOPIC_NAMES[lang][id] ?? id;
}

export function productName(options: Pick<FormatOptions, 'products'>, id: string): string {
  return options.products?.[id] ?? id;
}

const STAGES: ReadonlySet<string> = new Set(CHAT_STAGES);

export function stageName(lang: Lang, stage: string): string {
  return STAGES.has(stage) ? t(lang, chatMsg(`stage.${stage as ChatStage}`)) : stage;
}

/** Product names by id, for FormatOptions. */
export function productNames(persona: { products: readonly { id: string; name: string }[] }): Record<string, string> {
  return Object.fromEntries(persona.products.map((p) => [p.id, p.name]));
}
