// `--format json`: one object per template, messages in the UI language; suppressed findings kept apart (as ESLint does).
import { t } from '../../i18n/translate.js';
import type { LintMessage } from '../lint-template.js';
import type { LintFormatter } from './types.js';
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

export const json: LintFormatter = (report, { lang }) =>
  `${JSON.stringify(
    report.results.map((r) => ({
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
    null,
    2,
  )}\n`;
