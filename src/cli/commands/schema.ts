// `persona schema persona|config|plan`: registration and help; the work is in actions/schema.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'print the JSON Schema of a persona profile, persona.config.yaml or the plan JSON',
    'zh-CN': '输出人设文件、persona.config.yaml 或计划 JSON 的 JSON Schema',
  },
  what: { en: 'persona | config | plan', 'zh-CN': 'persona | config | plan' },
  examples: {
    en: '\nExamples:\n  $ persona schema persona > persona.schema.json\n  $ persona schema plan',
    'zh-CN': '\n示例：\n  $ persona schema persona > persona.schema.json\n  $ persona schema plan',
  },
} as const;

export function registerSchema(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('schema')
    .description(h('description'))
    .argument('<what>', h('what'))
    .addHelpText('after', h('examples'))
    .action(async (what: string) => {
      const { runSchema } = await import('../actions/schema.js');
      ctx.setExit(await runSchema({ what }, ctx.io));
    });
}
