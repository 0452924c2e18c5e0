// `persona swap <id> <post-id>`: registration and help; the work is in actions/swap.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'swap one post of a written plan for another that keeps every guarantee',
    'zh-CN': '把已写出的计划中的一条换成另一条，仍满足全部规则',
  },
  id: { en: 'persona id', 'zh-CN': '人设 id' },
  post: { en: 'post id, as the calendar shows it (e.g. xiao-mei-20261202-1)', 'zh-CN': '帖子 id，日历中可以看到（如 xiao-mei-20261202-1）' },
  week: {
    en: 'the plan to change: 2026-W49, this, next or a label folder (default: the week that holds the post)',
    'zh-CN': '要改的计划：2026-W49、this、next 或周期文件夹名（默认：这条帖子所在的那一周）',
  },
  out: { en: 'where plans are written (default: `out` of the config)', 'zh-CN': '计划所在目录（默认取配置中的 `out`）' },
  seed: { en: 'another seed picks another replacement', 'zh-CN': '换一个种子，换成另一条' },
  quiet: { en: 'print nothing but errors', 'zh-CN': '只输出错误' },
  json: { en: 'print the post before and after as JSON', 'zh-CN': '以 JSON 输出替换前后的帖子' },
  examples: {
    en: '\nExamples:\n  $ persona swap xiao-mei xiao-mei-20261202-1\n  $ persona swap xiao-mei xiao-mei-20261202-1 --seed 2     # a different replacement\n  $ persona swap lin-cha lin-cha-20261204-2 --week 2026-W49 --out plans --json',
    'zh-CN': '\n示例：\n  $ persona swap xiao-mei xiao-mei-20261202-1\n  $ persona swap xiao-mei xiao-mei-20261202-1 --seed 2     # 换成另一条\n  $ persona swap lin-cha lin-cha-20261204-2 --week 2026-W49 --out plans --json',
  },
} as const;

export function registerSwap(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('swap')
    .description(h('description'))
    .argument('<id>', h('id'))
    .argument('<post-id>', h('post'))
    .option('--week <week>', h('week'))
    .option('--out <dir>', h('out'))
    .option('--seed <seed>', h('seed'))
    .option('--json', h('json'))
    .option('--quiet', h('quiet'))
    .addHelpText('after', h('examples'))
    .action(async (id: string, postId: string, opts: { week?: string; out?: string; seed?: string; json?: boolean; quiet?: boolean }) => {
      const { runSwap } = await import('../actions/swap.js');
      // Ids copied from a file or a chat often bring a space along (trim() takes the full-width one too).
      ctx.setExit(await runSwap({ id: id.trim(), postId: postId.trim(), ...opts, config: ctx.globals().config }, ctx.io));
    });
}
