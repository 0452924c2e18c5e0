// `persona validate [paths…]`: registration and help; the work is in actions/validate.ts.
import { Option, type Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'check personas, persona.config.yaml and templates: schema, template syntax and a strict render of each template',
    'zh-CN': '检查人设、persona.config.yaml 和模板：结构、模板语法，并严格渲染每个模板',
  },
  paths: {
    en: 'persona files, template files or folders (default: everything the config names)',
    'zh-CN': '人设文件、模板文件或文件夹（默认：配置中列出的全部）',
  },
  format: { en: 'output format', 'zh-CN': '输出格式' },
  examples: {
    en: '\nExamples:\n  $ persona validate\n  $ persona validate personas/xiao-mei.yaml\n  $ persona validate templates/zh-CN --format json',
    'zh-CN': '\n示例：\n  $ persona validate\n  $ persona validate personas/xiao-mei.yaml\n  $ persona validate templates/zh-CN --format json',
  },
} as const;

export function registerValidate(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('validate')
    .description(h('description'))
    .argument('[paths...]', h('paths'))
    .addOption(new Option('--format <format>', h('format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', h('examples'))
    .action(async (paths: string[], opts: { format: 'text' | 'json' }) => {
      const { runValidate } = await import('../actions/validate.js');
      ctx.setExit(await runValidate({ paths, format: opts.format, config: ctx.globals().config }, ctx.io));
    });
}
