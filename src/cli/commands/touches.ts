// `persona touches`: registration and help; the work is in actions/touches.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: "this week's 1:1 messages from a contacts export, capped per contact and per day",
    'zh-CN': '根据联系人导出文件，列出本周要发的一对一私聊，按人、按天限量',
  },
  id: { en: 'persona id (file name under personas/)', 'zh-CN': '人设 id（personas/ 下的文件名）' },
  contacts: {
    en: 'contacts export, CSV with a header row or JSON: name, tags, stage, lastContactAt, lastReplyAt, unanswered, doNotDisturb',
    'zh-CN': '联系人导出文件，带表头的 CSV 或 JSON：name、tags、stage、lastContactAt、lastReplyAt、unanswered、doNotDisturb',
  },
  week: { en: "ISO week like 2026-W49, or this / next (default: next, in the persona's timezone)", 'zh-CN': 'ISO 周，如 2026-W49，或 this / next（默认 next，按人设所在时区）' },
  format: { en: 'text (also lists who is skipped and why) or json (default: text)', 'zh-CN': 'text（同时列出不联系的人和原因）或 json（默认 text）' },
  seed: { en: 'reroll the scripts: a different seed gives different texts', 'zh-CN': '换一个种子，话术换一批' },
  examples: {
    en: '\nExamples:\n  $ persona touches emma --contacts contacts/emma.csv\n  $ persona touches emma --contacts contacts/emma.json --week 2026-W49 --format json\n\nCaps (defaults; change them under `touches:` in persona.config.yaml): one proactive message per contact per 7 days, a 30-day wait\nafter 2 unanswered, never doNotDisturb, at most 20 a day, 09:00-21:00, never on rest or quiet days.\nContacts are personal data: the list is printed, never saved; keep the file out of git.',
    'zh-CN': '\n示例：\n  $ persona touches a-ning --contacts contacts/a-ning.csv\n  $ persona touches a-ning --contacts contacts/a-ning.json --week 2026-W49 --format json\n\n限额（默认值，可在 persona.config.yaml 的 `touches:` 中修改）：每位联系人 7 天内最多主动发 1 条；连续 2 条未回复后等 30 天；\n免打扰的人不联系；每天最多 20 条；只在 09:00-21:00；休息日和静默日不发。\n联系人属于个人信息：名单只打印不保存；联系人文件不要提交到 git。',
  },
} as const;

export interface TouchesCliOptions {
  contacts?: string;
  week?: string;
  format?: string;
  seed?: string;
}

export function registerTouches(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('touches')
    .description(h('description'))
    .argument('<id>', h('id'))
    .option('--contacts <file>', h('contacts'))
    .option('--week <week>', h('week'))
    .option('--format <format>', h('format'))
    .option('--seed <seed>', h('seed'))
    .addHelpText('after', h('examples'))
    .action(async (id: string, opts: TouchesCliOptions) => {
      const { runTouches } = await import('../actions/touches.js');
      ctx.setExit(await runTouches({ id, ...opts, config: ctx.globals().config }, ctx.io));
    });
}
