// `persona init [dir]`: registration and help; the work is in actions/init.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'scaffold a content repo: config, an example persona, templates and a CI workflow',
    'zh-CN': '创建内容仓库：配置、示例人设、模板和 CI 工作流',
  },
  dir: { en: 'folder to create the repo in (default: this folder)', 'zh-CN': '在哪个文件夹创建仓库（默认：当前文件夹）' },
  force: { en: 'overwrite files that already exist', 'zh-CN': '覆盖已存在的文件' },
  locale: { en: 'language of the example persona and templates: zh-CN or en (default: the UI language)', 'zh-CN': '示例人设和模板的语言：zh-CN 或 en（默认与界面语言相同）' },
  quiet: { en: 'print nothing but errors', 'zh-CN': '只输出错误' },
  json: { en: 'print what was written as JSON', 'zh-CN': '以 JSON 输出写了哪些文件' },
  examples: {
    en: '\nExamples:\n  $ persona init my-team          # a new content repo in ./my-team\n  $ persona init --locale en      # here, with an English example persona\n  $ persona init --force          # rewrite the scaffold over existing files',
    'zh-CN': '\n示例：\n  $ persona init my-team          # 在 ./my-team 新建内容仓库\n  $ persona init --locale en      # 在当前文件夹创建，示例人设用英文\n  $ persona init --force          # 覆盖已有文件，重新生成',
  },
} as const;

export function registerInit(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('init')
    .description(h('description'))
    .argument('[dir]', h('dir'))
    .option('--force', h('force'))
    .option('--locale <locale>', h('locale'))
    .option('--json', h('json'))
    .option('--quiet', h('quiet'))
    .addHelpText('after', h('examples'))
    .action(async (dir: string | undefined, opts: { force?: boolean; locale?: string; json?: boolean; quiet?: boolean }) => {
      const { runInit } = await import('../actions/init.js');
      ctx.setExit(await runInit({ ...(dir !== undefined ? { dir } : {}), ...opts }, ctx.io));
    });
}
