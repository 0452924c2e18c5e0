// `persona lint`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerLint = registerNotBuilt('lint', {
  en: 'find salesy phrasing and advertising-law claims in templates, with positions',
  'zh-CN': '检查模板中的推销腔和广告法禁用语，并给出位置',
});
