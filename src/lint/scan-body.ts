// A fast path to the Handlebars AST of a template body, for the subset templates use: text, comments,
// `{{path params}}`, `{{#block}}…{{else}}…{{/block}}` with paths, strings, numbers and hash pairs. It returns
// the nodes and locations Handlebars.parseWithoutProcessing returns (a test compares the two on every bundled
// template); anything else — subexpressions, partials, escapes, `{{else if}}`, unbalanced blocks — returns null
// and Handlebars itself parses (and reports the syntax error). Parsing 10,000 bodies with jison dominated lint time.

interface Pos {
  line: number;
  column: number;
}
interface Loc {
  start: Pos;
  end: Pos;
}
type Node = Record<string, unknown> & { type: string; loc: Loc };

interface Frame {
  name: string;
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

/** Literals and hash pairs are never located by the static text; they share one placeholder location. */
const NO_LOC: Loc = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
const IDENT = /^(?:@?[A-Za-z_$][\w$-]*(?:[./][A-Za-z_$][\w$-]*)*|this|\.)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

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

  const expression = (inside: string, offset: number): { path: Node; params: Node[]; hash: Node | undefined } | null => {
    const list = tokens(inside, offset);
    if (!list || list.length === 0) return null;
    const [head, ...rest] = list;
    if (head!.quoted || !IDENT.test(head!.text) || head!.text === 'else') return null;
    // Only what the static text reads: a path's name. (Rendering compiles the body with Handlebars itself.)
    const pathNode = (t: { text: string }): Node => ({ type: 'PathExpression', data: t.text.startsWith('@'), depth: 0, original: t.text }) as unknown as Node;
    const params: Node[] = [];
    const pairs: Node[] = [];
    for (const t of rest) {
      if (t.quoted) {
        if (pairs.length) return null;
        const loc = { start: pos(t.at), end: pos(t.at + t.text.length + 2) };
        params.push({ type: 'StringLiteral', value: t.text, original: t.text, loc });
      } else if (/^[A-Za-z_][\w-]*=/.test(t.text)) {
        const loc = NO_LOC;
        const [key, ...v] = t.text.split('=');
        const value = v.join('=');
        let valueNode: Node;
        if (/^(["']).*\1$/.test(value)) valueNode = { type: 'StringLiteral', value: value.slice(1, -1), original: value.slice(1, -1), loc };
        else if (value === 'true' || value === 'false') valueNode = { type: 'BooleanLiteral', value: value === 'true', original: value === 'true', loc };
        else if (NUMBER.test(value)) valueNode = { type: 'NumberLiteral', value: Number(value), original: Number(value), loc };
        else if (IDENT.test(value)) valueNode = pathNode({ text: value });
        else return null;
        pairs.push({ type: 'HashPair', key, value: valueNode, loc });
      } else if (pairs.length) return null;
      else if (t.text === 'true' || t.text === 'false') params.push({ type: 'BooleanLiteral', value: t.text === 'true', original: t.text === 'true', loc: NO_LOC });
      else if (NUMBER.test(t.text)) params.push({ type: 'NumberLiteral', value: Number(t.text), original: Number(t.text), loc: NO_LOC });
      else if (IDENT.test(t.text)) params.push(pathNode(t));
      else return null;
    }
    const hash = pairs.length ? ({ type: 'Hash', pairs, loc: { start: pairs[0]!.loc.start, end: pairs[pairs.length - 1]!.loc.end } } as Node) : undefined;
    return { path: pathNode(head!), params, hash };
  };

  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    const textEnd = open < 0 ? body.length : open;
    if (textEnd > i) {
      const original = body.slice(i, textEnd);
      current().push({ type: 'ContentStatement', original, value: original, loc: { start: pos(i), end: pos(textEnd) } });
    }
    if (open < 0) break;
    if (open > 0 && body[open - 1] === '\\') return null;
    if (body.startsWith('{{{', open)) return null;
    let p = open + 2;
    if (body[p] === '~') p++;
    if (body.startsWith('!--', p)) {
      const close = body.slice(p + 3).search(/--~?\}\}/);
      if (close < 0) return null;
      const stop = body.indexOf('}}', p + 3 + close) + 2;
      current().push(comment(body.slice(open, stop), open, pos));
      i = stop;
      continue;
    }
    if (body[p] === '!') {
      const close = body.indexOf('}}', p);
      if (close < 0) return null;
      const full = body.slice(open, close + 2);
      current().push(comment(full, open, pos));
      i = close + 2;
      continue;
    }
    const close = body.indexOf('}}', p);
    if (close < 0) return null;
    const end = close + 2;
    let innerEnd = close;
    if (body[innerEnd - 1] === '~') innerEnd--;
    const kind = body[p];
    const loc = { start: pos(open), end: pos(end) };
    if (kind === '#') {
      if (body[p + 1] === '>' || body[p + 1] === '*') return null;
      const expr = expression(body.slice(p + 1, innerEnd), p + 1);
      if (!expr) return null;
      stack.push({ name: expr.path.original as string, path: expr.path, params: expr.params, hash: expr.hash, start: loc.start, program: [], inverse: null, openEnd: loc.end, inverseStart: null });
    } else if (kind === '/') {
      const name = body.slice(p + 1, innerEnd).trim();
      const frame = stack.pop();
      if (!frame || frame.name !== name) return null;
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
    } else if (kind === '^' || body.slice(p, innerEnd).trim() === 'else') {
      // `{{else}}` or `{{^}}` switches the open block to its inverse; `{{^name}}` blocks and chained else are not in the subset.
      if (kind === '^' && body.slice(p + 1, innerEnd).trim() !== '') return null;
      const frame = stack[stack.length - 1];
      if (!frame || frame.inverse) return null;
      frame.inverse = [];
      frame.inverseStart = loc.end;
    } else if (kind === '>' || kind === '*' || kind === '&' || kind === '{') {
      return null;
    } else {
      const expr = expression(body.slice(p, innerEnd), p);
      if (!expr) return null;
      current().push({ type: 'MustacheStatement', path: expr.path, params: expr.params, ...(expr.hash ? { hash: expr.hash } : {}), escaped: true, loc });
    }
    i = end;
  }
  if (stack.length) return null;
  return { type: 'Program', body: root };
}

function comment(full: string, at: number, pos: (offset: number) => Pos): Node {
  // Handlebars' stripComment.
  const value = full.replace(/^\{\{~?!-?-?/, '').replace(/-?-?~?\}\}$/, '');
  return { type: 'CommentStatement', value, loc: { start: pos(at), end: pos(at + full.length) } };
}
