// `persona audit`: a posting-history export checked against a persona's density rules and the lint engine;
// every violation with its dates and numbers; exit 1 when there is any.
import { Chalk } from 'chalk';
import type { Text } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { loadPersonas, loadWorkspace } from '../../load/workspace.js';
import { PersonaError } from '../../model/errors.js';
import { effectiveRules } from '../../model/rules.js';
import { audit, AUDIT_RULES, type AuditRule } from '../../audit/audit.js';
import { parseHistory } from '../../audit/history.js';
import { msg } from '../../audit/messages.js';
import { msg as planMsg } from '../../plan/messages.js';
import { createZoneClocks, dayNumber } from '../../plan/time.js';
import { readExport } from '../export-file.js';
import { EXIT, type Io } from '../io.js';
import type { AuditCliOptions } from '../commands/audit.js';
import { readMatcherTables } from '../../load/matcher-snapshot.js';

export interface AuditOptions extends AuditCliOptions {
  history: string;
  config?: string;
}

function usage(message: Text): never {
  throw new PersonaError({ code: 'usage', message });
}

function ruleName(rule: AuditRule): Text {
  return rule === 'lint' ? msg('rule.lint') : planMsg(`rule.${rule}`);
}

export async function runAudit(options: AuditOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') usage(msg('bad-format', { value: format }));
  if (!options.persona) usage(msg('persona-required'));

  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const loaded = loadPersonas(ws, [options.persona]);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const persona = loaded.items[0]!;

  const { records, file } = readExport(options.history, io);
  // Times without an offset (as Excel saves them) are the persona's own clock.
  const clock = createZoneClocks()(persona.timezone);
  const history = parseHistory(records, file, (isoDate, minute) => clock.instantOf(dayNumber(isoDate), minute)?.epochMs ?? null, persona.timezone);
  if (!history.ok) throw new PersonaError(history.problems);
  if (history.value.length === 0) throw new PersonaError({ code: 'schema', file, line: 1, message: msg('empty-history'), hint: msg('empty-history-hint') });

  const { createScorer } = await import('../../lint/score.js');
  const { createCalendar } = await import('../../calendar/index.js');
  const calendar = createCalendar({ holidays: ws.policy.holidays, builtinQuietDays: ws.policy.calendar.builtinQuietDays, quietSeasons: ws.policy.calendar.quietSeasons });
  const report = audit({
    persona: { id: persona.id, name: persona.name, timezone: persona.timezone, locale: persona.locale, avoid: persona.voice.avoid },
    rules: effectiveRules(persona, ws.policy),
    posts: history.value,
    scorer: createScorer({ bannedWords: ws.policy.bannedWords, tables: readMatcherTables }),
    isQuiet: (iso) => calendar.dayInfo(iso, persona.locale).quiet,
  });

  const lang = io.lang;
  const marketing = report.posts.filter((p) => p.marketing).length;
  if (format === 'json') {
    const json = {
      persona: report.persona,
      file,
      from: report.from,
      to: report.to,
      posts: report.posts.length,
      marketing,
      violations: report.violations.map((v) => ({ rule: v.rule, from: v.from, to: v.to, lines: v.lines, message: t(lang, v.message), ...v.data })),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return report.violations.length ? EXIT.findings : EXIT.ok;
  }

  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  const out: string[] = [
    chalk.bold(t(lang, msg('heading', { name: persona.name, persona: persona.id, posts: report.posts.length, from: report.from, to: report.to, marketing, timezone: persona.timezone }))),
    '',
  ];
  const rules = AUDIT_RULES.filter((r) => report.violations.some((v) => v.rule === r));
  for (const rule of rules) {
    out.push(chalk.bold(t(lang, ruleName(rule))));
    for (const v of report.violations.filter((x) => x.rule === rule)) {
      out.push(`  ${chalk.red('✗')} ${t(lang, v.message)} ${chalk.dim(`(${file}: ${t(lang, msg('lines', { lines: v.lines.join(', ') }))})`)}`);
    }
    out.push('');
  }
  out.push(report.violations.length ? chalk.bold(t(lang, msg('summary', { count: report.violations.length, rules: rules.length }))) : t(lang, msg('clean')));
  io.stdout(`${out.join('\n')}\n`);
  return report.violations.length ? EXIT.findings : EXIT.ok;
}
