// `--format github`: workflow commands that GitHub turns into annotations. Errors come first because GitHub
// shows only 10 annotations of each level per step; the last line says how many were left unannotated.
import { t } from '../../i18n/translate.js';
import type { LintMessage } from '../lint-template.js';
import { msg } from '../messages.js';
import type { Severity } from '../types.js';
import { counts, fullText, problemText } from './common.js';
import type { LintFormatter } from './types.js';

/** GitHub's limit of annotations per level (error, warning, notice) in one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow command escaping (actions/toolkit `escapeData` / `escapeProperty`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: LintFormatter = (report, { lang }) => {
  const lines: string[] = [];
  // A template that cannot be read or parsed stops the run: an error annotation on it, before any finding.
  for (const p of report.unusable ?? []) {
    const props = [
      ...(p.file ? [`file=${escapeProperty(p.file.split('\\').join('/'))}`] : []),
      ...(p.line ? [`line=${p.line}`] : []),
      ...(p.column ? [`col=${p.column}`] : []),
      `title=${escapeProperty(`persona lint: ${p.code}`)}`,
    ];
    lines.push(`::error ${props.join(',')}::${escapeData(problemText(p, lang))}`);
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const r of report.results) {
      for (const m of r.messages.filter((x: LintMessage) => x.severity === severity)) {
        const props = [
          `file=${escapeProperty(r.file.split('\\').join('/'))}`,
          `line=${m.line}`,
          `col=${m.column}`,
          ...(m.endLine > m.line || m.endColumn > m.column ? [`endLine=${m.endLine}`, `endColumn=${m.endColumn}`] : []),
          `title=${escapeProperty(`persona lint: ${m.ruleId}`)}`,
        ];
        lines.push(`::${COMMAND[severity]} ${props.join(',')}::${escapeData(fullText(m, lang))}`);
      }
    }
  }
  const n = counts(report.results);
  // The templates that could not be read are error annotations too, and come first.
  const errors = n.error + (report.unusable?.length ?? 0);
  const hidden = {
    errors: Math.max(0, errors - ANNOTATIONS_PER_LEVEL),
    warnings: Math.max(0, n.warning - ANNOTATIONS_PER_LEVEL),
    infos: Math.max(0, n.info - ANNOTATIONS_PER_LEVEL),
  };
  const total = hidden.errors + hidden.warnings + hidden.infos;
  lines.push(
    t(
      lang,
      msg('github-summary', {
        // The unreadable templates were annotated as errors above: the count says so too.
        errors,
        warnings: n.warning,
        infos: n.info,
        hidden: total,
        detail: total ? msg('github-hidden-detail', hidden) : '',
      }),
    ),
  );
  return `${lines.join('\n')}\n`;
};
