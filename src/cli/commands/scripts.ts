// `persona scripts`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerScripts = registerNotBuilt('scripts', {
  en: "1:1 chat scripts in the persona's voice",
  'zh-CN': '用人设的语气生成一对一私聊话术',
});
