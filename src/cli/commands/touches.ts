// `persona touches`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerTouches = registerNotBuilt('touches', {
  en: "this week's 1:1 messages, capped per contact",
  'zh-CN': '本周的一对一触达清单，每位联系人有频次上限',
});
