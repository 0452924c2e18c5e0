// What the author wrote in a template body, found through the Handlebars AST: the static text with every
// position mapped back to the file, plausible whole posts (one pick variant each), comments and variables.
import { isStandalone, scanBody, scanTemplate, standaloneCuts, type Expression } from './scan-body.js';
import { sortStable } from './sort-small.js';
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
  /** CJK characters and latin letters and digits (as unitsOf counts them) of the text before this segment. */
  cjk: number;
  latin: number;
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
  /** unitsOf(text), counted as the text was built. */
  units: number;
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
  /**
   * An upper bound of the lines of the widest post: each pick (and if/else) takes the alternative longest on a
   * phone. Post k takes variant k mod n of every pick, so without it a long combination could go unmeasured.
   * It is the combination most likely to fold, not a proof that no other one does.
   */
  linesBoundOfWidest(): number;
  /** That widest post as the body renders it (variables as GAP); built on demand. */
  widestPost(): string;
  /**
   * Where the alternatives that make a post long start: those post k (or, with null, the widest post) takes that
   * are a phone line or more wider than the narrowest alternative of their pick. What a writer shortens.
   */
  longerChoices(k: number | null): Position[];
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

/**
 * The context paths a path read inside {{#each <list>}} stands for: `this` is the list's item, and `this.name`,
 * `./name` and a bare `name` read the item's field, `<list>.name` (a bare name may be a helper too, kept as it is).
 */
export function readInEach(path: string, each: readonly string[]): string[] {
  if (path === 'this' || path === '.') return [...each];
  const field = path.startsWith('this.') ? path.slice(5) : path.startsWith('./') ? path.slice(2) : null;
  if (field !== null) return each.map((list) => `${list}.${field}`);
  if (each.length === 0 || path.startsWith('@') || path.startsWith('../')) return [path];
  return [path, ...each.map((list) => `${list}.${path}`)];
}

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

/** An alternative of the static text: variant `variant` of a choice among `count`, at offsets [start, end). */
interface Choice {
  start: number;
  end: number;
  variant: number;
  count: number;
}

/**
 * The pieces a static text is made of, gathered in source order either by walking a tree (staticText) or
 * straight from the body (scanStaticText); both call the same methods in the same order, so they agree.
 */
class Pieces {
  text = '';
  /** Whether `text` ends in GAP; asking text.endsWith would flatten the string being built after every piece. */
  gapLast = false;
  readonly segments: Segment[] = [];
  /** Offsets of each alternative in `text`, innermost first (each is added once its text is complete). */
  readonly choices: Choice[] = [];
  /** Offsets of the line breaks put between variants (they are not in any post), in increasing order. */
  readonly separators: number[] = [];
  /** Each pick's and if/else's alternatives, in the order they close. */
  readonly groups: Choice[][] = [];
  /**
   * Phone lines of the whole text so far and the width of its last paragraph, as staticLines counts them with no
   * alternative left out: counted while the text is built instead of in a pass of its own over every body.
   */
  lines = 0;
  width = 0;
  /** The unitsOf counts of the whole text so far (gaps and separators count nothing). */
  cjk = 0;
  latin = 0;
  readonly comments: Comment[] = [];
  readonly variables: Variable[] = [];

  addText(raw: string, line: number, column: number): void {
    if (!raw) return;
    this.segments.push({ offset: this.text.length, raw, line, column, cjk: this.cjk, latin: this.latin });
    this.text += raw;
    let width = this.width;
    let cjk = this.cjk;
    let latin = this.latin;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charCodeAt(i);
      if (ch === 10) {
        this.lines += Math.max(1, Math.ceil(width / LINE_WIDTH));
        width = 0;
      } else width += phoneWidth(ch);
      const u = unitOf(ch);
      if (u === 1) cjk++;
      else if (u !== 0) latin++;
    }
    this.width = width;
    this.cjk = cjk;
    this.latin = latin;
    this.gapLast = raw.charCodeAt(raw.length - 1) === GAP_CODE;
  }

  gap(): void {
    if (this.gapLast) return;
    this.text += GAP;
    this.width += phoneWidth(GAP_CODE);
    this.gapLast = true;
  }

  separate(): void {
    this.separators.push(this.text.length);
    this.text += '\n';
    this.gapLast = false;
  }

  /**
   * The alternatives of one pick (or one if/else), complete: groups are listed in the order their last alternative
   * closes, which is the order a post's chooser is asked about them (inner ones first).
   */
  group(choices: Choice[]): void {
    if (choices.length > 0) this.groups.push(choices);
  }

  choice(start: number, variant: number, count: number): Choice {
    const c = { start, end: this.text.length, variant, count };
    this.choices.push(c);
    return c;
  }
}

const NO_CUT: readonly [number, number] = [0, 0];

/**
 * The text the standalone rule takes out around comments alone on their lines, per text statement: characters
 * from its start and from its end. The same rule as scanTemplate's (isStandalone), over the parsed statements.
 */
function standaloneCommentCuts(nodes: readonly Node[], root: boolean): Map<Node, [number, number]> {
  const cuts = new Map<Node, [number, number]>();
  const text = (n: Node | undefined): string | null => (n?.type === 'ContentStatement' ? (n as unknown as { original: string }).original : null);
  nodes.forEach((node, i) => {
    if (node.type !== 'CommentStatement') return;
    const prev = nodes[i - 1];
    const next = nodes[i + 1];
    const before = prev === undefined ? (root ? '' : null) : text(prev);
    const after = next === undefined ? (root ? '' : null) : text(next);
    if (before === null || after === null) return;
    if (!isStandalone(before, after, root && i <= 1, root && i + 2 >= nodes.length)) return;
    const [tail, head] = standaloneCuts(before, after);
    if (prev) cuts.set(prev, [cuts.get(prev)?.[0] ?? 0, tail]);
    if (next) cuts.set(next, [head, cuts.get(next)?.[1] ?? 0]);
  });
  return cuts;
}

/** `bodyLine` is the file line of the body's first line (front matter comes before). */
export function staticText(ast: hbs.AST.Program, bodyLine: number): StaticText {
  const pieces = new Pieces();
  const at = (loc: Loc['start']): Position => ({ line: bodyLine + loc.line - 1, column: loc.column + 1 });
  const pathsOf = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, each: readonly string[]): string[] => {
    const name = helperName(node);
    const out: string[] = [];
    if (FIELD_HELPERS[name]) out.push(FIELD_HELPERS[name]!);
    for (const p of [node.path, ...node.params]) {
      if (p.type === 'PathExpression') out.push(...readInEach((p as hbs.AST.PathExpression).original, each));
    }
    return out;
  };

  const walk = (nodes: readonly Node[], each: readonly string[], root = false) => {
    const cuts = standaloneCommentCuts(nodes, root);
    for (const node of nodes) {
      switch (node.type) {
        case 'ContentStatement': {
          const c = node as hbs.AST.ContentStatement;
          // `original` is the source as written (whitespace control only changes `value`); the typings say otherwise.
          const original = (c as unknown as { original: string }).original;
          const [head, tail] = cuts.get(c) ?? NO_CUT;
          // The first character kept, in file lines and columns.
          const skipped = original.slice(0, head);
          const breaks = skipped.split('\n').length - 1;
          const column = breaks ? head - skipped.lastIndexOf('\n') : c.loc.start.column + 1 + head;
          pieces.addText(original.slice(head, Math.max(head, original.length - tail)), bodyLine + c.loc.start.line - 1 + breaks, column);
          break;
        }
        case 'CommentStatement': {
          const c = node as hbs.AST.CommentStatement;
          pieces.comments.push({ value: c.value, start: at(c.loc.start), end: at(c.loc.end) });
          break;
        }
        case 'MustacheStatement': {
          const m = node as hbs.AST.MustacheStatement;
          const name = helperName(m);
          if (TEXT_HELPERS.has(name) && m.params.length) {
            const strings = stringParams(m);
            const group: Choice[] = [];
            pieces.gap();
            strings.forEach((s, i) => {
              if (i > 0 && name === 'pick') pieces.separate();
              const start = pieces.text.length;
              // The literal's text starts one column after its opening quote.
              pieces.addText(s.value, bodyLine + s.loc.start.line - 1, s.loc.start.column + 2);
              if (name === 'pick') group.push(pieces.choice(start, i, strings.length));
              // emoji: wholePosts shows the first one only.
              else if (i > 0) pieces.choice(start, -1, 1);
            });
            pieces.group(group);
            pieces.gap();
          } else {
            pieces.gap();
          }
          pieces.variables.push({ paths: pathsOf(m, each), start: at(m.loc.start), end: at(m.loc.end) });
          break;
        }
        case 'BlockStatement': {
          const b = node as hbs.AST.BlockStatement;
          const name = helperName(b);
          pieces.gap();
          if (name === 'pick') {
            const variants = variantsOf(b.program);
            const group: Choice[] = [];
            variants.forEach((variant, i) => {
              if (i > 0) pieces.separate();
              const start = pieces.text.length;
              walk(variant, each);
              group.push(pieces.choice(start, i, variants.length));
            });
            pieces.group(group);
          } else {
            const inner = name === 'each' ? pathsOf(b, each).filter((p) => p !== 'each') : each;
            if (!PLAIN_BLOCKS.has(name)) {
              pieces.variables.push({ paths: pathsOf(b, each), start: at(b.loc.start), end: at(b.loc.end) });
            }
            const start = pieces.text.length;
            walk(b.program?.body ?? [], inner);
            if (b.inverse) {
              const program = pieces.choice(start, 0, 2);
              pieces.gap();
              const from = pieces.text.length;
              walk(b.inverse.body, each);
              pieces.group([program, pieces.choice(from, 1, 2)]);
            }
          }
          pieces.gap();
          break;
        }
        default:
          pieces.gap();
      }
    }
  };
  walk(ast.body, [], true);
  return assemble(pieces, bodyLine, Math.min(MAX_POSTS, postCount_(ast.body)), (k) => wholePost(ast, k), (decisions) => chosenPost(ast, decisions));
}

/** Blocks that only choose or repeat what is inside them; any other block helper stands for a variable. */
const PLAIN_BLOCKS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with']);

/** A block open while scanning: a pick's variants, or another block's program and inverse. */
interface OpenBlock {
  pick: boolean;
  /** Where the current variant (pick) or the program starts in the static text. */
  start: number;
  /** A pick's current variant, and the choices of its variants so far (their count is known at the close). */
  variant: number;
  own: Choice[];
  /** Context paths `this` stands for inside the program, and outside it (and in the inverse). */
  each: readonly string[];
  outer: readonly string[];
  /** Set once `{{else}}` is passed: where the inverse starts. */
  inverse: number;
  variable: Variable | null;
}

const NO_PATHS: readonly string[] = [];

/**
 * The static text straight from the body, for the subset the scanner knows, without building a tree: the same
 * pieces staticText gathers from scanBody's tree (a test holds the two equal), at a fraction of the allocation
 * — the tree, its locations and its walk were most of what linting 10,000 templates allocated. Null for
 * anything unusual (`{{or}}` outside a pick, `{{else}}` in a pick, bodies the scanner leaves to Handlebars):
 * the tree path then decides. Whole posts, needed only for a body that may fold, come from the tree, built
 * on demand.
 */
export function scanStaticText(body: string, bodyLine: number): StaticText | null {
  const pieces = new Pieces();
  const blocks: OpenBlock[] = [];
  let posts = 1;
  // File positions of offsets asked for in (nearly always) increasing order: lines counted as the scan moves on.
  let cursor = 0;
  let line = bodyLine;
  let lineStart = 0;
  let nextBreak = body.indexOf('\n');
  const moveTo = (offset: number) => {
    if (offset < cursor) {
      line = bodyLine;
      lineStart = 0;
      nextBreak = body.indexOf('\n');
    }
    cursor = offset;
    while (nextBreak >= 0 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = body.indexOf('\n', lineStart);
    }
  };
  const at = (offset: number): Position => {
    moveTo(offset);
    return { line, column: offset - lineStart + 1 };
  };
  const eachNow = (): readonly string[] => {
    const top = blocks[blocks.length - 1];
    return top ? (top.inverse >= 0 ? top.outer : top.each) : NO_PATHS;
  };
  const pathsOf = (expr: Expression, each: readonly string[]): string[] => {
    const out: string[] = [];
    const field = FIELD_HELPERS[expr.head];
    if (field) out.push(field);
    out.push(...readInEach(expr.head, each));
    for (const p of expr.params) if (p.type === 'PathExpression') out.push(...readInEach(p.text, each));
    return out;
  };

  const ok = scanTemplate(body, {
    text(start, end) {
      moveTo(start);
      pieces.addText(body.slice(start, end), line, start - lineStart + 1);
    },
    comment(value, start, end) {
      pieces.comments.push({ value, start: at(start), end: at(end) });
    },
    mustache(expr, start, end) {
      const top = blocks[blocks.length - 1];
      if (expr.head === 'or') {
        // A pick's variant ends here; `{{or}}` anywhere else, or with arguments, is left to the tree path.
        if (!top?.pick || top.inverse >= 0 || expr.params.length || expr.pairs.length) return false;
        top.own.push(pieces.choice(top.start, top.variant, 0));
        pieces.separate();
        top.variant++;
        top.start = pieces.text.length;
        return true;
      }
      const from = at(start);
      const name = expr.head;
      if (TEXT_HELPERS.has(name) && expr.params.length) {
        const pick = name === 'pick';
        let count = 0;
        for (const p of expr.params) if (p.type === 'StringLiteral') count++;
        if (pick && count > posts) posts = count;
        pieces.gap();
        const group: Choice[] = [];
        let i = 0;
        for (const p of expr.params) {
          if (p.type !== 'StringLiteral') continue;
          if (i > 0 && pick) pieces.separate();
          const begin = pieces.text.length;
          // The literal's text starts one column after its opening quote.
          moveTo(p.at);
          pieces.addText(p.text, line, p.at - lineStart + 2);
          if (pick) group.push(pieces.choice(begin, i, count));
          // emoji: wholePosts shows the first one only.
          else if (i > 0) pieces.choice(begin, -1, 1);
          i++;
        }
        pieces.group(group);
        pieces.gap();
      } else {
        pieces.gap();
      }
      pieces.variables.push({ paths: pathsOf(expr, eachNow()), start: from, end: at(end) });
      return true;
    },
    open(expr, start) {
      const each = eachNow();
      pieces.gap();
      if (expr.head === 'pick') {
        blocks.push({ pick: true, start: pieces.text.length, variant: 0, own: [], each, outer: each, inverse: -1, variable: null });
        return true;
      }
      const inner = expr.head === 'each' ? pathsOf(expr, each).filter((p) => p !== 'each') : each;
      let variable: Variable | null = null;
      if (!PLAIN_BLOCKS.has(expr.head)) {
        // The end is the close tag's, known when the block closes.
        const from = at(start);
        variable = { paths: pathsOf(expr, each), start: from, end: from };
        pieces.variables.push(variable);
      }
      blocks.push({ pick: false, start: pieces.text.length, variant: 0, own: [], each: inner, outer: each, inverse: -1, variable });
      return true;
    },
    inverse() {
      const top = blocks[blocks.length - 1]!;
      // A pick's inverse is not part of any post; the tree path leaves it out.
      if (top.pick) return false;
      top.own.push(pieces.choice(top.start, 0, 2));
      pieces.gap();
      top.inverse = pieces.text.length;
      if (posts < 2) posts = 2;
      return true;
    },
    close(_start, end) {
      const top = blocks.pop()!;
      if (top.pick) {
        top.own.push(pieces.choice(top.start, top.variant, 0));
        const count = top.variant + 1;
        for (const c of top.own) c.count = count;
        pieces.group(top.own);
        if (count > posts) posts = count;
      } else {
        if (top.inverse >= 0) {
          top.own.push(pieces.choice(top.inverse, 1, 2));
          pieces.group(top.own);
        }
        if (top.variable) top.variable.end = at(end);
      }
      pieces.gap();
      return true;
    },
  }, true);
  if (!ok) return null;
  let tree: hbs.AST.Program | null = null;
  const treeOf = () => (tree ??= scanBody(body) as hbs.AST.Program | null)!;
  return assemble(pieces, bodyLine, Math.min(MAX_POSTS, posts), (k) => wholePost(treeOf(), k), (decisions) => chosenPost(treeOf(), decisions));
}

/**
 * The static text of a body: straight from the body when it can be, else from the tree (the fast scanner's,
 * or Handlebars' own for the rest, which throws on a syntax error).
 */
export function staticTextOf(body: string, bodyLine: number, full: FullParser): StaticText {
  return scanStaticText(body, bodyLine) ?? staticText(parseBody(body, full), bodyLine);
}

/** The static text's measures over its pieces; whole posts from `wholePostOf`, each built once. */
function assemble(pieces: Pieces, bodyLine: number, postCount: number, wholePostOf: (k: number) => string, widestOf: (decisions: readonly number[]) => string): StaticText {
  return new MeasuredText(pieces, bodyLine, postCount, wholePostOf, widestOf);
}

/**
 * A class rather than an object of closures: one of these is made for each of thousands of templates, and most
 * of its measures are never asked for.
 */
class MeasuredText implements StaticText {
  readonly text: string;
  readonly units: number;
  readonly comments: Comment[];
  readonly variables: Variable[];
  /** Whole posts built so far; most bodies never build one. */
  private built: Map<number, string> | null = null;
  /** The alternatives ordered by start, outer first; sorted when first needed. */
  private ordered: Choice[] | null = null;
  /** Each alternative's units, and the whole text's last (a plain array: a typed one cost more to allocate). */
  private sums: number[] | null = null;
  /** The alternatives the widest post keeps; found when first asked. */
  private widest: ReadonlySet<Choice> | null = null;
  /** For each group in closing order, the index of the alternative the widest post keeps. */
  private decisions: number[] | null = null;

  constructor(
    private readonly pieces: Pieces,
    private readonly bodyLine: number,
    readonly postCount: number,
    private readonly wholePostOf: (k: number) => string,
    private readonly widestOf: (decisions: readonly number[]) => string,
  ) {
    this.text = pieces.text;
    this.units = pieces.cjk + pieces.latin / 3;
    this.comments = pieces.comments;
    this.variables = pieces.variables;
  }

  /**
   * Each alternative's measures are summed once, so any post's cost O(choices), not O(text): a post is the whole
   * text minus the outermost alternatives it leaves out.
   */
  private sorted(): Choice[] {
    return (this.ordered ??= sortStable(this.pieces.choices.slice(), (a, b) => a.start - b.start || b.end - a.end));
  }

  private measure(): number[] {
    if (this.sums) return this.sums;
    const { pieces } = this;
    const sorted = this.sorted();
    const sums = new Array<number>(sorted.length + 1).fill(0);
    // Counted as unitsOf counts: whole CJK characters plus a third of the latin letters and digits. The counts
    // were kept per segment as the text was built; an alternative's are the difference at its two ends.
    sums[sorted.length] = pieces.cjk + pieces.latin / 3;
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i]!;
      const from = this.segmentAt(c.start);
      const to = this.segmentAt(c.end);
      const cjk = (to ? to.cjk : pieces.cjk) - (from ? from.cjk : pieces.cjk);
      const latin = (to ? to.latin : pieces.latin) - (from ? from.latin : pieces.latin);
      sums[i] = cjk + latin / 3;
    }
    return (this.sums = sums);
  }

  /**
   * The first segment starting at or after an offset where an alternative starts or ends (no segment runs across
   * such an offset), or undefined past the last: the counts before it are the counts before the offset.
   */
  private segmentAt(offset: number): Segment | undefined {
    const { segments } = this.pieces;
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.offset < offset) lo = mid + 1;
      else hi = mid;
    }
    return segments[lo];
  }

  post(k: number): string {
    this.built ??= new Map();
    let p = this.built.get(k);
    if (p === undefined) {
      p = this.wholePostOf(k);
      this.built.set(k, p);
    }
    return p;
  }

  /** Σ over post k: everything minus the outermost alternatives it leaves out. */
  unitsOfPost(k: number): number {
    const sum = this.measure();
    const sorted = this.sorted();
    let value = sum[sorted.length]!;
    let reach = -1;
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i]!;
      if (k % c.count === c.variant || c.start < reach) continue;
      value -= sum[i]!;
      reach = c.end;
    }
    return value;
  }

  linesBoundOfPost(k: number): number {
    return this.linesOf(k, null);
  }

  linesBoundOfWidest(): number {
    return this.linesOf(0, this.widestChoices());
  }

  widestPost(): string {
    this.widestChoices();
    return this.widestOf(this.decisions!);
  }

  /**
   * The alternative of each pick (and if/else) longest on a phone: its width with each line break counted as a
   * whole line, inner picks taking their own longest (groups close inner first, so those are decided). Any
   * choice gives a bound and a post that agree; this one is the one most likely to fold. Alternatives in no
   * group (an emoji's spares) are in no post.
   */
  private widestChoices(): ReadonlySet<Choice> {
    if (this.widest) return this.widest;
    const { text } = this;
    const { separators } = this.pieces;
    const sorted = this.sorted();
    const keep = new Set<Choice>();
    const widthOf = (from: number, to: number) => {
      let w = 0;
      for (let i = from; i < to; i++) {
        const ch = text.charCodeAt(i);
        if (ch !== 10) w += phoneWidth(ch);
        else if (!separators.includes(i)) w += LINE_WIDTH;
      }
      return w;
    };
    /** The width of an alternative as the widest post would have it: inner alternatives not kept are left out. */
    const measure = (c: Choice) => {
      let w = 0;
      let at = c.start;
      for (const x of sorted) {
        if (x.start >= c.end) break;
        if (x === c || x.start < at || keep.has(x)) continue;
        w += widthOf(at, x.start);
        at = x.end;
      }
      return w + widthOf(at, c.end);
    };
    const decisions: number[] = [];
    for (const group of this.pieces.groups) {
      let best = 0;
      let most = -1;
      for (let i = 0; i < group.length; i++) {
        const w = measure(group[i]!);
        if (w > most) {
          best = i;
          most = w;
        }
      }
      keep.add(group[best]!);
      decisions.push(best);
    }
    this.decisions = decisions;
    return (this.widest = keep);
  }

  /**
   * Phone lines of a post as the static text has it: its paragraphs, each ⌈width / line⌉, without the alternatives
   * it leaves out (post k: all but variant k mod n of each; with `kept`: all but those). The rendered post has at
   * most these (whitespace control, trimming and the renderer's tidy only remove), so a post within the limit
   * here never needs building. (The bound of every post, nothing left out, is counted as the text is built.)
   */
  private linesOf(k: number, kept: ReadonlySet<Choice> | null): number {
    const { text } = this;
    const { separators } = this.pieces;
    const sorted = this.sorted();
    let lines = 0;
    let width = 0;
    let next = 0;
    /** The first separator at or after `i` (both only move forward). */
    let sep = 0;
    let i = 0;
    while (i < text.length) {
      // Jump over the alternatives this post leaves out (outermost first, in text order).
      if (next < sorted.length && sorted[next]!.start <= i) {
        const c = sorted[next]!;
        next++;
        if (c.end > i && (kept ? !kept.has(c) : k % c.count !== c.variant)) {
          i = c.end;
          while (next < sorted.length && sorted[next]!.start < i) next++;
        }
        continue;
      }
      // Up to the next alternative, nothing is left out: a tight loop over the characters.
      const stop = next < sorted.length ? Math.min(sorted[next]!.start, text.length) : text.length;
      for (; i < stop; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) {
          while (sep < separators.length && separators[sep]! < i) sep++;
          if (separators[sep] !== i) {
            lines += Math.max(1, Math.ceil(width / LINE_WIDTH));
            width = 0;
          }
        } else width += phoneWidth(ch);
      }
    }
    return lines + Math.max(1, Math.ceil(width / LINE_WIDTH));
  }

  linesBound(): number {
    return this.pieces.lines + Math.max(1, Math.ceil(this.pieces.width / LINE_WIDTH));
  }

  longerChoices(k: number | null): Position[] {
    const kept = k === null ? this.widestChoices() : null;
    const { text } = this;
    // A plain width (inner alternatives counted whole): enough to tell a long alternative from a short one.
    const widthOf = (c: Choice) => {
      let w = 0;
      for (let i = c.start; i < c.end; i++) w += text.charCodeAt(i) === 10 ? LINE_WIDTH : phoneWidth(text.charCodeAt(i));
      return w;
    };
    const out: { offset: number; position: Position }[] = [];
    for (const group of this.pieces.groups) {
      const chosen = group.find((c) => (kept ? kept.has(c) : k! % c.count === c.variant));
      if (!chosen || group.length < 2) continue;
      const narrowest = Math.min(...group.map(widthOf));
      if (widthOf(chosen) - narrowest < LINE_WIDTH) continue;
      // The first character of the alternative, past any spaces that open it.
      let at = chosen.start;
      while (at < chosen.end && /\s/.test(text[at]!)) at++;
      out.push({ offset: at, position: this.positionOf(at) });
    }
    return out.sort((a, b) => a.offset - b.offset).map((x) => x.position);
  }

  inPost(offset: number, k: number): boolean {
    for (const c of this.pieces.choices) if (offset >= c.start && offset < c.end && k % c.count !== c.variant) return false;
    return true;
  }

  positionOf(offset: number): Position {
    const { segments } = this.pieces;
    // Binary search for the last segment starting at or before the offset.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    if (!seg) return { line: this.bodyLine, column: 1 };
    let { line, column } = seg;
    const upto = Math.min(offset - seg.offset, seg.raw.length);
    for (let i = 0; i < upto; i++) {
      if (seg.raw.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column };
  }
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

/** Which alternative of `count` a post takes; `variant(i)` gives alternative i's text. */
type Chooser = (count: number, variant: (i: number) => string) => string;

/** Post k: variant k mod n of every pick, the inverse of every if/else for odd k. */
function wholePost(ast: hbs.AST.Program, k: number): string {
  return postOf(ast, (count, variant) => variant(k % count));
}

/**
 * The post that takes alternative `decisions[n]` of the n-th pick or if/else to close. Every alternative is
 * rendered, so the groups inside the ones left out are counted as the static text counted them.
 */
function chosenPost(ast: hbs.AST.Program, decisions: readonly number[]): string {
  let n = 0;
  return postOf(ast, (count, variant) => {
    const texts = Array.from({ length: count }, (_, i) => variant(i));
    return texts[decisions[n++] ?? 0]!;
  });
}

function postOf(ast: hbs.AST.Program, choose: Chooser): string {
  const render = (nodes: readonly Node[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'ContentStatement') out += (node as hbs.AST.ContentStatement).value;
      else if (node.type === 'MustacheStatement') {
        const m = node as hbs.AST.MustacheStatement;
        const name = helperName(m);
        const strings = stringParams(m);
        if (name === 'pick' && strings.length) out += choose(strings.length, (i) => strings[i]!.value);
        else if (name === 'emoji' && strings.length) out += strings[0]!.value;
        // Adjacent variables stand as one gap, as they do in the static text the bounds are summed over.
        else if (!out.endsWith(GAP)) out += GAP;
      } else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        if (helperName(b) === 'pick') {
          const variants = variantsOf(b.program);
          // The pick helper trims the variant it chose.
          out += choose(variants.length, (i) => render(variants[i]!).trim());
        } else if (b.inverse) {
          const inverse = b.inverse;
          out += choose(2, (i) => render(i === 1 ? inverse.body : (b.program?.body ?? [])));
        } else out += render(b.program?.body ?? []);
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
