// Both locales' lexicons; every text is checked against both, since posts mix Chinese and English.
import { EN } from './en.js';
import type { Lexicon } from './types.js';
import { ZH_CN } from './zh-CN.js';

export const LEXICONS: { readonly 'zh-CN': Lexicon; readonly en: Lexicon } = { 'zh-CN': ZH_CN, en: EN };
