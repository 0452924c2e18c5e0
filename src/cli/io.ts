// What commands may touch of the outside world, passed in so tests can drive the CLI in-process.
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import type { Problem } from '../model/errors.js';
import { msg } from './messages.js';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `persona score -`). */
  readStdin: () => Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Wall clock, read once at the edge and passed down as a value. */
  now: Date;
  /** Colour on standard output (NO_COLOR, FORCE_COLOR and TTY already decided). */
  color: boolean;
  debug: boolean;
  /** UI language (content language stays the persona's locale). */
  lang: Lang;
  /** Whether the user chose the UI language (see langChosen); otherwise `persona score` follows the draft's. */
  langChosen?: boolean;
  /**
   * Whether the language was asked for by name (--lang, PERSONA_LANG) rather than taken from the system: then plan
   * files speak it too; otherwise each persona's files speak the persona's language (they are for that salesperson).
   */
  langAsked?: boolean;
}

export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** Colour decision the way users expect: NO_COLOR wins, FORCE_COLOR forces, otherwise only on a TTY. */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export function where(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (!p.file) return '';
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
}

/** `severity` labels the line: errors make the input unusable (exit 2), warnings are findings (exit 1). */
export function formatProblem(p: Problem, lang: Lang, severity: 'error' | 'warning' = 'error'): string {
  const at = where(p);
  const message = t(lang, p.message);
  const lines = [`${at ? `${at}: ` : ''}${t(lang, msg(severity))}[${p.code}]: ${message}`];
  if (p.path && !message.includes(p.path)) lines.push(`  ${t(lang, msg('field'))}: ${p.path}`);
  if (p.expected) lines.push(`  ${t(lang, msg('expected'))}: ${t(lang, p.expected)}`);
  if (p.hint) lines.push(`  ${t(lang, msg('fix'))}: ${t(lang, p.hint)}`);
  return lines.join('\n');
}

/** A problem as plain JSON in the UI language, for `--format json` outputs. */
export function problemJson(p: Problem, lang: Lang): Record<string, unknown> {
  return {
    code: p.code,
    message: t(lang, p.message),
    ...(p.file ? { file: p.file } : {}),
    ...(p.line ? { line: p.line } : {}),
    ...(p.column ? { column: p.column } : {}),
    ...(p.path ? { path: p.path } : {}),
    ...(p.expected ? { expected: t(lang, p.expected) } : {}),
    ...(p.hint ? { hint: t(lang, p.hint) } : {}),
  };
}
