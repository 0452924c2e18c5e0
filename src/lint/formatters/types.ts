// What every lint output format gets: the results, the UI language, colour, and the tool version for SARIF.
import type { Lang } from '../../i18n/text.js';
import type { Problem } from '../../model/errors.js';
import type { TemplateLint } from '../lint-template.js';

export interface LintReport {
  results: readonly TemplateLint[];
  /** Ceiling per kind, for the stylish header. */
  ceilings: Readonly<Record<string, number>>;
  /** Strict renders checked (0 when no personas were found). */
  renders: number;
  personas: number;
  /** Input problems (templates that cannot be read or parsed), also printed on standard error; the run fails
   *  with exit 2. */
  unusable?: readonly Problem[];
  /** Warnings and notes left out by --quiet. */
  hidden?: number;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  version: string;
}

export type LintFormatter = (report: LintReport, options: FormatOptions) => string;
