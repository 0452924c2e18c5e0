// `--format stylish` (default): ESLint's terminal layout, grouped by file, with the template's salesiness.
import { Chalk } from 'chalk';
import { t } from '../../i18n/translate.js';
import { textWidth as width } from '../../i18n/width.js';
import { msg } from '../messages.js';
import { counts, messageText, renderedFor } from './common.js';
import type { LintFormatter } from './types.js';

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

export const stylish: LintFormatter = (report, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  const label = { error: c.red(t(lang, msg('error'))), warning: c.yellow(t(lang, msg('warning'))), info: c.blue(t(lang, msg('info'))) };
  const labelWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => width(t(lang, msg(s)))));
  let files = 0;
  for (const r of report.results) {
    if (r.messages.length === 0) continue;
    files++;
    const ceiling = report.ceilings[r.kind] ?? 1;
    const header = t(lang, msg('file-header', { kind: r.kind, salesiness: r.salesiness.toFixed(2), ceiling: ceiling.toFixed(2) }));
    out.push(`${c.underline(r.file)}  ${c.dim(header)}`);
    const rows = r.messages.map((m) => {
      const who = renderedFor(m, lang);
      return { pos: `${m.line}:${m.column}`, severity: m.severity, text: `${messageText(m, lang)}${who ? ` [${who}]` : ''}`, rule: m.ruleId };
    });
    const posWidth = Math.max(...rows.map((x) => x.pos.length));
    const textColumns = Math.min(80, Math.max(...rows.map((x) => width(x.text))));
    for (const row of rows) {
      const sev = label[row.severity] + ' '.repeat(labelWidth - width(t(lang, msg(row.severity))));
      out.push(`  ${c.dim(row.pos.padEnd(posWidth))}  ${sev}  ${pad(row.text, textColumns)}  ${c.dim(row.rule)}`);
    }
    out.push('');
  }
  const n = counts(report.results);
  const total = n.error + n.warning + n.info;
  const templates = report.results.length;
  // A file that could not be linted fails the run: never a check mark beside it.
  const unusable = report.unusable?.length ?? 0;
  if (unusable) out.push(c.red.bold(`✖ ${t(lang, msg('summary-unusable', { n: unusable, templates }))}`));
  if (total === 0) {
    // --quiet hid warnings: no errors is not no problems.
    if (!unusable) out.push(c.green(`✔ ${t(lang, report.hidden ? msg('summary-no-errors', { templates, hidden: report.hidden }) : msg('summary-clean', { templates }))}`));
  } else {
    // Notes alone (soft invitations) never fail a run, so they do not get the failure mark either.
    const mark = n.error ? '✖' : n.warning ? '⚠' : 'ℹ';
    const line = `${mark} ${t(lang, msg('summary-problems', { problems: total, files, templates, errors: n.error, warnings: n.warning, infos: n.info }))}`;
    out.push(n.error ? c.red.bold(line) : n.warning ? c.yellow.bold(line) : c.bold(line));
  }
  const suppressed = report.results.reduce((sum, r) => sum + r.suppressed.length, 0);
  if (suppressed) out.push(c.dim(`  ${t(lang, msg('summary-suppressed', { n: suppressed }))}`));
  out.push(c.dim(`  ${t(lang, report.personas ? msg('summary-rendered', { renders: report.renders, personas: report.personas }) : msg('summary-static-only'))}`));
  return `${out.join('\n')}\n`;
};
