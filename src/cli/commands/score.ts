// `persona score [file|-]`: registration and help; the work is in actions/score.ts.
import { Option, type Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'salesiness of a draft, the phrases that raised it and gentler wording',
    'zh-CN': '给一段草稿打推销分，列出扣分的说法和更温和的写法',
  },
  file: { en: 'text file to score; - or nothing reads standard input', 'zh-CN': '要打分的文本文件；- 或不填则读标准输入' },
  locale: { en: 'language of the text (default: detected from the text)', 'zh-CN': '文字的语言（默认根据内容判断）' },
  lines: { en: 'score each line on its own', 'zh-CN': '每一行单独打分' },
  format: { en: 'output format', 'zh-CN': '输出格式' },
  examples: {
    en: [
      '',
      'Examples:',
      '  $ persona score draft.txt',
      '  $ echo "限时秒杀，赶紧下单！" | persona score',
      '  $ persona score --lines --format json drafts.txt',
      '',
      'Salesiness is 0 (calm) to 1; at 0.5 or more (marketingThreshold) the planner counts a post as marketing.',
    ].join('\n'),
    'zh-CN': [
      '',
      '示例：',
      '  $ persona score draft.txt',
      '  $ echo "限时秒杀，赶紧下单！" | persona score',
      '  $ persona score --lines --format json drafts.txt',
      '',
      '推销分从 0（平和）到 1；达到 0.5（marketingThreshold）时，规划器会把这条帖子算作营销帖。',
    ].join('\n'),
  },
} as const;

export interface ScoreCliOptions {
  locale?: 'zh-CN' | 'en';
  lines?: boolean;
  format: 'text' | 'json';
}

export function registerScore(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('score')
    .description(h('description'))
    .argument('[file]', h('file'))
    .addOption(new Option('--locale <locale>', h('locale')).choices(['zh-CN', 'en']))
    .option('--lines', h('lines'))
    .addOption(new Option('--format <format>', h('format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', h('examples'))
    .action(async (file: string | undefined, opts: ScoreCliOptions) => {
      const { runScore } = await import('../actions/score.js');
      ctx.setExit(await runScore({ ...(file ? { file } : {}), ...opts, config: ctx.globals().config }, ctx.io));
    });
}
