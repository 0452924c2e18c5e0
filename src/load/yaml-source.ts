// YAML with positions: parse once, keep the node ranges, and map schema issues back to file:line:column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatPath, type Problem } from '../model/errors.js';
import { isText, verbatim, type Text } from '../i18n/text.js';
import { msg } from './messages.js';
import { closest } from './suggest.js';

/** Keys that would reach an object's prototype if a later step assigned them blindly. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough for any real profile; a "billion laughs" alias bomb stops here in bounded time and memory. */
const MAX_ALIAS_COUNT = 50;

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** 1-based line offset of this YAML inside its file (front matter starts on line 2). */
  lineOffset: number;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function position(src: YamlSource, offset: number): { line: number; column: number } {
  const pos = src.lines.linePos(offset);
  return { line: pos.line + src.lineOffset, column: pos.col };
}

export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
): { ok: true; src: YamlSource; data: unknown } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const src: YamlSource = { file, doc, lines, lineOffset };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 3).map((err) => ({
        code: 'yaml-syntax' as const,
        file,
        ...position(src, err.pos[0]),
        message: msg('yaml-syntax', { detail: err.message.split('\n')[0] ?? '' }),
        hint: msg('yaml-syntax-hint'),
      })),
    };
  }
  const unsafe = findUnsafeKey(doc.contents);
  if (unsafe) {
    return {
      ok: false,
      problems: [
        {
          code: 'schema',
          file,
          ...position(src, unsafe.offset),
          message: msg('unsafe-key', { key: unsafe.key }),
          hint: msg('unsafe-key-hint'),
        },
      ],
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, src, data };
  } catch (err) {
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-syntax',
          file,
          line: 1 + lineOffset,
          message: msg('alias-bomb', { detail: (err as Error).message }),
          hint: msg('alias-hint', { max: MAX_ALIAS_COUNT }),
        },
      ],
    };
  }
}

function findUnsafeKey(node: unknown): { key: string; offset: number } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && UNSAFE_KEYS.has(String(pair.key.value))) {
        return { key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 };
      }
      const inner = isPair(pair) ? findUnsafeKey(pair.value) : null;
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = findUnsafeKey(item);
      if (inner) return inner;
    }
  }
  return null;
}

/** The deepest node that exists along `path` (a missing key points at its parent map). */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): Node | null {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair || !pair.value) return (node as Node) ?? null;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
      node = node.items[part];
    } else {
      break;
    }
  }
  return (node as Node) ?? null;
}

function keyNode(doc: Document.Parsed, path: readonly PropertyKey[], key: string): Node | null {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.key as Node | undefined) ?? parent;
}

/** Keys a strict object accepts at `path`, for "did you mean" suggestions. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } };
    for (let i = 0; i < 10 && cur?.def; i++) {
      const t = cur.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') cur = cur.def.innerType as typeof cur;
      else if (t === 'pipe') cur = cur.def.in as typeof cur;
      else break;
    }
    return cur;
  };
  for (const part of path) {
    const s = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } };
    if (s?.def?.type === 'object' && typeof part === 'string') current = s.def.shape?.[part];
    else if (s?.def?.type === 'array') current = s.def.element;
    else return [];
  }
  const s = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } };
  return s?.def?.type === 'object' && s.def.shape ? Object.keys(s.def.shape) : [];
}

function hasPath(doc: Document.Parsed, path: readonly PropertyKey[]): boolean {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) return false;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      if (node === undefined) return false;
    } else return false;
  }
  return true;
}

function receivedOf(node: unknown): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return node.value === null ? 'null' : typeof node.value === 'object' ? 'object' : typeof node.value;
  return 'nothing';
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function describeExpected(issue: z.core.$ZodIssue): Text | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return verbatim(issue.expected);
    case 'invalid_value':
      return msg('one-of', { values: list(issue.values) });
    case 'too_small':
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
    case 'invalid_type':
      if (issue.expected === 'int') return msg('not-integer');
      return msg('invalid-type', { expected: issue.expected, received: receivedOf(node) });
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

/** Turn zod issues into problems that point at the YAML node. */
export function schemaProblems(src: YamlSource, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const node = keyNode(src.doc, issue.path, key);
        const suggestion = closest(key, known);
        const where = formatPath(issue.path);
        problems.push({
          code: 'unknown-key',
          file: src.file,
          ...position(src, node?.range?.[0] ?? 0),
          path: where ? `${where}.${key}` : key,
          message: where ? msg('unknown-field-in', { key, where }) : msg('unknown-field', { key }),
          ...(known.length ? { expected: msg('one-of', { values: known.join(', ') }) } : {}),
          hint: suggestion ? msg('did-you-mean', { suggestion }) : msg('check-spelling'),
        });
      }
      continue;
    }
    const node = nodeAt(src.doc, issue.path);
    const present = hasPath(src.doc, issue.path);
    const path = formatPath(issue.path);
    const expected = describeExpected(issue);
    problems.push({
      code: 'schema',
      file: src.file,
      ...position(src, node?.range?.[0] ?? 0),
      path,
      message:
        !present && issue.code === 'invalid_type'
          ? msg('missing-field', { path })
          : msg('field-invalid', { path: path || msg('the-file'), detail: describeIssue(issue, present ? node : undefined) }),
      ...(expected ? { expected } : {}),
    });
  }
  return problems;
}

/** Position of the node at a field path, for checks that run after the schema (e.g. id ≠ file name). */
export function positionOf(src: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } {
  const node = nodeAt(src.doc, path);
  return position(src, node?.range?.[0] ?? 0);
}
