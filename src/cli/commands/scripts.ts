// `persona scripts`: registration and help; the work is in actions/scripts.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: "1:1 chat scripts in the persona's voice, with alternatives to choose from",
    'zh-CN': '用人设的语气生成一对一私聊话术，附几种说法供挑选',
  },
  id: { en: 'persona id (file name under personas/)', 'zh-CN': '人设 id（personas/ 下的文件名）' },
  stage: {
    en: 'greeting, icebreaker, comment-reply, follow-up, recommendation, objection, after-sale, reactivation, holiday-greeting, live-invite',
    'zh-CN': 'greeting（打招呼）、icebreaker（破冰）、comment-reply（回复评论）、follow-up（跟进）、recommendation（推荐）、objection（顾虑）、after-sale（售后）、reactivation（唤醒）、holiday-greeting（节日问候）、live-invite（直播邀约）；写英文 id 或括号里的中文名都可以',
  },
  case: {
    en: 'objection: too-expensive | think-about-it | already-have-one | not-now; after-sale: day-3 | day-14; holiday-greeting: a festival (春节, 中秋节, christmas …). Without it: every case',
    'zh-CN': 'objection：too-expensive（嫌贵）| think-about-it（再想想）| already-have-one（已经有了）| not-now（先不用）；after-sale：day-3（第三天）| day-14（第十四天）；中文名也可以；holiday-greeting：节日（春节、中秋节、christmas …）。不写则列出全部分支',
  },
  product: { en: "product to talk about, by id or name (default: the persona's first product)", 'zh-CN': '要聊的产品，写 id 或名称都可以（默认人设的第一个产品）' },
  contact: { en: "the contact's name, used in the greeting", 'zh-CN': '对方的称呼，用在开头' },
  count: { en: 'how many alternatives (1–10, default 3)', 'zh-CN': '给几种说法（1–10，默认 3）' },
  format: { en: 'text or json (default: text)', 'zh-CN': 'text 或 json（默认 text）' },
  seed: { en: 'reroll: a different seed gives different scripts (default: changes daily)', 'zh-CN': '换一个种子，得到另一组话术（默认每天不同）' },
  examples: {
    en: '\nExamples:\n  $ persona scripts emma --stage greeting --contact Jamie\n  $ persona scripts emma --stage follow-up --product house-blend\n  $ persona scripts a-ning --stage objection --case too-expensive\n  $ persona scripts a-ning --stage after-sale --case day-14 --format json\n  $ persona scripts lin-cha --stage holiday-greeting --case 中秋节',
    'zh-CN': '\n示例：\n  $ persona scripts a-ning --stage greeting --contact 王姐\n  $ persona scripts a-ning --stage follow-up --product kids-flask\n  $ persona scripts a-ning --stage 顾虑 --case 嫌贵\n  $ persona scripts lin-cha --stage 跟进 --product 武夷肉桂\n  $ persona scripts a-ning --stage after-sale --case day-14 --format json\n  $ persona scripts lin-cha --stage holiday-greeting --case 中秋节',
  },
} as const;

export interface ScriptsCliOptions {
  stage?: string;
  case?: string;
  product?: string;
  contact?: string;
  count?: string;
  format?: string;
  seed?: string;
}

export function registerScripts(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('scripts')
    .description(h('description'))
    .argument('<id>', h('id'))
    .option('--stage <stage>', h('stage'))
    .option('--case <case>', h('case'))
    .option('--product <id>', h('product'))
    .option('--contact <name>', h('contact'))
    .option('--count <n>', h('count'))
    .option('--format <format>', h('format'))
    .option('--seed <seed>', h('seed'))
    .addHelpText('after', h('examples'))
    .action(async (id: string, opts: ScriptsCliOptions) => {
      const { runScripts } = await import('../actions/scripts.js');
      ctx.setExit(await runScripts({ id, ...opts, config: ctx.globals().config }, ctx.io));
    });
}
