// `--format json`: one object per template, messages in the UI language; suppressed findings kept apart (as ESLint does).
import { t } from '../../i18n/translate.js';
import type { LintMessage } from '../lint-template.js';
import type { LintFormatter } from './types.js';
import type { Problem } from '../../model/errors.js';
import { problemText } from './common.js';
import type { Lang } from '../../i18n/text.js';

/** Optional fields are set after the fact, in the same order, rather than spread from objects made only to be spread. */
function message(m: LintMessage, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: t(lang, m.message),
    match: m.match,
  };
  if (m.persona) out.persona = m.persona;
  if (m.product) out.product = m.product;
  if (m.gentler !== undefined) out.gentler = m.gentler;
  return out;
}

/**
 * A file that could not be linted (front matter or template syntax), as ESLint reports a parse error: an entry of
 * its own, after the linted files, with one fatal message and no kind or salesiness, so a pipeline reading only
 * this output still sees the file fail.
 */
function fatal(p: Problem, lang: Lang): Record<string, unknown> {
  const line = p.line ?? 1;
  const column = p.column ?? 1;
  return {
    file: p.file ?? '',
    kind: null,
    salesiness: null,
    messages: [{ ruleId: null, code: p.code, fatal: true, severity: 'error', line, column, endLine: line, endColumn: column, message: problemText(p, lang), match: '' }],
    suppressedMessages: [],
  };
}

export const json: LintFormatter = (report, { lang }) =>
  `${JSON.stringify(
    [
      ...report.results.map((r) => ({
        file: r.file,
        kind: r.kind,
        salesiness: r.salesiness,
        messages: r.messages.map((m) => message(m, lang)),
        suppressedMessages: r.suppressed.map((m) => {
          const out = message(m, lang);
          if (m.justification) out.justification = m.justification;
          return out;
        }),
      })),
      ...(report.unusable ?? []).filter((p) => p.file).map((p) => fatal(p, lang)),
    ],
    null,
    2,
  )}\n`;
