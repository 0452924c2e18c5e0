// `persona score`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerScore = registerNotBuilt('score', {
  en: 'salesiness of a draft, the phrases that raised it and gentler wording',
  'zh-CN': '给一段草稿打推销分，列出扣分的说法和更温和的写法',
});
