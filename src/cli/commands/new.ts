// `persona new`: registration and help; the questions and the file are in actions/new.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';
import type { NewOptions } from '../actions/new.js';

const HELP = {
  description: { en: 'add a persona, asking a few questions', 'zh-CN': '通过几个问题新建一个人设' },
  id: { en: 'file name under personas/: lowercase letters, digits, -', 'zh-CN': 'personas/ 下的文件名：小写字母、数字和 -' },
  name: { en: 'the name friends know this persona by', 'zh-CN': '朋友们认识的名字' },
  trade: { en: 'what this persona does or sells (the role)', 'zh-CN': '做什么、卖什么（角色）' },
  bio: { en: 'a few sentences about this person', 'zh-CN': '几句话介绍这个人' },
  locale: { en: 'language of the posts: zh-CN or en', 'zh-CN': '发圈的语言：zh-CN 或 en' },
  timezone: { en: 'IANA time zone, e.g. Asia/Shanghai', 'zh-CN': 'IANA 时区，如 Asia/Shanghai' },
  interests: { en: 'lifestyle topics, comma-separated, optional weights: tea:3,reading', 'zh-CN': '生活话题，逗号分隔，可带权重：tea:3,reading' },
  products: { en: 'products and selling points: "name: point, point; name: point"', 'zh-CN': '产品和卖点："名称: 卖点, 卖点; 名称: 卖点"' },
  category: { en: 'category of those products (default: general)', 'zh-CN': '这些产品的品类（默认 general）' },
  windows: { en: 'posting windows, comma-separated: 07:30-08:30,21:00-22:00', 'zh-CN': '发圈时段，逗号分隔：07:30-08:30,21:00-22:00' },
  restDays: { en: 'days without posts: sun,wed or none (default: sun)', 'zh-CN': '不发圈的日子：sun,wed 或 none（默认 sun）' },
  postsPerDay: { en: 'posts per day, min-max (default: 1-2)', 'zh-CN': '每天几条，最少-最多（默认 1-2）' },
  emoji: { en: 'emoji level: none, light or rich (default: light)', 'zh-CN': '表情用量：none、light 或 rich（默认 light）' },
  avoid: { en: 'words this persona never uses, comma-separated', 'zh-CN': '这个人设从不用的词，逗号分隔' },
  tone: { en: 'tone words, comma-separated', 'zh-CN': '语气词，逗号分隔' },
  signature: { en: 'sign-off under posts', 'zh-CN': '落款' },
  team: { en: 'team id: personas of one team share contacts', 'zh-CN': '团队 id：同一团队的人设共享联系人' },
  yes: { en: 'take the defaults for everything not given as a flag (no questions)', 'zh-CN': '没用参数给出的都取默认值（不提问）' },
  quiet: { en: 'print nothing but errors', 'zh-CN': '只输出错误' },
  examples: {
    en: '\nExamples:\n  $ persona new                                        # asks the questions\n  $ persona new --id xiao-mei --name 小美 --locale zh-CN --yes\n  $ persona new --id emma --name Emma --locale en --timezone America/Los_Angeles \\\n      --trade "coffee roaster" --interests coffee:3,running --windows 07:00-08:00,20:00-21:00 --yes\n  $ persona new --id lin-cha --name 林茶 --products "武夷肉桂: 岩韵足, 耐泡" --yes',
    'zh-CN': '\n示例：\n  $ persona new                                        # 逐个提问\n  $ persona new --id xiao-mei --name 小美 --locale zh-CN --yes\n  $ persona new --id emma --name Emma --locale en --timezone America/Los_Angeles \\\n      --trade "coffee roaster" --interests coffee:3,running --windows 07:00-08:00,20:00-21:00 --yes\n  $ persona new --id lin-cha --name 林茶 --products "武夷肉桂: 岩韵足, 耐泡" --yes',
  },
} as const;

export function registerNew(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('new')
    .description(h('description'))
    .option('--id <id>', h('id'))
    .option('--name <name>', h('name'))
    .option('--trade <role>', h('trade'))
    .option('--bio <text>', h('bio'))
    .option('--locale <locale>', h('locale'))
    .option('--timezone <zone>', h('timezone'))
    .option('--interests <topics>', h('interests'))
    .option('--products <list>', h('products'))
    .option('--category <category>', h('category'))
    .option('--windows <windows>', h('windows'))
    .option('--rest-days <days>', h('restDays'))
    .option('--posts-per-day <n>', h('postsPerDay'))
    .option('--emoji <level>', h('emoji'))
    .option('--avoid <words>', h('avoid'))
    .option('--tone <words>', h('tone'))
    .option('--signature <text>', h('signature'))
    .option('--team <team>', h('team'))
    .option('-y, --yes', h('yes'))
    .option('--quiet', h('quiet'))
    .addHelpText('after', h('examples'))
    .action(async (opts: NewOptions) => {
      const { runNew } = await import('../actions/new.js');
      ctx.setExit(await runNew({ ...opts, config: ctx.globals().config }, ctx.io));
    });
}
