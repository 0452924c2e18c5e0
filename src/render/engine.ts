// Strict Handlebars rendering: unknown variables and helpers are errors naming file:line, output is plain text.
import Handlebars from 'handlebars';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import 'dayjs/locale/zh-cn.js';
import type { Problem } from '../model/errors.js';
import type { Text } from '../i18n/text.js';
import type { Template } from '../model/template.js';
import type { RenderContext } from './context.js';
import { prepareDirect, type DirectRender } from './interpret.js';
import { makeRandom } from './random.js';
import { EMOJI_SEQUENCE, NOT_SYMBOL } from '../model/emoji.js';
import { msg } from './messages.js';
import { at, HELPERS, KNOWN_HELPERS, syntaxProblem, type Where } from './syntax.js';

// Dates in a context are local to the persona already; formatting them as UTC keeps the machine's zone out.
dayjs.extend(utc);

/** Separates variants inside a `{{#pick}}…{{or}}…{{/pick}}` block; never appears in real text. */
const VARIANT_SEPARATOR = '\u241E';

export { HELPERS, KNOWN_HELPERS, syntaxProblem } from './syntax.js';
/** The helpers src/render/interpret.ts renders itself; a template using another is rendered by Handlebars. */
const INTERPRETED_HELPERS = [...HELPERS, 'if', 'unless', 'lookup'] as const;
const KNOWN = new Set(KNOWN_HELPERS);

const COMPILE_OPTIONS = {
  strict: true,
  // Posts are plain text for WeChat, not HTML: "&" and "<" stay as written.
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((h) => [h, true])),
} as const;

interface RenderData {
  root: RenderContext;
  random: () => number;
  inPick?: boolean;
}
type HelperOptions = Handlebars.HelperOptions & { data: RenderData; loc?: hbs.AST.SourceLocation };

/** A helper's own error, carrying where in the body it was called. */
class HelperError extends Error {
  constructor(
    readonly text: Text,
    readonly loc: hbs.AST.SourceLocation | undefined,
  ) {
    super(text.key);
  }
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('pick', function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as HelperOptions;
    const random = options.data.random;
    if (options.fn) {
      const data = hb.createFrame(options.data);
      data.inPick = true;
      const variants = options.fn(this, { data }).split(VARIANT_SEPARATOR);
      return variants[Math.floor(random() * variants.length)]!.trim();
    }
    const choices = args.flat().map(String);
    if (choices.length === 0) return '';
    return choices[Math.floor(random() * choices.length)];
  });
  hb.registerHelper('or', (options: HelperOptions) => {
    if (!options.data.inPick) throw new HelperError(msg('or-outside-pick'), options.loc);
    return VARIANT_SEPARATOR;
  });
  // none: no emoji at all; light: the first one given; rich: all of them, and those marked rich=true.
  hb.registerHelper('emoji', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const level = options.data.root.persona.voice.emoji;
    const richOnly = options.hash?.rich === true;
    if (level === 'none' || (richOnly && level !== 'rich')) return NOTHING;
    const emoji = args.map(String);
    return level === 'rich' ? emoji.join('') : (emoji[0] ?? '');
  });
  hb.registerHelper('formatDate', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const [first, second] = args.map(String);
    const date = second === undefined ? options.data.root.isoDate : first!;
    const format = second === undefined ? (first ?? 'YYYY-MM-DD') : second;
    const parsed = dayjs.utc(date);
    if (!parsed.isValid()) throw new HelperError(msg('bad-date', { value: date }), options.loc);
    return parsed.locale(options.data.root.persona.locale === 'zh-CN' ? 'zh-cn' : 'en').format(format);
  });
  hb.registerHelper('signature', (options: HelperOptions) => options.data.root.persona.voice.signature || NOTHING);
  hb.registerHelper('phrase', (options: HelperOptions) => {
    const phrases = options.data.root.persona.voice.phrases;
    return phrases.length ? phrases[Math.floor(options.data.random() * phrases.length)] : NOTHING;
  });
  hb.registerHelper('join', (list: unknown, ...rest: unknown[]) => {
    rest.pop();
    const sep = rest.length ? String(rest[0]) : '、';
    return Array.isArray(list) ? list.map(String).join(sep) : String(list ?? '');
  });
}

/** Handlebars' first compiler pass, public at runtime but missing from its type declarations. */
interface OpcodeCompiler {
  Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown };
}

export type Compiled = (ctx: RenderContext, seed: string) => string;

export interface Renderer {
  compile(template: Pick<Template, 'id' | 'file' | 'body' | 'bodyLine'>): { ok: true; render: Compiled } | { ok: false; problem: Problem };
}


const CHILD_KEYS = ['body', 'path', 'params', 'program', 'inverse', 'hash', 'pairs', 'value'] as const;

/**
 * The first node of a template body, depth first in source order, that `test` accepts. A plain recursion: this
 * runs for every template a plan compiles, and a generator walk (yield* at each level) cost milliseconds of them.
 */
function findNode(node: unknown, test: (n: hbs.AST.Node) => boolean): hbs.AST.Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as hbs.AST.Node & Record<string, unknown>;
  if (typeof n.type === 'string' && test(n)) return n;
  for (const key of CHILD_KEYS) {
    const child = n[key];
    if (Array.isArray(child)) {
      for (const c of child) {
        const found = findNode(c, test);
        if (found) return found;
      }
    } else if (child && typeof child === 'object') {
      const found = findNode(child, test);
      if (found) return found;
    }
  }
  return undefined;
}

const UNSUPPORTED = new Set(['PartialStatement', 'PartialBlockStatement', 'Decorator', 'DecoratorBlock']);

/** Blocks that give their body a context of its own, which `../` climbs out of. */
const CONTEXT_BLOCKS = new Set(['each', 'with']);

/** The first path whose `../` climbs above the template's top context (`{{../persona.name}}` outside any {{#each}}). */
function aboveTop(node: unknown, depth: number): hbs.AST.PathExpression | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as hbs.AST.Node & Record<string, unknown>;
  if (n.type === 'PathExpression') return (n as unknown as hbs.AST.PathExpression).depth > depth ? (n as unknown as hbs.AST.PathExpression) : null;
  if (n.type === 'BlockStatement') {
    const block = n as unknown as hbs.AST.BlockStatement;
    const inner = isPath(block.path) && CONTEXT_BLOCKS.has(block.path.original) ? depth + 1 : depth;
    return aboveTop(block.path, depth) ?? aboveTop(block.params, depth) ?? aboveTop(block.hash, depth) ?? aboveTop(block.program, inner) ?? aboveTop(block.inverse, depth);
  }
  if (Array.isArray(node)) {
    for (const c of node) {
      const found = aboveTop(c, depth);
      if (found) return found;
    }
    return null;
  }
  for (const key of CHILD_KEYS) {
    const found = aboveTop(n[key], depth);
    if (found) return found;
  }
  return null;
}

/** Partials and decorators would read files or run code we do not control; templates are self-contained. */
function unsupported(ast: hbs.AST.Program, template: Where): Problem | null {
  const above = aboveTop(ast, 0);
  if (above) {
    return {
      code: 'template-syntax',
      file: template.file,
      ...at(template, above.loc.start.line, above.loc.start.column + 1),
      message: msg('above-top', { path: above.original }),
      hint: msg('above-top-hint', { fixed: above.original.replace(/^(?:\.\.\/)+/, '') }),
    };
  }
  const node = findNode(ast, (n) => UNSUPPORTED.has(n.type));
  if (!node) return null;
  return {
    code: 'template-syntax',
    file: template.file,
    ...at(template, node.loc.start.line, node.loc.start.column + 1),
    message: msg('unsupported', { what: node.type.startsWith('Partial') ? '{{> partial}}' : '{{* decorator}}' }),
    hint: msg('unsupported-hint'),
  };
}


const ROOT_KEYS = new Set(['persona', 'product', 'event', 'series', 'date', 'weekday', 'isoDate']);

function isPath(node: hbs.AST.Node): node is hbs.AST.PathExpression {
  return node.type === 'PathExpression';
}

/** Follow a path from the root context to its first missing part (`product` in `product.name` without a product). */
function firstMissing(path: hbs.AST.PathExpression, root: RenderContext): string | null {
  if (path.data || path.depth > 0 || !ROOT_KEYS.has(String(path.parts[0]))) return null;
  let value: unknown = root;
  for (const [i, part] of path.parts.entries()) {
    if (value === null || value === undefined || typeof value !== 'object' || !Object.hasOwn(value, part)) {
      return path.parts.slice(0, i + 1).join('.');
    }
    value = (value as Record<string, unknown>)[part];
  }
  return null;
}

function unknownVariable(name: string, position: { line: number; column?: number }, template: Where): Problem {
  return {
    code: 'template-render',
    file: template.file,
    ...position,
    message: msg('unknown-variable', { name }),
    expected: msg('unknown-variable-expected'),
    hint: msg('unknown-variable-hint'),
  };
}

function renderProblem(err: unknown, ast: hbs.AST.Program, template: Where, ctx: RenderContext): Problem {
  if (err instanceof HelperError) {
    const position = err.loc ? at(template, err.loc.start.line, err.loc.start.column + 1) : { line: template.bodyLine };
    return { code: 'template-render', file: template.file, ...position, message: err.text };
  }
  const message = err instanceof Error ? err.message : String(err);
  const strict = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (strict) {
    const line = Number(strict[2]);
    const column = Number(strict[3]);
    // Handlebars names only the last part ("nme"); the path as written ("persona.nme") is what the author looks for.
    const path = findNode(ast, (n) => isPath(n) && n.loc.start.line === line && n.loc.start.column === column) as hbs.AST.PathExpression | undefined;
    const name = path ? (firstMissing(path, ctx) ?? path.original) : strict[1]!;
    return unknownVariable(name, at(template, line, column + 1), template);
  }
  // Helper arguments are looked up leniently, so `{{#if product.name}}` without a product fails in plain JS:
  // find the path whose head exists but whose next part does not.
  const node = findNode(ast, (n) => isPath(n) && firstMissing(n, ctx) !== null) as hbs.AST.PathExpression | undefined;
  if (node) return unknownVariable(firstMissing(node, ctx)!, at(template, node.loc.start.line, node.loc.start.column + 1), template);
  return { code: 'template-render', file: template.file, line: template.bodyLine, message: msg('render-error', { detail: message }) };
}

/** An emoji with its modifiers and joined sequences (👍🏽, 👨‍👩‍👧), and the space before it. */
const EMOJI_RUN = new RegExp(`[ \\t]?${NOT_SYMBOL}${EMOJI_SEQUENCE}`, 'gu');

/**
 * What a voice helper renders when the persona has none of it (no signature, no pet phrase, emoji: none): a mark
 * that tidy() removes, with the line it stood on when nothing else is there. A {{signature}} line of its own
 * otherwise left an empty line in the middle of a post.
 */
const NOTHING = '\uE001';
const NOTHING_LINE = /^[ \t\uE001]*\uE001[ \t\uE001]*(?:\n|$)/gm;

/**
 * The blank lines conditional blocks leave behind collapsed, and for a persona whose voice has no emoji (`emoji: none`), any emoji a template, a product
 * name or a phrase typed in outside the {{emoji}} helper: "none renders no emoji" holds whatever the text says.
 */
function tidy(text: string, ctx: RenderContext): string {
  const marked = text.includes(NOTHING) ? text.replace(NOTHING_LINE, '').replaceAll(NOTHING, '') : text;
  return (ctx.persona.voice.emoji === 'none' ? marked.replace(EMOJI_RUN, '') : marked)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `direct: false` renders every template with Handlebars alone: the reference the tests hold the direct renderer to. */
export function createRenderer(options: { direct?: boolean } = {}): Renderer {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const interpreted = Object.fromEntries(INTERPRETED_HELPERS.map((name) => [name, hb.helpers[name] as (...args: unknown[]) => unknown]));
  return {
    compile(template) {
      let ast: hbs.AST.Program;
      let fn: Handlebars.TemplateDelegate;
      let direct: DirectRender | null;
      try {
        ast = hb.parse(template.body);
        const bad = unsupported(ast, template);
        if (bad) return { ok: false, problem: bad };
        // Handlebars turns a template into JavaScript on its first render; the subset the library is written in
        // renders straight from the tree, and Handlebars takes over whenever that says it must.
        direct = options.direct !== false ? prepareDirect(ast, interpreted, KNOWN) : null;
        // The first compiler pass (AST to opcodes) is where knownHelpersOnly rejects an unknown helper: run it now
        // so the problem surfaces here; the costly JavaScript generation still happens once, lazily, in compile.
        // A body in the direct subset names known helpers only, so it needs neither.
        if (!direct) new (hb as unknown as OpcodeCompiler).Compiler().compile(ast, COMPILE_OPTIONS);
        fn = hb.compile(ast, COMPILE_OPTIONS);
      } catch (err) {
        return { ok: false, problem: syntaxProblem(err, template) };
      }
      const render: Compiled = (ctx, seed) => {
        if (direct) {
          const text = direct(ctx, { root: ctx, random: makeRandom(`${seed}\u0000${template.id}`) });
          if (text !== null) return tidy(text, ctx);
        }
        const random = makeRandom(`${seed}\u0000${template.id}`);
        try {
          const data: RenderData = { root: ctx, random };
          return tidy(fn(ctx, { data, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }), ctx);
        } catch (err) {
          throw Object.assign(new Error('render failed'), { problem: renderProblem(err, ast, template, ctx) });
        }
      };
      return { ok: true, render };
    },
  };
}

/** Render once, returning a problem instead of throwing. */
export function tryRender(render: Compiled, ctx: RenderContext, seed: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    return { ok: true, text: render(ctx, seed) };
  } catch (err) {
    const problem = (err as { problem?: Problem }).problem;
    if (problem) return { ok: false, problem };
    throw err;
  }
}
