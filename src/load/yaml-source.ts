// YAML with positions: parse once, keep the node ranges, and map schema issues back to file:line:column.
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Alias, Document, ErrorCode as YamlErrorCode, LineCounter, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type * as YamlLib from 'yaml';
import type { z } from 'zod';
import { formatText } from '../model/common.js';
import { WEEKDAYS, type Weekday } from '../model/constants.js';
import { formatPath, type Problem } from '../model/errors.js';
import { closest } from '../model/suggest.js';
import { isText, verbatim, type Text } from '../i18n/text.js';
import { msg } from './messages.js';
import { stripBom } from './files.js';

export { stripBom };

/**
 * The `yaml` package (about 20 ms to load), required on first use: well-formed files take the fast read and
 * never need it; only the careful read, with positions for a message, does.
 */
function yaml(): typeof YamlLib {
  return createRequire(import.meta.url)('yaml') as typeof YamlLib;
}
function isMap(node: unknown): node is YAMLMap<unknown, unknown> {
  return yaml().isMap(node);
}
function isSeq(node: unknown): node is YAMLSeq<unknown> {
  return yaml().isSeq(node);
}
function isPair(node: unknown): node is Pair<unknown, unknown> {
  return yaml().isPair(node);
}
function isScalar(node: unknown): node is Scalar<unknown> {
  return yaml().isScalar(node);
}
function isAlias(node: unknown): node is Alias {
  return yaml().isAlias(node);
}

/** Keys that would reach an object's prototype if a later step assigned them blindly. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Enough for any real profile. The `yaml` package never expands aliases while parsing and counts the
 * nodes each alias would copy while converting, so a "billion laughs" bomb stops here in bounded time and memory.
 */
export const MAX_ALIAS_COUNT = 100;
/** Real profiles nest four or five levels; thousands of `[[[[…` only serve to overflow the stack. */
const MAX_DEPTH = 64;

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines of the file before this YAML starts (front matter starts after the "---" on line 1). */
  lineOffset: number;
}

/** Where a field path points in a file: 1-based line and column. */
export type Locator = (path: readonly PropertyKey[]) => { line: number; column: number };

function position(src: YamlSource, offset: number): { line: number; column: number } {
  const pos = src.lines.linePos(offset);
  return { line: pos.line + src.lineOffset, column: pos.col };
}

/** yaml's own messages are English only; the common ones get our words in both languages. */
const YAML_ERRORS: Partial<Record<YamlErrorCode, Text>> = {
  BAD_INDENT: msg('yaml-bad-indent'),
  TAB_AS_INDENT: msg('yaml-tab'),
  DUPLICATE_KEY: msg('yaml-duplicate-key'),
  MISSING_CHAR: msg('yaml-missing-char'),
  MULTILINE_IMPLICIT_KEY: msg('yaml-implicit-key'),
  BLOCK_AS_IMPLICIT_KEY: msg('yaml-implicit-key'),
  UNEXPECTED_TOKEN: msg('yaml-unexpected'),
  BAD_SCALAR_START: msg('yaml-bad-start'),
  BAD_ALIAS: msg('yaml-bad-alias'),
  MULTIPLE_DOCS: msg('yaml-multiple-docs'),
  BAD_DQ_ESCAPE: msg('yaml-bad-escape'),
  BLOCK_IN_FLOW: msg('yaml-block-in-flow'),
};

function depthExceeded(root: unknown): { offset: number } | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) return { offset: node.range?.[0] ?? 0 };
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The key on the line after `offset`'s, when it is indented deeper than the key on that line ("  emoji: light" then
 * "    signature: …"): yaml reports the value above, where nothing is wrong.
 */
function overIndentedKey(text: string, offset: number): { key: string; offset: number; spaces: number } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) return null;
  const own = /^( *)(- +)?[^\s:#][^:#]*?:(?: |$)/.exec(text.slice(lineStart, lineEnd));
  if (!own) return null;
  // The key's own column: in a list item ("  - id: x") that is past the dash.
  const column = own[1]!.length + (own[2]?.length ?? 0);
  let next = lineEnd + 1;
  // Blank lines and comments in between do not count.
  while (next < text.length) {
    const end = text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next);
    if (!/^\s*(?:#.*)?$/.test(text.slice(next, end))) break;
    next = end + 1;
  }
  const below = /^( +)([^\s:#][^:#]*?):(?: |$)/.exec(text.slice(next, text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next)));
  if (!below || below[1]!.length <= column) return null;
  return { key: below[2]!.trim(), offset: next + below[1]!.length, spaces: column };
}

/**
 * The key on the line of `offset` when it is indented deeper than the key on the line before ("  tone: [warm]"
 * then "     emoji: light"): yaml reports that the items do not line up, and the fix is the same as above.
 */
function overIndentedLine(text: string, offset: number): { key: string; offset: number; spaces: number } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let prevEnd = lineStart - 1;
  // The line before, past blank lines and comments.
  while (prevEnd > 0) {
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (!/^\s*(?:#.*)?$/.test(text.slice(prevStart, prevEnd))) return prevEnd > 0 ? overIndentedKey(text, prevStart) : null;
    prevEnd = prevStart - 1;
  }
  return null;
}

/** The key set again at `offset`, and the offset of its first setting in the same mapping. */
function firstOfDuplicate(root: unknown, offset: number): { key: string; offset: number } | null {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const again = node.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
      if (again && isScalar(again.key)) {
        const key = String(again.key.value);
        const first = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
        return first && isScalar(first.key) ? { key, offset: first.key.range?.[0] ?? offset } : null;
      }
      for (const pair of node.items) stack.push(pair.value);
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return null;
}

function findUnsafeKey(root: unknown): { key: string; offset: number } | null {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && UNSAFE_KEYS.has(String(pair.key.value))) {
          return { key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 };
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return null;
}

/**
 * Text the fast reader may take: no anchors or aliases (their expansion is what the careful reader bounds),
 * no keys that could reach a prototype. Anything else, and every file with a problem, goes the careful way.
 */
const NEEDS_CAREFUL_READ = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]|__proto__|constructor|prototype|\t/;

/** A plain tree of data: what a valid profile, policy or front matter is. */
function plainTree(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => plainTree(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    // A null key (`~:`, `null:`, `{: 1}`) is "null" to js-yaml and "" to yaml: let the careful reader decide.
    if (Object.hasOwn(value, 'null')) return false;
    return Object.values(value).every((v) => plainTree(v, depth + 1));
  }
  return true;
}

export type ParsedYaml = { ok: true; readonly src: YamlSource; data: unknown } | { ok: false; problems: Problem[] };

/**
 * Parse YAML into data. Thousands of profiles are read on every `persona plan --all`, and the `yaml`
 * package (which keeps the node positions our messages need) is several times slower than js-yaml; so
 * well-formed, simple files are read with js-yaml (YAML 1.2 core schema, which both share, so dates stay
 * strings), and the positioned document is built only when a message needs a line and column.
 */
export function parseYaml(rawText: string, file: string, lineOffset = 0): ParsedYaml {
  const text = stripBom(rawText);
  if (!NEEDS_CAREFUL_READ.test(text)) {
    let data: unknown;
    try {
      data = loadFast(text, { schema: CORE_SCHEMA, json: false });
    } catch {
      data = undefined;
    }
    if (data !== undefined && plainTree(data)) {
      let careful: YamlSource | null = null;
      return {
        ok: true,
        data,
        get src(): YamlSource {
          if (!careful) {
            const parsed = parseYamlCarefully(text, file, lineOffset);
            // The fast reader took it, so the careful one does too; were it not, positions fall back to the top.
            careful = parsed.ok ? parsed.src : { file, doc: yaml().parseDocument(''), lines: new (yaml().LineCounter)(), lineOffset };
          }
          return careful;
        },
      };
    }
  }
  return parseYamlCarefully(text, file, lineOffset);
}

function parseYamlCarefully(text: string, file: string, lineOffset: number): { ok: true; src: YamlSource; data: unknown } | { ok: false; problems: Problem[] } {
  const { LineCounter: Lines, parseDocument } = yaml();
  const lines = new Lines();
  const fail = (problem: Omit<Problem, 'file'>) => ({ ok: false as const, problems: [{ file, ...problem }] });
  const tooDeep = () => fail({ code: 'yaml-syntax', line: 1 + lineOffset, message: msg('yaml-too-deep', { max: MAX_DEPTH }), hint: msg('yaml-syntax-hint') });
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    if (err instanceof RangeError) return tooDeep();
    throw err;
  }
  const src: YamlSource = { file, doc, lines, lineOffset };
  if (doc.errors.length > 0) {
    // The first error is the cause; later ones are usually the parser losing its footing.
    const err = doc.errors[0]!;
    // yaml turns its own stack overflow on thousands of nested brackets into an error message.
    if (/call stack/i.test(err.message)) return tooDeep();
    // An unclosed [ { or quote is only noticed lines later; the opener is where the fix goes.
    const unclosed = err.code === 'MISSING_CHAR' || (err.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(err.message));
    const opener = unclosed ? lastOpenerBefore(doc.contents, err.pos[0]) : null;
    // A key set twice: which key, and where it was set first.
    const twice = err.code === 'DUPLICATE_KEY' ? firstOfDuplicate(doc.contents, err.pos[0]) : null;
    if (twice) {
      return fail({
        code: 'yaml-syntax',
        ...position(src, err.pos[0]),
        message: msg('yaml-syntax', { detail: msg('yaml-duplicate-key-named', { key: twice.key, line: position(src, twice.offset).line }) }),
        hint: msg('yaml-duplicate-key-hint', { key: twice.key }),
      });
    }
    // A key indented deeper than the one above reads as more of that key's value: the fix is on its line.
    const deeper =
      err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY' ? overIndentedKey(text, err.pos[0]) : err.code === 'BAD_INDENT' ? overIndentedLine(text, err.pos[0]) : null;
    if (deeper) {
      return fail({
        code: 'yaml-syntax',
        ...position(src, deeper.offset),
        message: msg('yaml-syntax', { detail: msg('yaml-over-indented', { key: deeper.key }) }),
        hint: deeper.spaces === 0 ? msg('yaml-over-indented-hint-top', { key: deeper.key }) : msg('yaml-over-indented-hint', { key: deeper.key, spaces: deeper.spaces }),
      });
    }
    const ours = opener !== null ? msg('yaml-unclosed') : YAML_ERRORS[err.code];
    return fail({
      code: 'yaml-syntax',
      ...position(src, opener ?? err.pos[0]),
      message: msg('yaml-syntax', { detail: ours ?? verbatim(err.message.split('\n')[0] ?? err.code) }),
      hint: msg(opener !== null ? 'yaml-unclosed-hint' : 'yaml-syntax-hint'),
    });
  }
  const deep = depthExceeded(doc.contents);
  if (deep) {
    return fail({ code: 'yaml-syntax', ...position(src, deep.offset), message: msg('yaml-too-deep', { max: MAX_DEPTH }), hint: msg('yaml-syntax-hint') });
  }
  const unsafe = findUnsafeKey(doc.contents);
  if (unsafe) {
    return fail({ code: 'schema', ...position(src, unsafe.offset), path: unsafe.key, message: msg('unsafe-key', { key: unsafe.key }), hint: msg('unsafe-key-hint') });
  }
  try {
    return { ok: true, src, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const firstAlias = firstAliasOffset(doc.contents);
    return fail({
      code: 'yaml-syntax',
      ...position(src, firstAlias),
      message: msg('alias-bomb'),
      hint: msg('alias-hint', { max: MAX_ALIAS_COUNT }),
    });
  }
}

/** Start of the last flow collection or quoted value that opens before `offset`: the one left unclosed. */
function lastOpenerBefore(root: unknown, offset: number): number | null {
  let best: number | null = null;
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    const start = (node as Node | null)?.range?.[0];
    const opens = (isMap(node) || isSeq(node)) ? node.flow === true : isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    if (opens && start !== undefined && start < offset && (best === null || start > best)) best = start;
    if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return best;
}

function firstAliasOffset(root: unknown): number {
  let best = Infinity;
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isAlias(node)) best = Math.min(best, node.range?.[0] ?? Infinity);
    else if (isMap(node)) for (const pair of node.items) stack.push(pair.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return Number.isFinite(best) ? best : 0;
}

function pairAt(node: unknown, key: PropertyKey): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/**
 * The node a field path points at (`at`, for positions) and the value found there. A missing field points at
 * the key of its parent, which is where a reader would add it; an empty value (`voice:`) at its key.
 */
function locate(doc: Document.Parsed, path: readonly PropertyKey[]): { at: Node | null; value: unknown; present: boolean } {
  let node: unknown = doc.contents;
  let anchor: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = pairAt(node, part);
      if (!pair) return { at: anchor as Node | null, value: undefined, present: false };
      anchor = pair.key;
      node = pair.value;
      if (node === null || node === undefined) return { at: pair.key as Node, value: null, present: true };
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      node = node.items[part];
      anchor = node;
    } else {
      // Through an alias or past a scalar: the nearest node we have.
      return { at: (node ?? anchor) as Node | null, value: undefined, present: false };
    }
  }
  return { at: node as Node | null, value: node, present: true };
}

function offsetOf(node: Node | null): number {
  return node?.range?.[0] ?? 0;
}

function keyNode(doc: Document.Parsed, path: readonly PropertyKey[], key: string): Node | null {
  const parent = locate(doc, path);
  const pair = isMap(parent.value) ? pairAt(parent.value, key) : undefined;
  return (pair?.key as Node | undefined) ?? parent.at;
}

type SchemaDef = { def?: { type?: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown } };

/** Keys a strict object accepts at `path`, for "did you mean" suggestions. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const unwrap = (s: unknown): SchemaDef => {
    let cur = s as SchemaDef;
    for (let i = 0; i < 10 && cur?.def; i++) {
      const t = cur.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') cur = cur.def.innerType as SchemaDef;
      else if (t === 'pipe') cur = cur.def.in as SchemaDef;
      else break;
    }
    return cur;
  };
  let current: unknown = schema;
  for (const part of path) {
    const s = unwrap(current);
    if (s?.def?.type === 'object' && typeof part === 'string') current = s.def.shape?.[part];
    else if (s?.def?.type === 'array') current = s.def.element;
    else return [];
  }
  const s = unwrap(current);
  return s?.def?.type === 'object' && s.def.shape ? Object.keys(s.def.shape) : [];
}

const TYPE_NAMES: Record<string, Text> = {
  object: msg('type-mapping'),
  array: msg('type-list'),
  string: msg('type-text'),
  number: msg('type-number'),
  int: msg('type-int'),
  boolean: msg('type-boolean'),
  null: msg('type-null'),
};

function typeName(name: string): Text {
  return TYPE_NAMES[name] ?? verbatim(name);
}

function receivedOf(node: unknown): Text {
  if (isMap(node)) return typeName('object');
  if (isSeq(node)) return typeName('array');
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return typeName('null');
    return typeName(typeof v === 'object' ? 'object' : typeof v);
  }
  return typeName('null');
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function describeExpected(issue: z.core.$ZodIssue): Text | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return msg('one-of', { values: list(issue.values) });
    case 'too_small':
      // A string too short is an empty one: "must not be empty" says it all, without "≥ 1".
      if (issue.origin === 'string') return undefined;
      return issue.origin === 'array' ? msg('at-least-items', { min: String(issue.minimum) }) : verbatim(`${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`);
    case 'too_big':
      return issue.origin === 'array' ? msg('at-most-items', { max: String(issue.maximum) }) : verbatim(`${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`);
    default:
      return undefined;
  }
}

/** Our words for a zod issue: custom refinements carry their own Text, the rest is phrased from the issue's data. */
function describeIssue(issue: z.core.$ZodIssue, node: unknown): Text {
  switch (issue.code) {
    case 'custom': {
      const text = (issue.params as { text?: unknown } | undefined)?.text;
      return isText(text) ? text : msg('invalid-generic');
    }
    case 'invalid_format':
      return formatText(issue.pattern, issue.input ?? (isScalar(node) ? node.value : '')) ?? msg('invalid-generic');
    case 'invalid_type':
      if (issue.expected === 'int') return msg('not-integer');
      return msg('invalid-type', { expected: typeName(issue.expected), received: receivedOf(node) });
    case 'invalid_value':
      return msg('invalid-value', { values: list(issue.values) });
    case 'too_small':
      if (issue.origin === 'array') return msg('too-small-array', { min: String(issue.minimum) });
      if (issue.origin === 'string') return msg('too-small-string');
      return msg('too-small', { op: issue.inclusive ? '≥' : '>', min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return msg('too-big-array', { max: String(issue.maximum) });
      return msg('too-big', { op: issue.inclusive ? '≤' : '<', max: String(issue.maximum) });
    default:
      return msg('invalid-generic');
  }
}

/** How to fix a field the schema refused; our own refinements (custom issues) carry their advice in the message. */
function hintOf(issue: z.core.$ZodIssue, path: string, missing: boolean, node?: unknown): { hint?: Text } {
  if (!path) return {};
  if (missing) return { hint: msg('hint-missing', { path }) };
  switch (issue.code) {
    case 'too_small':
      if (path.endsWith('postsPerDay.max')) return { hint: msg('hint-posts-max') };
      return issue.origin === 'array' ? { hint: msg('hint-too-few', { path, min: String(issue.minimum) }) } : {};
    case 'invalid_type': {
      // "30%" for a share is the number 0.3.
      const percent = issue.expected === 'number' && isScalar(node) && typeof node.value === 'string' ? /^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$/.exec(node.value) : null;
      if (percent) return { hint: msg('hint-percent', { path, value: String(Number(percent[1]) / 100) }) };
      return { hint: msg('hint-type', { path, expected: typeName(issue.expected) }) };
    }
    case 'invalid_value': {
      const meant = isScalar(node) && typeof node.value === 'string' ? meantValue(node.value, issue.values) : null;
      return { hint: meant ? msg('hint-one-of-meant', { path, value: meant }) : msg('hint-one-of', { path }) };
    }
    default:
      return {};
  }
}

/** Weekdays as people write them, for the value they meant: Thursday, Thurs, 周四, 星期四, 礼拜四. */
const WEEKDAY_NAMES: Readonly<Record<Weekday, readonly string[]>> = {
  mon: ['monday', '周一', '星期一', '礼拜一'],
  tue: ['tuesday', 'tues', '周二', '星期二', '礼拜二'],
  wed: ['wednesday', '周三', '星期三', '礼拜三'],
  thu: ['thursday', 'thur', 'thurs', '周四', '星期四', '礼拜四'],
  fri: ['friday', '周五', '星期五', '礼拜五'],
  sat: ['saturday', '周六', '星期六', '礼拜六'],
  sun: ['sunday', '周日', '周天', '星期日', '星期天', '礼拜日', '礼拜天'],
};
const WEEKDAY_WORDS: ReadonlyMap<string, Weekday> = new Map(WEEKDAYS.flatMap((d) => WEEKDAY_NAMES[d].map((name) => [name, d] as const)));

/** The allowed value a refused one was most likely meant as: another case, a weekday's other name, or a near spelling. */
function meantValue(value: string, allowed: readonly unknown[]): string | null {
  const options = allowed.filter((v): v is string => typeof v === 'string');
  const folded = value.trim().toLowerCase();
  const direct = options.find((o) => o.toLowerCase() === folded) ?? WEEKDAY_WORDS.get(folded);
  if (direct && options.includes(direct)) return direct;
  return closest(value, options) ?? null;
}

/** Turn zod issues into problems that point at the YAML node. */
export function schemaProblems(src: YamlSource, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  // A misspelt required key is reported once, as "unknown field … did you mean", not also as a missing field.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = closest(key, known);
      if (suggestion) suggested.add(formatPath([...issue.path, suggestion]));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      const where = formatPath(issue.path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        problems.push({
          code: 'unknown-key',
          file: src.file,
          ...position(src, offsetOf(keyNode(src.doc, issue.path, key))),
          path: where ? `${where}.${key}` : key,
          message: where ? msg('unknown-field-in', { key, where }) : msg('unknown-field', { key }),
          ...(known.length ? { expected: msg('one-of', { values: known.join(', ') }) } : {}),
          hint: suggestion ? msg('did-you-mean', { suggestion }) : msg('check-spelling'),
        });
      }
      continue;
    }
    const { at, value, present } = locate(src.doc, issue.path);
    const path = formatPath(issue.path);
    const expected = describeExpected(issue);
    // Our own refinements may point at an absent field on purpose (a chat template without a stage).
    const missing = !present && issue.code !== 'custom';
    if (missing && suggested.has(path)) continue;
    problems.push({
      code: 'schema',
      file: src.file,
      ...position(src, offsetOf(at)),
      ...(path ? { path } : {}),
      message: missing
        ? msg('missing-field', { path })
        : msg('field-invalid', { path: path || msg('the-file'), detail: describeIssue(issue, value) }),
      ...(expected ? { expected } : {}),
      ...hintOf(issue, path, missing, value),
    });
  }
  return problems;
}

/** Position of the node at a field path, for checks that run after the schema (e.g. id ≠ file name). */
export function locator(src: YamlSource): Locator {
  return (path) => position(src, offsetOf(locate(src.doc, path).at));
}

export function positionOf(src: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } {
  return locator(src)(path);
}
