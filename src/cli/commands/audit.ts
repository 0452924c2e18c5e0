// `persona audit`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerAudit = registerNotBuilt('audit', {
  en: 'check what was actually posted against the density rules',
  'zh-CN': '按密度规则检查实际发过的朋友圈',
});
