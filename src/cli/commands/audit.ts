// `persona audit`: registration and help; the work is in actions/audit.ts.
import type { Command } from 'commander';
import { helpTexts, type CommandContext } from '../context.js';

const HELP = {
  description: {
    en: 'check what was actually posted against the density rules and the lint engine',
    'zh-CN': '对照密度规则和推销腔检查，核查实际发出的朋友圈',
  },
  history: {
    en: "posting history: CSV with a header row or JSON, fields at (ISO 8601 with offset, or a local time as Excel saves it, in the persona's time zone), text, optional kind",
    'zh-CN': '发帖记录：带表头的 CSV 或 JSON，字段 at（带时区偏移的 ISO 8601，或 Excel 存的本地时间，按人设时区读）、text，可选 kind',
  },
  persona: { en: 'whose history it is (persona id): its rules, timezone and words to avoid apply', 'zh-CN': '这是谁的发帖记录（人设 id）：按它的规则、时区和忌用词检查' },
  format: { en: 'text or json (default: text)', 'zh-CN': 'text 或 json（默认 text）' },
  examples: {
    en: '\nExamples:\n  $ persona audit exports/emma-november.csv --persona emma\n  $ persona audit history.json --persona lin-cha --format json\n\nExit codes: 0 within the rules, 1 violations found, 2 bad input.',
    'zh-CN': '\n示例：\n  $ persona audit exports/lin-cha-11月.csv --persona lin-cha\n  $ persona audit history.json --persona lin-cha --format json\n\n退出码：0 没有违规，1 发现违规，2 输入有误。',
  },
} as const;

export interface AuditCliOptions {
  persona?: string;
  format?: string;
}

export function registerAudit(program: Command, ctx: CommandContext): Command {
  const h = helpTexts(HELP, ctx.io.lang);
  return program
    .command('audit')
    .description(h('description'))
    .argument('<history>', h('history'))
    .option('--persona <id>', h('persona'))
    .option('--format <format>', h('format'))
    .addHelpText('after', h('examples'))
    .action(async (history: string, opts: AuditCliOptions) => {
      const { runAudit } = await import('../actions/audit.js');
      ctx.setExit(await runAudit({ history, ...opts, config: ctx.globals().config }, ctx.io));
    });
}
