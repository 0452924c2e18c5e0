// A fast path for the front matter templates actually have (`key: scalar`, `key: [a, b]`, `key:` + `- item`
// lines), so loading a library for a plan or linting 10,000 templates does not build a YAML document with
// positions, nor load zod, for each. Anything else —
// quotes with escapes, anchors, nested maps, null — returns null and the full loader (with positions) takes over.
import { isSeasonId } from '../calendar/seasons.js';
import { CHAT_CASES, CHAT_STAGES, LOCALES, SLUG, TEMPLATE_KINDS, TIMES_OF_DAY, WEEKDAYS, type ChatStage, type Locale } from '../model/constants.js';
import type { FrontMatter, Template } from '../model/template.js';
import type { FrontMatterSplit } from './files.js';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const BOOL: Readonly<Record<string, boolean>> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
/** YAML 1.2 core schema ints and floats (what `yaml` resolves a plain scalar to a number by). */
const CORE_NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const NULLS = new Set(['null', 'Null', 'NULL', '~']);
/** Characters that give a plain YAML scalar another meaning when they start it. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`~.+]/;

type Scalar = string | number | boolean;

/** A word that can only be a string in YAML 1.2 (no indicator, space, quote or comment; not a keyword or number). */
const PLAIN_WORD = /^[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff-]*$/;

function mayBeKeyword(word: string): boolean {
  const c = word.charCodeAt(0) | 32;
  return (word.length === 4 || word.length === 5) && (c === 116 || c === 102 || c === 110);
}

/** undefined when the scalar is outside the subset (the full YAML parser must decide). Exported for tests. */
export function scalar(raw: string, inFlow: boolean): Scalar | undefined {
  // Most values are one word ("lifestyle", "zh-CN", "tea") or a plain number: decided without the checks below.
  // Only a word of four or five letters starting t, f or n can be a boolean or null: the look-ups hash the word.
  if (PLAIN_WORD.test(raw)) return !mayBeKeyword(raw) ? raw : Object.hasOwn(BOOL, raw) ? BOOL[raw] : NULLS.has(raw) ? undefined : raw;
  if (NUMBER.test(raw)) return Number(raw);
  let text = raw;
  const hash = text.search(/[ \t]#/);
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text[0]!;
    const close = text.indexOf(quote, 1);
    if (close < 0) return undefined;
    const inner = text.slice(1, close);
    const rest = text.slice(close + 1).trim();
    if (rest && !rest.startsWith('#')) return undefined;
    if (quote === '"' && inner.includes('\\')) return undefined;
    if (quote === "'" && inner.includes("'")) return undefined;
    return inner;
  }
  if (hash >= 0) text = text.slice(0, hash);
  text = text.trim();
  if (!text) return undefined;
  if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) return undefined;
  if (inFlow && /[[\]{},]/.test(text)) return undefined;
  if (NUMBER.test(text)) return Number(text);
  if (Object.hasOwn(BOOL, text)) return BOOL[text];
  // Other notations of numbers (1e3, 0x1F, 1.), null, and indicators: the YAML parser decides.
  if (CORE_NUMBER.test(text) || NULLS.has(text) || SPECIAL_START.test(text)) return undefined;
  return text;
}

/** A flow list `[a, b]`; undefined when outside the subset. Exported for tests. */
export function flow(raw: string): Scalar[] | undefined {
  const text = raw.replace(/[ \t]+#.*$/, '').trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1).trim();
  if (!inner) return [];
  const out: Scalar[] = [];
  for (const part of inner.split(',')) {
    const v = scalar(part.trim(), true);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

const BLANK_OR_COMMENT = /^[ \t]*(?:#|$)/;

/**
 * Whether yaml[from, to) is a line YAML skips: blanks only, or a comment. Decided from the first character after
 * spaces and tabs for the usual line (a key or an item), sparing two regular expression runs per line of
 * 10,000 front matters.
 */
function skipped(yaml: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (yaml.charCodeAt(i) === 32 || yaml.charCodeAt(i) === 9)) i++;
  if (i === to || yaml.charCodeAt(i) === 35) return true;
  const c = yaml.charCodeAt(i);
  // ASCII other than the whitespace of \s cannot start a blank line.
  if (c < 128 && c !== 10 && c !== 11 && c !== 12 && c !== 13) return false;
  const line = yaml.slice(from, to);
  return BLANK_OR_COMMENT.test(line) || !/\S/.test(line);
}

/** What `.` of a regular expression does not match: the rest of a key or item line may not hold these. */
function endsLine(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Letters, digits, `_` and `-`: what follows the first character of a key (`[\w-]`). */
function isKeyCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** Where the rest of the line from `from` has a character `.` does not match, else -1. */
function lineBreakIn(yaml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (endsLine(yaml.charCodeAt(i))) return i;
  return -1;
}

/**
 * `key: value` on yaml[from, to) as /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/ reads it, from offsets: the end of the
 * key (the colon) and where the value starts (`to` when there is none), or null.
 */
function keyLine(yaml: string, from: number, to: number): { colon: number; value: number } | null {
  const first = yaml.charCodeAt(from);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95)) return null;
  let i = from + 1;
  while (i < to && isKeyCode(yaml.charCodeAt(i))) i++;
  if (i === to || yaml.charCodeAt(i) !== 58) return null;
  const colon = i;
  if (colon + 1 === to) return { colon, value: to };
  if (!isSpaceOrTab(yaml.charCodeAt(colon + 1))) return null;
  let v = colon + 1;
  while (v < to && isSpaceOrTab(yaml.charCodeAt(v))) v++;
  return lineBreakIn(yaml, v, to) >= 0 ? null : { colon, value: v };
}

/** `  - item` on yaml[from, to) as /^[ \t]+-[ \t]+(.*)$/ reads it: where the item starts, or -1. */
function itemLine(yaml: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceOrTab(yaml.charCodeAt(i))) i++;
  if (i === from || i === to || yaml.charCodeAt(i) !== 45) return -1;
  let v = i + 1;
  while (v < to && isSpaceOrTab(yaml.charCodeAt(v))) v++;
  if (v === i + 1) return -1;
  return lineBreakIn(yaml, v, to) >= 0 ? -1 : v;
}

/** Whether the indent of `length` characters at `at` is the one at `first` (and no longer there). */
function sameIndent(yaml: string, first: number, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (yaml.charCodeAt(first + k) !== yaml.charCodeAt(at + k)) return false;
  return !isSpaceOrTab(yaml.charCodeAt(first + length));
}

/** Keys templates use, as constants: a key sliced from the text is hashed afresh for every look-up and store. */
const KNOWN_KEYS = ['kind', 'topics', 'products', 'stage', 'case', 'locale', 'salesiness', 'cooldownDays', 'weight', 'time', 'images', 'season', 'days'] as const;

/** The key yaml[from, to), one of KNOWN_KEYS when it is one. */
function keyAt(yaml: string, from: number, to: number): string {
  for (const k of KNOWN_KEYS) if (k.length === to - from && yaml.startsWith(k, from)) return k;
  return yaml.slice(from, to);
}

/** Where a line ends without its `\r`. */
function contentEnd(yaml: string, from: number, end: number): number {
  return end > from && yaml.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * The front matter as data, or null when it needs the full YAML parser. Lines are walked by offsets: splitting
 * into lines and matching each with regular expressions allocated more than the rest of reading a template.
 */
export function fastFrontMatter(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let any = false;
  for (let start = 0; start <= yaml.length; ) {
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = yaml.length;
    const to = contentEnd(yaml, start, end);
    let next = end + 1;
    if (!skipped(yaml, start, to)) {
      const m = keyLine(yaml, start, to);
      if (!m) return null;
      const key = keyAt(yaml, start, m.colon);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype' || Object.hasOwn(data, key)) return null;
      const raw = yaml.slice(m.value, to).trim();
      if (!raw || raw.startsWith('#')) {
        const items: Scalar[] = [];
        let indent = -1;
        // The lines after the key, while they are items (or lines YAML skips).
        while (next <= yaml.length && end < yaml.length) {
          let itemEnd = yaml.indexOf('\n', next);
          if (itemEnd < 0) itemEnd = yaml.length;
          const itemTo = contentEnd(yaml, next, itemEnd);
          if (skipped(yaml, next, itemTo)) {
            end = itemEnd;
            next = itemEnd + 1;
            continue;
          }
          const at = itemLine(yaml, next, itemTo);
          if (at < 0) break;
          let own = next;
          while (own < itemTo && isSpaceOrTab(yaml.charCodeAt(own))) own++;
          // Every item indented alike: the same spaces and tabs as the first item.
          if (indent < 0) indent = next;
          else if (!sameIndent(yaml, indent, next, own - next)) return null;
          const v = scalar(yaml.slice(at, itemTo), false);
          if (v === undefined) return null;
          items.push(v);
          end = itemEnd;
          next = itemEnd + 1;
        }
        if (items.length === 0) return null;
        data[key] = items;
      } else if (raw.startsWith('[')) {
        const list = flow(raw);
        if (!list) return null;
        data[key] = list;
      } else {
        const v = scalar(raw, false);
        if (v === undefined) return null;
        data[key] = v;
      }
      any = true;
    }
    if (end >= yaml.length) break;
    start = next;
  }
  // Empty front matter is YAML null; the loader decides what that means.
  return any ? data : null;
}

/** The keys a template's front matter may have (frontMatterSchema is strict); the fast check knows these. */
const FAST_KEYS: ReadonlySet<string> = new Set(KNOWN_KEYS);

function strings(value: unknown, each: (s: string) => boolean): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  for (const v of value) if (typeof v !== 'string' || !each(v)) return null;
  return value as string[];
}

/** The member of `values` equal to `value` (which the caller has checked is one). */
function canonical<T extends string>(values: readonly T[], value: string): T {
  return values[values.indexOf(value as T)]!;
}

/**
 * The front matter of a post template as frontMatterSchema would return it, for the shape nearly every
 * template has (chat stages and cases and seasons included), or null for anything else — unknown keys, a value
 * out of range — which the schema itself then checks (and reports with positions). Checking the common shape by hand keeps
 * zod out of `persona lint` on a templates folder alone; a test holds the two to the same answers.
 */
export function fastTemplateFrontMatter(data: Readonly<Record<string, unknown>>): FrontMatter | null {
  for (const key in data) if (!FAST_KEYS.has(key)) return null;
  const { kind, stage, locale, salesiness, cooldownDays } = data;
  if (typeof kind !== 'string' || !(TEMPLATE_KINDS as readonly string[]).includes(kind)) return null;
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) return null;
  // A chat template names its stage, and only a chat template has one; a case must be one of its stage's.
  if (kind === 'chat' ? !(typeof stage === 'string' && (CHAT_STAGES as readonly string[]).includes(stage)) : stage !== undefined) return null;
  if (data.case !== undefined && !(typeof data.case === 'string' && CHAT_CASES[stage as ChatStage]?.includes(data.case))) return null;
  const topics = strings(data.topics, (s) => SLUG.test(s));
  const products = strings(data.products, (s) => s.length > 0);
  const images = strings(data.images, (s) => s.length > 0);
  const season = strings(typeof data.season === 'string' ? [data.season] : data.season, (s) => isSeasonId(s, locale as Locale));
  const days = data.days === undefined ? undefined : strings(data.days, (s) => (WEEKDAYS as readonly string[]).includes(s));
  if (!topics || !products || !images || !season || days === null || days?.length === 0) return null;
  if (salesiness !== undefined && !(typeof salesiness === 'number' && salesiness >= 0 && salesiness <= 1)) return null;
  if (cooldownDays !== undefined && !(typeof cooldownDays === 'number' && Number.isInteger(cooldownDays) && cooldownDays >= 0)) return null;
  const weight = data.weight ?? 1;
  if (typeof weight !== 'number' || !(weight > 0) || !Number.isFinite(weight)) return null;
  const time = data.time ?? 'any';
  if (typeof time !== 'string' || !(TIMES_OF_DAY as readonly string[]).includes(time)) return null;
  // The schema's own rules for posts: a lifestyle post needs a topic, a product or live post has none.
  if (kind === 'lifestyle' && topics.length === 0) return null;
  if ((kind === 'product' || kind === 'live') && topics.length > 0) return null;
  // The lists are the caller's own (fastFrontMatter builds them fresh), so they are not copied. Keys follow the
  // schema's order, so the two give the same object.
  // The kind, locale, time and stage as the constants they equal: a string sliced from the file is hashed afresh
  // each time it is a property key (ceilings[kind], for every template).
  const fm: FrontMatter = { kind: canonical(TEMPLATE_KINDS, kind), topics, products, locale: canonical(LOCALES, locale), weight, time: canonical(TIMES_OF_DAY, time), images, season };
  if (stage !== undefined) fm.stage = canonical(CHAT_STAGES, stage as string);
  if (data.case !== undefined) fm.case = data.case as string;
  if (salesiness !== undefined) fm.salesiness = salesiness;
  if (cooldownDays !== undefined) fm.cooldownDays = cooldownDays;
  if (days !== undefined) fm.days = days.map((d) => canonical(WEEKDAYS, d));
  return fm;
}

/**
 * A template file read and checked without building a YAML document or loading zod, for the common shape;
 * null for anything unusual, and for every file with a problem, which the full loader then parses so problems
 * keep their file:line:column.
 */
export function fastTemplate(split: ReturnType<typeof splitTemplate>, file: string, id: string): Template | null {
  if (typeof split !== 'object' || !/\S/.test(split.body)) return null;
  const data = fastFrontMatter(split.yaml);
  const fm = data ? fastTemplateFrontMatter(data) : null;
  return fm ? Object.assign(fm, { id, file, body: split.body, bodyLine: split.bodyLine }) : null;
}

const FENCE = /^---[ \t]*\r?$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*\r?$/;

/**
 * splitFrontMatter (src/load/files.ts) without splitting the file into lines and joining them again: the same
 * answer, from offsets (a test holds the two equal).
 */
export function splitTemplate(text: string): FrontMatterSplit | 'missing' | 'unclosed' {
  const firstEnd = text.indexOf('\n');
  if (!FENCE.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return 'missing';
  if (firstEnd < 0) return 'unclosed';
  let lineStart = firstEnd + 1;
  for (let index = 1; ; index++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const c = text.charCodeAt(lineStart);
    if ((c === 45 || c === 46) && CLOSING_FENCE.test(text.slice(lineStart, lineEnd))) {
      return {
        yaml: text.slice(firstEnd + 1, Math.max(firstEnd + 1, lineStart - 1)),
        body: lineEnd < text.length ? text.slice(lineEnd + 1) : '',
        bodyLine: index + 2,
      };
    }
    if (lineEnd === text.length) return 'unclosed';
    lineStart = lineEnd + 1;
  }
}
