// `persona new`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerNew = registerNotBuilt('new', {
  en: 'add a persona, asking a few questions',
  'zh-CN': '通过几个问题新建一个人设',
});
