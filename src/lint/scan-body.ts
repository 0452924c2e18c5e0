// A fast path through a template body for the subset templates use: text, comments, `{{path params}}`,
// `{{#block}}…{{else}}…{{/block}}` with paths, strings, numbers and hash pairs. The scanner hands each piece to
// a sink: scanBody's sink builds the nodes and locations Handlebars.parseWithoutProcessing returns (a test
// compares the two on every bundled template), the static text's own sink builds that text without a tree.
// Anything else — subexpressions, partials, escapes, `{{else if}}`, unbalanced blocks — returns null and
// Handlebars itself parses (and reports the syntax error). Parsing 10,000 bodies with jison dominated lint time.

interface Pos {
  line: number;
  column: number;
}
interface Loc {
  start: Pos;
  end: Pos;
}
type Node = Record<string, unknown> & { type: string; loc: Loc };

/** A literal or path of a mustache, with the offset of its first character (a string's opening quote). */
export interface Param {
  type: 'StringLiteral' | 'BooleanLiteral' | 'NumberLiteral' | 'PathExpression';
  /** The source of a path, number or boolean; a string's value without quotes. */
  text: string;
  at: number;
}

/** What a mustache or block opening says: the helper or path it names, its arguments and its hash pairs. */
export interface Expression {
  head: string;
  params: readonly Param[];
  pairs: readonly { key: string; value: Param }[];
}

/**
 * Receives the pieces of a body in source order, offsets into the body. A sink may give up on something it
 * does not handle (returns false), and then the whole scan returns false.
 */
export interface ScanSink {
  text(start: number, end: number): void;
  /** A comment: its text as Handlebars' stripComment leaves it. */
  comment(value: string, start: number, end: number): void;
  mustache(expr: Expression, start: number, end: number): boolean;
  open(expr: Expression, start: number, end: number): boolean;
  /** `{{else}}` or `{{^}}` of the innermost open block (the scanner checks there is one, and only one). */
  inverse(start: number, end: number): boolean;
  close(start: number, end: number): boolean;
}

/** Literals and hash pairs are never located by the static text; they share one placeholder location. */
const NO_LOC: Loc = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
const IDENT = /^(?:@?[A-Za-z_$][\w$-]*(?:[./][A-Za-z_$][\w$-]*)*|this|\.)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const PAIR = /^[A-Za-z_][\w-]*=/;
const QUOTED = /^(["']).*\1$/;

/** What ends a word inside a mustache: whitespace (as \s has it), a quote or a parenthesis. */
const ENDS_WORD = new Set([...' \t\n\r\v\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"\'()'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)));

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Split a mustache's inside into tokens; null when it holds something outside the subset. */
function tokens(inside: string, offset: number): { text: string; at: number; quoted: boolean }[] | null {
  const out: { text: string; at: number; quoted: boolean }[] = [];
  let i = 0;
  while (i < inside.length) {
    const c = inside[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === '|' || c === '[') return null;
    if (c === '"' || c === "'") {
      const close = inside.indexOf(c, i + 1);
      if (close < 0) return null;
      const value = inside.slice(i + 1, close);
      if (value.includes('\\')) return null;
      out.push({ text: value, at: offset + i, quoted: true });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < inside.length && !ENDS_WORD.has(inside.charCodeAt(j))) j++;
    // Whitespace other than the four above (a full-width space, NBSP): Handlebars decides. Going on would
    // push empty words without moving forward.
    if (j === i) return null;
    const word = inside.slice(i, j);
    const eq = word.indexOf('=');
    if (eq >= 0) {
      // A hash pair; its value may be a quoted string right after the `=`.
      if (eq === word.length - 1 && (inside[j] === '"' || inside[j] === "'")) {
        const q = inside[j]!;
        const close = inside.indexOf(q, j + 1);
        if (close < 0) return null;
        out.push({ text: `${word}${inside.slice(j, close + 1)}`, at: offset + i, quoted: false });
        i = close + 1;
        continue;
      }
    }
    out.push({ text: word, at: offset + i, quoted: false });
    i = j;
  }
  return out;
}

/** A literal or path from an unquoted word; null for anything else. */
function word(text: string, at: number): Param | null {
  if (text === 'true' || text === 'false') return { type: 'BooleanLiteral', text, at };
  if (NUMBER.test(text)) return { type: 'NumberLiteral', text, at };
  if (IDENT.test(text)) return { type: 'PathExpression', text, at };
  return null;
}

const NONE: readonly never[] = Object.freeze([]);

/** What String.prototype.trim removes (WhiteSpace and LineTerminator). */
const TRIMMED = new Set([...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)));

/** Whether body[from, to) trimmed is `word`: `{{/pick}}` and `{{else}}` checked without slicing. */
function isTrimmed(body: string, from: number, to: number, word: string): boolean {
  while (from < to && TRIMMED.has(body.charCodeAt(from))) from++;
  while (to > from && TRIMMED.has(body.charCodeAt(to - 1))) to--;
  return to - from === word.length && body.startsWith(word, from);
}

/** One word with nothing else in body[from, to), the usual mustache (`{{or}}`, `{{#pick}}`, `{{product.name}}`): its end, else -1. */
function loneWord(body: string, from: number, to: number): number {
  let j = from;
  while (j < to && !ENDS_WORD.has(body.charCodeAt(j))) j++;
  if (j === from) return -1;
  for (let k = j; k < to; k++) {
    const c = body.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return -1;
  }
  return j;
}

/** The expressions of nearly every mustache of a pick, shared rather than made for each (sinks only read them). */
const COMMON: readonly Expression[] = [Object.freeze({ head: 'or', params: NONE, pairs: NONE }), Object.freeze({ head: 'pick', params: NONE, pairs: NONE })];

/** The inside of a mustache, body[start, end), as an expression; null when it is outside the subset. */
function expression(body: string, start: number, end: number): Expression | null {
  let from = start;
  while (from < end && (body[from] === ' ' || body[from] === '\t' || body[from] === '\n' || body[from] === '\r')) from++;
  const lone = loneWord(body, from, end);
  if (lone >= 0 && body.lastIndexOf('=', lone) < from) {
    // What tokens() would give for a single word, without its list (or a slice, for the commonest words).
    for (const e of COMMON) if (e.head.length === lone - from && body.startsWith(e.head, from)) return e;
    const head = body.slice(from, lone);
    return IDENT.test(head) && head !== 'else' ? { head, params: NONE, pairs: NONE } : null;
  }
  const offset = start;
  const inside = body.slice(start, end);
  const list = tokens(inside, offset);
  if (!list || list.length === 0) return null;
  const head = list[0]!;
  if (head.quoted || !IDENT.test(head.text) || head.text === 'else') return null;
  const params: Param[] = [];
  const pairs: { key: string; value: Param }[] = [];
  for (let i = 1; i < list.length; i++) {
    const t = list[i]!;
    if (t.quoted) {
      if (pairs.length) return null;
      params.push({ type: 'StringLiteral', text: t.text, at: t.at });
    } else if (PAIR.test(t.text)) {
      const eq = t.text.indexOf('=');
      const value = t.text.slice(eq + 1);
      const v = QUOTED.test(value) ? ({ type: 'StringLiteral', text: value.slice(1, -1), at: -1 } as const) : word(value, -1);
      if (!v) return null;
      pairs.push({ key: t.text.slice(0, eq), value: v });
    } else if (pairs.length) return null;
    else {
      const p = word(t.text, t.at);
      if (!p) return null;
      params.push(p);
    }
  }
  return { head: head.text, params, pairs };
}

/** Handlebars' stripComment. */
function commentValue(full: string): string {
  return full.replace(/^\{\{~?!-?-?/, '').replace(/-?-?~?\}\}$/, '');
}

/**
 * Handlebars' standalone rule, as its WhitespaceControl applies it to a comment alone on its line (a
 * `{{!-- persona-lint-disable-next-line … --}}` directive): the text before it must end a line (or open the
 * body), the text after it must start with a line break (or close the body). Then the spaces before the comment
 * and the line break after it are no text: the rendered post has no blank line there. `opensBody`/`closesBody`:
 * whether that text is the body's first or last statement.
 */
export function isStandalone(before: string, after: string, opensBody: boolean, closesBody: boolean): boolean {
  return (opensBody ? /(?:^|\r?\n)\s*?$/ : /\r?\n\s*?$/).test(before) && (closesBody ? /^\s*?(?:\r?\n|$)/ : /^\s*?\r?\n/).test(after);
}

/** What the standalone rule takes from the text before the comment (its spaces) and after it (up to one line break). */
export function standaloneCuts(before: string, after: string): [tail: number, head: number] {
  return [/[ \t]+$/.exec(before)?.[0].length ?? 0, /^[ \t]*\r?\n?/.exec(after)![0].length];
}

/** Where the comment opening at `open` ends, -1 when it does not close, null when the tag is no comment. */
function commentEnd(body: string, open: number): number | null {
  let p = open + 2;
  if (body[p] === '~') p++;
  if (body.startsWith('!--', p)) {
    const close = body.slice(p + 3).search(/--~?\}\}/);
    return close < 0 ? -1 : body.indexOf('}}', p + 3 + close) + 2;
  }
  if (body[p] !== '!') return null;
  const close = body.indexOf('}}', p);
  return close < 0 ? -1 : close + 2;
}

/**
 * Walks a body through `sink`; false when the body is outside the subset (or the sink gave up). `rendered`:
 * text as Handlebars renders it around comments alone on their lines (isStandalone), not as written.
 */
export function scanTemplate(body: string, sink: ScanSink, rendered = false): boolean {
  /** Names of the open blocks, and whether each has reached its `{{else}}`. */
  const names: string[] = [];
  const inverted: boolean[] = [];
  let i = 0;
  /** Characters at `i` a standalone comment before them took out of the text. */
  let skip = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    const textEnd = open < 0 ? body.length : open;
    const stop = open < 0 ? null : commentEnd(body, open);
    let tail = 0;
    let head = 0;
    if (rendered && stop !== null && stop > 0) {
      // The text statements around the comment, as Handlebars sees them: empty means a tag is there instead.
      const before = body.slice(i, open);
      const next = body.indexOf('{{', stop);
      const after = body.slice(stop, next < 0 ? body.length : next);
      const prevOk = before === '' ? i === 0 : true;
      const nextOk = after === '' ? stop === body.length : true;
      if (prevOk && nextOk && isStandalone(before, after, i === 0, next < 0)) [tail, head] = standaloneCuts(before, after);
    }
    if (textEnd - tail > i + skip) sink.text(i + skip, textEnd - tail);
    skip = 0;
    if (open < 0) break;
    if (open > 0 && body.charCodeAt(open - 1) === 92) return false;
    if (body.startsWith('{{{', open)) return false;
    if (stop !== null) {
      if (stop < 0) return false;
      sink.comment(commentValue(body.slice(open, stop)), open, stop);
      i = stop;
      skip = head;
      continue;
    }
    let p = open + 2;
    if (body[p] === '~') p++;
    const close = body.indexOf('}}', p);
    if (close < 0) return false;
    const end = close + 2;
    let innerEnd = close;
    if (body[innerEnd - 1] === '~') innerEnd--;
    const kind = body[p];
    if (kind === '#') {
      if (body[p + 1] === '>' || body[p + 1] === '*') return false;
      const expr = expression(body, p + 1, innerEnd);
      if (!expr || !sink.open(expr, open, end)) return false;
      names.push(expr.head);
      inverted.push(false);
    } else if (kind === '/') {
      if (names.length === 0 || !isTrimmed(body, p + 1, innerEnd, names.pop()!)) return false;
      inverted.pop();
      if (!sink.close(open, end)) return false;
    } else if (kind === '^' || isTrimmed(body, p, innerEnd, 'else')) {
      // `{{else}}` or `{{^}}` switches the open block to its inverse; `{{^name}}` blocks and chained else are not in the subset.
      if (kind === '^' && !isTrimmed(body, p + 1, innerEnd, '')) return false;
      if (names.length === 0 || inverted[inverted.length - 1]) return false;
      inverted[inverted.length - 1] = true;
      if (!sink.inverse(open, end)) return false;
    } else if (kind === '>' || kind === '*' || kind === '&' || kind === '{') {
      return false;
    } else {
      const expr = expression(body, p, innerEnd);
      if (!expr || !sink.mustache(expr, open, end)) return false;
    }
    i = end;
  }
  return names.length === 0;
}

interface Frame {
  path: Node;
  params: Node[];
  hash: Node | undefined;
  start: Pos;
  program: Node[];
  inverse: Node[] | null;
  /** Where the open tag ends, so the inner program's location can be given. */
  openEnd: Pos;
  inverseStart: Pos | null;
}

/** The Handlebars AST of a body in the subset (as parseWithoutProcessing gives it), or null. */
export function scanBody(body: string): { type: 'Program'; body: Node[] } | null {
  const starts = lineStarts(body);
  const pos = (offset: number): Pos => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! };
  };
  const root: Node[] = [];
  const stack: Frame[] = [];
  const current = (): Node[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inverse ?? top.program) : root;
  };
  // Only what the static text reads: a path's name. (Rendering compiles the body with Handlebars itself.)
  const pathNode = (text: string): Node => ({ type: 'PathExpression', data: text.startsWith('@'), depth: 0, original: text }) as unknown as Node;
  const literal = (p: Param, loc: Loc): Node => {
    switch (p.type) {
      case 'StringLiteral':
        return { type: 'StringLiteral', value: p.text, original: p.text, loc };
      case 'BooleanLiteral':
        return { type: 'BooleanLiteral', value: p.text === 'true', original: p.text === 'true', loc };
      case 'NumberLiteral':
        return { type: 'NumberLiteral', value: Number(p.text), original: Number(p.text), loc };
      default:
        return pathNode(p.text);
    }
  };
  const nodes = (expr: Expression) => {
    const params = expr.params.map((p) => literal(p, p.type === 'StringLiteral' ? { start: pos(p.at), end: pos(p.at + p.text.length + 2) } : NO_LOC));
    const pairs = expr.pairs.map((x): Node => ({ type: 'HashPair', key: x.key, value: literal(x.value, NO_LOC), loc: NO_LOC }));
    const hash = pairs.length ? ({ type: 'Hash', pairs, loc: { start: pairs[0]!.loc.start, end: pairs[pairs.length - 1]!.loc.end } } as Node) : undefined;
    return { path: pathNode(expr.head), params, hash };
  };
  const ok = scanTemplate(body, {
    text(start, end) {
      const original = body.slice(start, end);
      current().push({ type: 'ContentStatement', original, value: original, loc: { start: pos(start), end: pos(end) } });
    },
    comment(value, start, end) {
      current().push({ type: 'CommentStatement', value, loc: { start: pos(start), end: pos(end) } });
    },
    mustache(expr, start, end) {
      const loc = { start: pos(start), end: pos(end) };
      const n = nodes(expr);
      current().push({ type: 'MustacheStatement', path: n.path, params: n.params, ...(n.hash ? { hash: n.hash } : {}), escaped: true, loc });
      return true;
    },
    open(expr, start, end) {
      const loc = { start: pos(start), end: pos(end) };
      const n = nodes(expr);
      stack.push({ path: n.path, params: n.params, hash: n.hash, start: loc.start, program: [], inverse: null, openEnd: loc.end, inverseStart: null });
      return true;
    },
    inverse(_start, end) {
      const frame = stack[stack.length - 1]!;
      frame.inverse = [];
      frame.inverseStart = pos(end);
      return true;
    },
    close(start, end) {
      const loc = { start: pos(start), end: pos(end) };
      const frame = stack.pop()!;
      const programEnd = frame.inverseStart ?? loc.start;
      const block: Node = {
        type: 'BlockStatement',
        path: frame.path,
        params: frame.params,
        ...(frame.hash ? { hash: frame.hash } : {}),
        program: { type: 'Program', body: frame.program, blockParams: undefined, loc: { start: frame.openEnd, end: programEnd } },
        ...(frame.inverse ? { inverse: { type: 'Program', body: frame.inverse, blockParams: undefined, loc: { start: frame.inverseStart!, end: loc.start } } } : {}),
        loc: { start: frame.start, end: loc.end },
      };
      current().push(block);
      return true;
    },
  });
  return ok ? { type: 'Program', body: root } : null;
}
