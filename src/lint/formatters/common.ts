// Small helpers shared by the lint formats: message text with persona/product, counts per severity.
import type { Lang } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import type { Problem } from '../../model/errors.js';
import type { LintMessage, TemplateLint } from '../lint-template.js';
import { msg } from '../messages.js';
import type { Severity } from '../types.js';

export function messageText(m: LintMessage, lang: Lang): string {
  return t(lang, m.message);
}

/** "persona xiao-mei, product tea-1" for findings that come from rendered output. */
export function renderedFor(m: Pick<LintMessage, 'persona' | 'product'>, lang: Lang): string | null {
  if (!m.persona) return null;
  return t(lang, m.product ? msg('rendered-for-product', { persona: m.persona, product: m.product }) : msg('rendered-for', { persona: m.persona }));
}

export function fullText(m: LintMessage, lang: Lang): string {
  const who = renderedFor(m, lang);
  return who ? `${messageText(m, lang)} (${who})` : messageText(m, lang);
}

export type Counts = Record<Severity, number>;

export function counts(results: readonly TemplateLint[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const m of r.messages) c[m.severity]++;
  return c;
}

/** A problem that kept a file from being linted, in words: what went wrong, what was expected, how to fix it. */
export function problemText(p: Problem, lang: Lang): string {
  return [p.message, p.expected, p.hint]
    .filter((x) => x !== undefined)
    .map((x) => t(lang, x!))
    .join('\n');
}
