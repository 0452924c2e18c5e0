// `persona init`: not built yet (see its issue); registered so help lists the whole surface.
import { registerNotBuilt } from './not-built.js';

export const registerInit = registerNotBuilt('init', {
  en: 'scaffold a content repo: config, an example persona, templates and a CI workflow',
  'zh-CN': '创建内容仓库：配置、示例人设、模板和 CI 工作流',
});
