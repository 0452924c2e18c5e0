// `persona swap`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerSwap = registerNotBuilt('swap', {
  en: 'swap one post of a written plan for another that keeps every guarantee',
  'zh-CN': '把已写出的计划中的一条换成另一条，仍满足全部规则',
});
