// What the author wrote in a template body, found through the Handlebars AST: the static text with every
// position mapped back to the file, plausible whole posts (one pick variant each), comments and variables.
import { scanBody } from './scan-body.js';
import { LINE_WIDTH, phoneWidth, unitOf } from './units.js';

/** Stands for a variable's value: neither Chinese nor latin, so it neither joins nor breaks a phrase. */
export const GAP = '\uFFFC';
const GAP_CODE = GAP.charCodeAt(0);

export interface Position {
  line: number;
  column: number;
}

interface Segment {
  /** Offset in the static text. */
  offset: number;
  /** The source text exactly as written, starting at `line`:`column` of the file. */
  raw: string;
  line: number;
  column: number;
}

export interface Comment {
  value: string;
  start: Position;
  end: Position;
}

export interface Variable {
  /** Context paths the mustache reads: `product.points`, `persona.voice.signature` (helpers `signature`, `phrase`). */
  paths: string[];
  start: Position;
  end: Position;
}

export interface StaticText {
  /** Every piece of text of the body, pick variants one per line, variables as GAP. */
  text: string;
  /** How many whole posts the body can make: post k takes variant k mod n of every pick. */
  postCount: number;
  /** Whole post k as the body renders it (variables as GAP); built on demand. */
  post(k: number): string;
  /** Weighted length of post k (see unitsOf), without building it. */
  unitsOfPost(k: number): number;
  /** An upper bound of post k's lines on a phone (the static text's own lines for that post), without building it. */
  linesBoundOfPost(k: number): number;
  /**
   * An upper bound of every post's lines: the static text's own lines with every alternative in place (leaving
   * text out never adds a line). Most templates are within the limit here, and no post needs a bound of its own.
   */
  linesBound(): number;
  /** Whether the static text at `offset` is part of post k (it is outside every variant, or in the chosen one). */
  inPost(offset: number, k: number): boolean;
  comments: Comment[];
  variables: Variable[];
  /** File position of an offset in `text` (the end of a span is `positionOf(end - 1)` one column on). */
  positionOf(offset: number): Position;
}

/** At most this many whole posts are scored per template (enough to cover every variant of every pick). */
const MAX_POSTS = 12;

/** Helpers whose string arguments are text the reader sees. */
const TEXT_HELPERS = new Set(['pick', 'emoji']);
/** Helpers that read a persona field. */
const FIELD_HELPERS: Readonly<Record<string, string>> = { signature: 'persona.voice.signature', phrase: 'persona.voice.phrases' };

type Node = hbs.AST.Node;
type Loc = hbs.AST.SourceLocation;

/** Handlebars' own parser, passed in so the module (and its load time) is only paid for when needed. */
export type FullParser = (body: string) => hbs.AST.Program;

/**
 * The AST as written (whitespace control only changes `value`; we read `original` and `loc`): the fast scanner
 * for the common subset, Handlebars.parseWithoutProcessing for the rest (and for syntax errors).
 */
export function parseBody(body: string, full: FullParser): hbs.AST.Program {
  return (scanBody(body) as hbs.AST.Program | null) ?? full(body);
}

function helperName(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement): string {
  return node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
}

function stringParams(node: hbs.AST.MustacheStatement): hbs.AST.StringLiteral[] {
  return node.params.filter((p): p is hbs.AST.StringLiteral => p.type === 'StringLiteral');
}

/** Split a pick block's body at its `{{or}}`s. */
function variantsOf(program: hbs.AST.Program | undefined): Node[][] {
  const out: Node[][] = [[]];
  for (const node of program?.body ?? []) {
    if (node.type === 'MustacheStatement' && helperName(node as hbs.AST.MustacheStatement) === 'or') out.push([]);
    else out[out.length - 1]!.push(node);
  }
  return out;
}

/** `bodyLine` is the file line of the body's first line (front matter comes before). */
export function staticText(ast: hbs.AST.Program, bodyLine: number): StaticText {
  const segments: Segment[] = [];
  /** Offsets of each alternative in `text`: variant `variant` of a choice among `count`. */
  const choices: { start: number; end: number; variant: number; count: number }[] = [];
  /** Offsets of the line breaks put between variants (they are not in any post). */
  const separators = new Set<number>();
  const separate = () => {
    separators.add(text.length);
    text += '\n';
    gapLast = false;
  };
  const comments: Comment[] = [];
  const variables: Variable[] = [];
  let text = '';
  /** Whether `text` ends in GAP; asking text.endsWith would flatten the string being built after every piece. */
  let gapLast = false;
  const at = (loc: Loc['start']): Position => ({ line: bodyLine + loc.line - 1, column: loc.column + 1 });

  const addText = (raw: string, start: Position) => {
    if (!raw) return;
    segments.push({ offset: text.length, raw, line: start.line, column: start.column });
    text += raw;
    gapLast = raw.charCodeAt(raw.length - 1) === GAP_CODE;
  };
  const gap = () => {
    if (gapLast) return;
    text += GAP;
    gapLast = true;
  };
  const pathsOf = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, each: readonly string[]): string[] => {
    const name = helperName(node);
    const out: string[] = [];
    if (FIELD_HELPERS[name]) out.push(FIELD_HELPERS[name]!);
    for (const p of [node.path, ...node.params]) {
      if (p.type !== 'PathExpression') continue;
      const original = (p as hbs.AST.PathExpression).original;
      if (original === 'this' || original === '.') out.push(...each);
      else out.push(original);
    }
    return out;
  };

  const walk = (nodes: readonly Node[], each: readonly string[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'ContentStatement': {
          const c = node as hbs.AST.ContentStatement;
          // `original` is the source as written (whitespace control only changes `value`); the typings say otherwise.
          addText((c as unknown as { original: string }).original, at(c.loc.start));
          break;
        }
        case 'CommentStatement': {
          const c = node as hbs.AST.CommentStatement;
          comments.push({ value: c.value, start: at(c.loc.start), end: at(c.loc.end) });
          break;
        }
        case 'MustacheStatement': {
          const m = node as hbs.AST.MustacheStatement;
          const name = helperName(m);
          if (TEXT_HELPERS.has(name) && m.params.length) {
            const strings = stringParams(m);
            gap();
            strings.forEach((s, i) => {
              if (i > 0 && name === 'pick') separate();
              const start = text.length;
              // The literal's text starts one column after its opening quote.
              addText(s.value, { line: bodyLine + s.loc.start.line - 1, column: s.loc.start.column + 2 });
              if (name === 'pick') choices.push({ start, end: text.length, variant: i, count: strings.length });
              // emoji: wholePosts shows the first one only.
              else if (i > 0) choices.push({ start, end: text.length, variant: -1, count: 1 });
            });
            gap();
          } else {
            gap();
          }
          variables.push({ paths: pathsOf(m, each), start: at(m.loc.start), end: at(m.loc.end) });
          break;
        }
        case 'BlockStatement': {
          const b = node as hbs.AST.BlockStatement;
          const name = helperName(b);
          gap();
          if (name === 'pick') {
            const variants = variantsOf(b.program);
            variants.forEach((variant, i) => {
              if (i > 0) separate();
              const start = text.length;
              walk(variant, each);
              choices.push({ start, end: text.length, variant: i, count: variants.length });
            });
          } else {
            const inner = name === 'each' ? pathsOf(b, each).filter((p) => p !== 'each') : each;
            if (name !== 'if' && name !== 'unless' && name !== 'each' && name !== 'with') {
              variables.push({ paths: pathsOf(b, each), start: at(b.loc.start), end: at(b.loc.end) });
            }
            const start = text.length;
            walk(b.program?.body ?? [], inner);
            if (b.inverse) {
              choices.push({ start, end: text.length, variant: 0, count: 2 });
              gap();
              const from = text.length;
              walk(b.inverse.body, each);
              choices.push({ start: from, end: text.length, variant: 1, count: 2 });
            }
          }
          gap();
          break;
        }
        default:
          gap();
      }
    }
  };
  walk(ast.body, []);

  const postCount = Math.min(MAX_POSTS, postCount_(ast.body));
  const built = new Map<number, string>();
  // Each alternative's units, width and line breaks, summed once, so any post's measures cost O(choices), not
  // O(text): a post is the whole text minus the outermost alternatives it leaves out. Ordered by start, outer first.
  const sorted = [...choices].sort((a, b) => a.start - b.start || b.end - a.end);
  // A plain array: a typed array per template cost more to allocate than the sums cost to add up.
  let sums: number[] | null = null;
  const measure = (): number[] => {
    if (sums) return sums;
    sums = new Array<number>(sorted.length + 1).fill(0);
    const add = (slot: number, from: number, to: number) => {
      // Counted as unitsOf counts: whole CJK characters plus a third of the latin letters and digits.
      let cjk = 0;
      let latin = 0;
      for (let i = from; i < to; i++) {
        const u = unitOf(text.charCodeAt(i));
        if (u === 1) cjk++;
        else if (u !== 0) latin++;
      }
      sums![slot] = cjk + latin / 3;
    };
    add(sorted.length, 0, text.length);
    sorted.forEach((c, i) => add(i, c.start, c.end));
    return sums;
  };
  /** Σ over post k of a measure: everything minus the outermost alternatives it leaves out. */
  const ofPost = (k: number, sum: readonly number[]) => {
    let value = sum[sorted.length]!;
    let reach = -1;
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i]!;
      if (k % c.count === c.variant || c.start < reach) continue;
      value -= sum[i]!;
      reach = c.end;
    }
    return value;
  };
  /**
   * Phone lines of post k as the static text has it: its paragraphs, each ⌈width / line⌉. The rendered post
   * has at most these (whitespace control, trimming and the renderer's tidy only remove), so a post within the
   * limit here never needs building. With k null, no alternative is left out (the bound of every post).
   */
  const staticLines = (k: number | null): number => {
    let lines = 0;
    let width = 0;
    let next = 0;
    let i = 0;
    while (i < text.length) {
      // Jump over the alternatives this post leaves out (outermost first, in text order).
      if (next < sorted.length && sorted[next]!.start <= i) {
        const c = sorted[next]!;
        next++;
        if (k !== null && c.end > i && k % c.count !== c.variant) {
          i = c.end;
          while (next < sorted.length && sorted[next]!.start < i) next++;
        }
        continue;
      }
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        if (!separators.has(i)) {
          lines += Math.max(1, Math.ceil(width / LINE_WIDTH));
          width = 0;
        }
      } else width += phoneWidth(ch);
      i++;
    }
    return lines + Math.max(1, Math.ceil(width / LINE_WIDTH));
  };

  return {
    text,
    postCount,
    post(k) {
      let p = built.get(k);
      if (p === undefined) {
        p = wholePost(ast, k);
        built.set(k, p);
      }
      return p;
    },
    unitsOfPost(k) {
      return ofPost(k, measure());
    },
    linesBoundOfPost(k) {
      return staticLines(k);
    },
    linesBound() {
      return staticLines(null);
    },
    comments,
    variables,
    inPost(offset, k) {
      for (const c of choices) if (offset >= c.start && offset < c.end && k % c.count !== c.variant) return false;
      return true;
    },
    positionOf(offset) {
      // Binary search for the last segment starting at or before the offset.
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.offset <= offset) lo = mid;
        else hi = mid - 1;
      }
      const seg = segments[lo];
      if (!seg) return { line: bodyLine, column: 1 };
      let { line, column } = seg;
      const upto = Math.min(offset - seg.offset, seg.raw.length);
      for (let i = 0; i < upto; i++) {
        if (seg.raw.charCodeAt(i) === 10) {
          line++;
          column = 1;
        } else column++;
      }
      return { line, column };
    },
  };
}

/** How many different whole posts to build: the most variants any pick has (both branches of an if-else). */
function postCount_(nodes: readonly Node[]): number {
  let n = 1;
  for (const node of nodes) {
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      if (helperName(b) === 'pick') {
        const variants = variantsOf(b.program);
        n = Math.max(n, variants.length, ...variants.map(postCount_));
      } else n = Math.max(n, postCount_(b.program?.body ?? []), b.inverse ? Math.max(2, postCount_(b.inverse.body)) : 1);
    } else if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      if (helperName(m) === 'pick') n = Math.max(n, stringParams(m).length);
    }
  }
  return n;
}

function wholePost(ast: hbs.AST.Program, k: number): string {
  const render = (nodes: readonly Node[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'ContentStatement') out += (node as hbs.AST.ContentStatement).value;
      else if (node.type === 'MustacheStatement') {
        const m = node as hbs.AST.MustacheStatement;
        const name = helperName(m);
        const strings = stringParams(m);
        if (name === 'pick' && strings.length) out += strings[k % strings.length]!.value;
        else if (name === 'emoji' && strings.length) out += strings[0]!.value;
        // Adjacent variables stand as one gap, as they do in the static text the bounds are summed over.
        else if (!out.endsWith(GAP)) out += GAP;
      } else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        if (helperName(b) === 'pick') {
          const variants = variantsOf(b.program);
          // The pick helper trims the variant it chose.
          out += render(variants[k % variants.length]!).trim();
        } else if (b.inverse && k % 2 === 1) out += render(b.inverse.body);
        else out += render(b.program?.body ?? []);
      }
    }
    return out;
  };
  return tidy(render(ast.body));
}

/** The renderer's tidy: blank lines left by blocks collapse, the ends are trimmed. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
