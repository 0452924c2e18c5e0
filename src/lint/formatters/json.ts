// `--format json`: one object per template, messages in the UI language; suppressed findings kept apart (as ESLint does).
import { t } from '../../i18n/translate.js';
import type { LintMessage } from '../lint-template.js';
import type { LintFormatter } from './types.js';
import type { Lang } from '../../i18n/text.js';

function message(m: LintMessage, lang: Lang): Record<string, unknown> {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: t(lang, m.message),
    match: m.match,
    ...(m.persona ? { persona: m.persona } : {}),
    ...(m.product ? { product: m.product } : {}),
    ...(m.gentler !== undefined ? { gentler: m.gentler } : {}),
  };
}

export const json: LintFormatter = (report, { lang }) =>
  `${JSON.stringify(
    report.results.map((r) => ({
      file: r.file,
      kind: r.kind,
      salesiness: r.salesiness,
      messages: r.messages.map((m) => message(m, lang)),
      suppressedMessages: r.suppressed.map((m) => ({ ...message(m, lang), ...(m.justification ? { justification: m.justification } : {}) })),
    })),
    null,
    2,
  )}\n`;
