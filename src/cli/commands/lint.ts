// `persona lint [paths…]`: registration and help; the work is in actions/lint.ts.
import { Option, type Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'find salesy phrasing and advertising-law claims in templates, with positions: the template text and what it renders for each persona and product',
    'zh-CN': '检查模板中的推销腔和广告法禁用语并给出位置：既查模板原文，也查为每个人设和产品渲染出的文字',
  },
  paths: {
    en: 'template files or folders (default: the template folders of the config)',
    'zh-CN': '模板文件或文件夹（默认：配置中的模板文件夹）',
  },
  format: { en: 'output format', 'zh-CN': '输出格式' },
  maxWarnings: { en: 'exit 1 when there are more than N warnings', 'zh-CN': '警告多于 N 个时退出码为 1' },
  quiet: { en: 'report errors only', 'zh-CN': '只报告错误' },
  examples: {
    en: [
      '',
      'Examples:',
      '  $ persona lint                                   # every template folder of persona.config.yaml',
      '  $ persona lint templates/zh-CN/product',
      '  $ persona lint --format sarif > persona-lint.sarif',
      '  $ persona lint --format github --max-warnings 0  # in GitHub Actions',
      '',
      'Suppress a finding in a template (say why after --):',
      '  {{!-- persona-lint-disable-next-line price -- the price is part of the story --}}',
      '',
      'Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 bad input.',
    ].join('\n'),
    'zh-CN': [
      '',
      '示例：',
      '  $ persona lint                                   # persona.config.yaml 中的全部模板文件夹',
      '  $ persona lint templates/zh-CN/product',
      '  $ persona lint --format sarif > persona-lint.sarif',
      '  $ persona lint --format github --max-warnings 0  # 在 GitHub Actions 中',
      '',
      '在模板中屏蔽某条问题（-- 后写明原因）：',
      '  {{!-- persona-lint-disable-next-line price -- 价格是故事的一部分 --}}',
      '',
      '退出码：0 没有问题，1 有错误（或警告多于 --max-warnings），2 输入有误。',
    ].join('\n'),
  },
} as const;

export interface LintCliOptions {
  format: 'stylish' | 'json' | 'sarif' | 'github';
  maxWarnings?: string;
  quiet?: boolean;
}

export function registerLint(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('lint')
    .description(h('description'))
    .argument('[paths...]', h('paths'))
    .addOption(new Option('--format <format>', h('format')).choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--max-warnings <n>', h('maxWarnings'))
    .option('--quiet', h('quiet'))
    .addHelpText('after', h('examples'))
    .action(async (paths: string[], opts: LintCliOptions) => {
      const { runLint } = await import('../actions/lint.js');
      ctx.setExit(await runLint({ paths, ...opts, config: ctx.globals().config }, ctx.io));
    });
}
