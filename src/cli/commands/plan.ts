// `persona plan`: registration and help; the work is in actions/plan.ts.
import { Option, type Command } from 'commander';
import { collectList, helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: "plan the week's Moments posts under the density guarantees",
    'zh-CN': '在营销密度保证之内，规划一周的朋友圈',
  },
  ids: { en: 'persona ids (file names under personas/)', 'zh-CN': '人设 id（personas/ 下的文件名）' },
  all: { en: 'plan every persona of the config', 'zh-CN': '规划配置中的全部人设' },
  week: { en: 'ISO week like 2026-W49, or this / next (default: next)', 'zh-CN': 'ISO 周，如 2026-W49，或 this / next（默认 next）' },
  weeks: { en: 'plan N consecutive weeks starting at --week', 'zh-CN': '从 --week 起连续规划 N 周' },
  from: { en: 'first day, YYYY-MM-DD (with --days)', 'zh-CN': '起始日期 YYYY-MM-DD（与 --days 一起用）' },
  days: { en: 'number of days (with --from)', 'zh-CN': '天数（与 --from 一起用）' },
  format: { en: 'comma-separated views to write: md, json, ics, csv, html (default: md,json)', 'zh-CN': '要写出的格式，逗号分隔：md、json、ics、csv、html（默认 md,json）' },
  out: {
    en: 'write plans to DIR/<label>/<id>.<format> (default: `out` of the config; without either, print to the terminal)',
    'zh-CN': '把计划写到 DIR/<label>/<id>.<格式>（默认取配置中的 `out`；都没有时打印到终端）',
  },
  seed: { en: 'reroll: a different seed gives a different plan', 'zh-CN': '换一个种子，得到另一份计划' },
  check: { en: 'verify plans already written under DIR; exit 1 on any violation', 'zh-CN': '校验 DIR 下已写出的计划；有违规时退出码为 1' },
  quiet: { en: 'print nothing but errors', 'zh-CN': '只输出错误' },
  jobs: {
    en: 'worker threads for large runs (default: one per core, up to 4, from 200 personas on; 1 plans in one thread)',
    'zh-CN': '大批量时的工作线程数（默认：200 个人设起每核一个，最多 4 个；1 表示单线程）',
  },
  json: { en: 'print the plan JSON to standard output instead of the calendar', 'zh-CN': '把计划 JSON 输出到标准输出，而不是日历' },
  interactive: {
    en: 'walk the week post by post (accept, swap, edit, drop) before anything is written; needs a terminal',
    'zh-CN': '写出之前逐条过一遍（保留、换一条、改文字、删掉）；需要在终端里运行',
  },
  examples: {
    en: '\nExamples:\n  $ persona plan xiao-mei                   # next week, printed as a calendar\n  $ persona plan --all --week next --out plans\n  $ persona plan lin-cha --week 2026-W49 --json\n  $ persona plan --all --week 2026-W49 --weeks 13 --out plans\n  $ persona plan --check plans\n  $ persona plan xiao-mei --interactive      # review each post, then write',
    'zh-CN': '\n示例：\n  $ persona plan xiao-mei                   # 下周的计划，以日历形式打印\n  $ persona plan --all --week next --out plans\n  $ persona plan lin-cha --week 2026-W49 --json\n  $ persona plan --all --week 2026-W49 --weeks 13 --out plans\n  $ persona plan --check plans\n  $ persona plan xiao-mei --interactive      # 逐条确认后再写出',
  },
} as const;

export interface PlanCliOptions {
  all?: boolean;
  week?: string;
  weeks?: string;
  from?: string;
  days?: string;
  format?: string[];
  out?: string;
  seed?: string;
  check?: string;
  quiet?: boolean;
  json?: boolean;
  jobs?: string;
  interactive?: boolean;
}

export function registerPlan(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('plan')
    .description(h('description'))
    .argument('[ids...]', h('ids'))
    .option('--all', h('all'))
    .option('--week <week>', h('week'))
    .option('--weeks <n>', h('weeks'))
    .option('--from <date>', h('from'))
    .option('--days <n>', h('days'))
    .addOption(new Option('--format <formats>', h('format')).argParser(collectList))
    .option('--out <dir>', h('out'))
    .option('--seed <seed>', h('seed'))
    .option('--check <dir>', h('check'))
    .option('--json', h('json'))
    .option('--quiet', h('quiet'))
    .option('--jobs <n>', h('jobs'))
    .option('-i, --interactive', h('interactive'))
    .addHelpText('after', h('examples'))
    .action(async (ids: string[], opts: PlanCliOptions) => {
      const { runPlan } = await import('../actions/plan.js');
      ctx.setExit(await runPlan({ ids, ...opts, config: ctx.globals().config }, ctx.io));
    });
}
