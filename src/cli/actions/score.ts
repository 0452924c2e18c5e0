// `persona score`: a salesperson pastes a draft and sees its salesiness, what raised it, and a gentler version.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { Lang } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import type { Locale } from '../../model/common.js';
import { PersonaError } from '../../model/errors.js';
import { loadWorkspace, readText } from '../../load/workspace.js';
import { msg as lintMsg } from '../../lint/messages.js';
import { gentler } from '../../lint/rewrite.js';
import { sortStable } from '../../lint/sort-small.js';
import { createScorer, type Finding, type LintScorer } from '../../lint/score.js';
import { EXIT, type Io } from '../io.js';
import { readMatcherTables } from '../../load/matcher-snapshot.js';

/** Hits listed for one text; the rest are counted. */
const MAX_LISTED = 30;
/** Longest text a gentler version is offered for (characters): a draft, not a book. */
const MAX_REWRITE = 5000;

interface Options {
  file?: string;
  locale?: Locale;
  lines?: boolean;
  format: 'text' | 'json';
  config?: string;
}

/** Chinese when at least a fifth of the letters are CJK characters. */
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

export function detectLocale(text: string): Locale {
  let cjk = 0;
  let letters = 0;
  for (const ch of text) {
    if (HAN.test(ch)) cjk++;
    else if (LETTER.test(ch)) letters++;
  }
  // A CJK character carries about a word; compare with latin words, not letters.
  return cjk > 0 && cjk * 5 >= letters / 5 ? 'zh-CN' : 'en';
}

function bar(value: number): string {
  const full = Math.round(value * 10);
  return '█'.repeat(full) + '░'.repeat(10 - full);
}

function hitJson(f: Finding, lang: Lang): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    match: f.match,
    message: t(lang, f.message),
    start: f.start,
    end: f.end,
    severity: f.severity,
    weight: f.weight,
    ...(f.mention ? { mention: true } : {}),
    ...(f.gentler !== undefined ? { gentler: f.gentler } : {}),
  };
}

function verdict(value: number, threshold: number, lang: Lang): string {
  if (value >= threshold) return t(lang, lintMsg('score-hard', { threshold }));
  return t(lang, lintMsg(value >= 0.2 ? 'score-soft' : 'score-calm'));
}

function describe(text: string, locale: Locale, scorer: LintScorer, threshold: number, io: Io): string {
  const c = new Chalk({ level: io.color ? 1 : 0 });
  const a = scorer.analyze(text, locale);
  const tone = a.salesiness >= threshold ? c.red : a.salesiness >= 0.2 ? c.yellow : c.green;
  const out = [tone(t(io.lang, lintMsg('score-line', { salesiness: a.salesiness.toFixed(2), bar: bar(a.salesiness), verdict: verdict(a.salesiness, threshold, io.lang) })))];
  const all = a.findings.filter((f) => f.weight > 0 || !f.mention);
  // A pasted book has thousands of hits: the heaviest few say what to change, and a count says the rest.
  const shown = all.length > MAX_LISTED ? sortStable([...all], (x, y) => y.weight - x.weight).slice(0, MAX_LISTED).sort((x, y) => x.start - y.start) : all;
  if (shown.length === 0) out.push(c.dim(`  ${t(io.lang, lintMsg('score-no-hits'))}`));
  for (const f of shown) {
    const advice =
      f.mention || f.gentler === undefined ? '' : f.gentler ? t(io.lang, lintMsg('score-suggest', { gentler: f.gentler })) : t(io.lang, lintMsg('score-drop'));
    const note = f.mention ? c.dim(` ${t(io.lang, lintMsg('score-mention'))}`) : '';
    // The rule's own message, in the UI language, says what the phrase is ("soft invitation …", "硬性号召 …").
    const message = t(io.lang, f.message).replace(/\n/g, ' ');
    out.push(`  +${f.weight.toFixed(2)}  ${c.bold(message.length > 100 ? `${message.slice(0, 99)}…` : message)}${note}  ${c.dim(f.ruleId)}${advice ? `  → ${advice}` : ''}`);
  }
  if (all.length > shown.length) out.push(c.dim(`  ${t(io.lang, lintMsg('score-more-hits', { n: all.length - shown.length }))}`));
  // A gentler version of a draft, not of a whole book.
  const rewrite = text.length <= MAX_REWRITE ? gentler(text, a.findings, locale) : text.trim();
  if (rewrite !== text.trim() && a.findings.some((f) => !f.mention && f.gentler !== undefined)) {
    out.push('', c.bold(t(io.lang, lintMsg('score-gentler-heading'))));
    if (rewrite) {
      out.push(...rewrite.split('\n').map((l) => `  ${l}`));
      out.push(c.dim(`  ${t(io.lang, lintMsg('score-gentler-result', { salesiness: scorer.analyze(rewrite, locale).salesiness.toFixed(2) }))}`));
    } else out.push(`  ${t(io.lang, lintMsg('score-gentler-empty'))}`);
  }
  return out.join('\n');
}

async function input(options: Options, io: Io): Promise<string> {
  if (options.file && options.file !== '-') {
    const file = resolve(io.cwd, options.file);
    // The draft itself typed where a file name goes: say how to pass text, not only that no such file exists.
    if (!existsSync(file) && /[\s\u3000-\u9fff\uff00-\uffef!?！？]/.test(options.file)) {
      throw new PersonaError({ code: 'usage', message: lintMsg('score-text-as-file', { text: options.file.length > 24 ? `${options.file.slice(0, 24)}…` : options.file }), hint: lintMsg('score-text-as-file-hint') });
    }
    return readText(file, io.cwd);
  }
  if (io.stdinIsTTY) io.stderr(`${t(io.lang, lintMsg('score-paste'))}\n`);
  return io.readStdin();
}

/** The longest text `persona score` takes as one draft, in characters (--lines has no limit: each line is its own). */
export const MAX_DRAFT = 200_000;

export async function runScore(options: Options, shell: Io): Promise<number> {
  const ws = loadWorkspace({ cwd: shell.cwd, ...(options.config ? { config: options.config } : {}) });
  const threshold = ws.policy.density.marketingThreshold;
  const raw = (await input(options, shell)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new PersonaError({ code: 'usage', message: lintMsg('score-empty-input'), hint: lintMsg('score-empty-hint') });
  // A photo or a zip piped in by mistake: NUL bytes, or more than one character in twenty undecodable.
  if (raw.includes('\u0000') || (raw.match(/\uFFFD/g)?.length ?? 0) * 20 > raw.length) {
    throw new PersonaError({ code: 'usage', message: lintMsg('score-not-text', { source: options.file && options.file !== '-' ? options.file : 'stdin' }), hint: lintMsg('score-not-text-hint') });
  }
  // A draft is a post or a broadcast; a whole book scored as one text says nothing useful and takes a while.
  if (!options.lines && raw.length > MAX_DRAFT) {
    throw new PersonaError({ code: 'usage', message: lintMsg('score-too-long', { length: raw.length, max: MAX_DRAFT }), hint: lintMsg('score-too-long-hint') });
  }
  // Unless the user chose a UI language, the report speaks the draft's: a Chinese draft on a machine set to
  // the C locale (a container, a fresh server) gets Chinese labels and messages.
  const io: Io = shell.langChosen ? shell : { ...shell, lang: options.locale ?? detectLocale(raw) };
  const scorer = createScorer({ bannedWords: ws.policy.bannedWords, tables: readMatcherTables });

  if (options.lines) {
    const lines = raw
      .split('\n')
      .map((text, i) => ({ line: i + 1, text }))
      .filter((l) => l.text.trim());
    if (options.format === 'json') {
      const out = lines.map(({ line, text }) => {
        const locale = options.locale ?? detectLocale(text);
        const a = scorer.analyze(text, locale);
        // The gentler line, as the whole-text JSON and the text view give it: what a tool offers the writer.
        const rewrite = text.length <= MAX_REWRITE ? gentler(text, a.findings, locale) : text.trim();
        return { line, salesiness: a.salesiness, hits: a.findings.map((f) => hitJson(f, io.lang)), gentler: { text: rewrite, salesiness: rewrite ? scorer.analyze(rewrite, locale).salesiness : 0 } };
      });
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      const blocks = lines.map(({ line, text }) => `${line}: ${text}\n${describe(text, options.locale ?? detectLocale(text), scorer, threshold, io)}`);
      io.stdout(`${blocks.join('\n\n')}\n`);
    }
    return EXIT.ok;
  }

  const text = raw.trim();
  const locale = options.locale ?? detectLocale(text);
  if (options.format === 'json') {
    const a = scorer.analyze(text, locale);
    const rewrite = gentler(text, a.findings, locale);
    io.stdout(
      `${JSON.stringify(
        {
          salesiness: a.salesiness,
          locale,
          marketing: a.salesiness >= threshold,
          hits: a.findings.map((f) => hitJson(f, io.lang)),
          gentler: { text: rewrite, salesiness: rewrite ? scorer.analyze(rewrite, locale).salesiness : 0 },
        },
        null,
        2,
      )}\n`,
    );
  } else io.stdout(`${describe(text, locale, scorer, threshold, io)}\n`);
  return EXIT.ok;
}
