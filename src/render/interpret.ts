// Renders the Handlebars subset the library is written in from the parsed template, turned once into plain
// functions that call the very same helpers with the same lookups. Handlebars compiles every template to
// JavaScript first, which costs more than all of a week's renders of it. Anything outside the subset, and anything
// unusual at render time (a missing variable, a helper's error), is left to Handlebars itself, so its output and
// its error messages stay the reference.

/** What Handlebars would do differently or report: the caller renders with Handlebars instead. */
const DEFER = Symbol('defer to Handlebars');

type Helper = (this: unknown, ...args: unknown[]) => unknown;
type Helpers = Readonly<Record<string, Helper | undefined>>;
type Data = Record<string, unknown>;
type Node = hbs.AST.Node;

/** Block helpers the subset knows; `each` and `with` change the context and are left to Handlebars. */
const BLOCK_HELPERS = new Set(['pick', 'if', 'unless']);
const LITERALS = new Set(['StringLiteral', 'NumberLiteral', 'BooleanLiteral', 'UndefinedLiteral', 'NullLiteral']);

/** A plain path from the current context: no `@data`, no `../`, no `this`. */
function plainPath(node: Node): node is hbs.AST.PathExpression {
  if (node.type !== 'PathExpression') return false;
  const path = node as hbs.AST.PathExpression & { this?: boolean };
  return !path.data && path.depth === 0 && !path.this && path.parts.length > 0 && path.parts.every((p) => typeof p === 'string');
}

function helperName(path: Node, helpers: Helpers): string | null {
  if (!plainPath(path) || path.parts.length !== 1) return null;
  const name = path.parts[0]!;
  return Object.hasOwn(helpers, name) ? name : null;
}

/** Helper arguments: literals and plain paths. (Sub-expressions could call a helper that draws a random number,
 *  and the order Handlebars evaluates them in is its own business.) */
function simpleValue(node: Node): boolean {
  return LITERALS.has(node.type) || plainPath(node);
}

function hashPairs(hash: hbs.AST.Hash | undefined): hbs.AST.HashPair[] {
  return hash ? hash.pairs : [];
}

function noBlockParams(program: hbs.AST.Program | undefined): boolean {
  return !program || !(program.blockParams && program.blockParams.length);
}

/**
 * Whether every node of the body is in the subset this module renders exactly as Handlebars does. `known` is
 * every helper name Handlebars knows; `helpers` the ones rendered here (a known helper not among them, such as
 * `each`, leaves the template to Handlebars, which would call it where this module would look up a variable).
 */
export function interpretable(program: hbs.AST.Program, helpers: Helpers, known: ReadonlySet<string>): boolean {
  return program.body.every((node) => statement(node, helpers, known));
}

function statement(node: Node, helpers: Helpers, known: ReadonlySet<string>): boolean {
  const call = node as Partial<hbs.AST.MustacheStatement>;
  if (call.path && plainPath(call.path) && call.path.parts.length === 1 && known.has(call.path.parts[0]!) && !helperName(call.path, helpers)) return false;
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return true;
    case 'MustacheStatement': {
      const m = node as hbs.AST.MustacheStatement;
      const args = [...m.params, ...hashPairs(m.hash).map((p) => p.value)];
      if (helperName(m.path, helpers)) return args.every(simpleValue);
      // Not a helper: a plain variable, which takes no arguments.
      return plainPath(m.path) && args.length === 0;
    }
    case 'BlockStatement': {
      const b = node as hbs.AST.BlockStatement;
      const name = helperName(b.path, helpers);
      if (!name || !BLOCK_HELPERS.has(name)) return false;
      if (![...b.params, ...hashPairs(b.hash).map((p) => p.value)].every(simpleValue)) return false;
      if (!noBlockParams(b.program) || !noBlockParams(b.inverse)) return false;
      return (!b.program || interpretable(b.program, helpers, known)) && (!b.inverse || interpretable(b.inverse, helpers, known));
    }
    default:
      return false;
  }
}

/**
 * Handlebars' `lookupProperty` for what templates read: an own property, or nothing. A property from a prototype
 * (Handlebars denies it and logs a warning) and a lookup on nothing (a TypeError there) go back to Handlebars.
 */
function lookupProperty(parent: unknown, name: string): unknown {
  if (parent === null || parent === undefined) throw DEFER;
  const result = (parent as Record<string, unknown>)[name];
  if (result === null || result === undefined) return result;
  if (name !== 'constructor' && Object.prototype.hasOwnProperty.call(parent, name)) return result;
  throw DEFER;
}

/** A helper argument: looked up leniently, as Handlebars does for parameters. */
function value(node: Node, context: unknown): unknown {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return (node as hbs.AST.StringLiteral).value;
    case 'UndefinedLiteral':
      return undefined;
    case 'NullLiteral':
      return null;
    default: {
      let current = context;
      for (const part of (node as hbs.AST.PathExpression).parts as string[]) current = lookupProperty(current, part);
      return current;
    }
  }
}

/** `{{a.b.c}}` in strict mode: the last part must exist, or Handlebars reports it (with its position). */
function strictValue(path: hbs.AST.PathExpression, context: unknown): unknown {
  const parts = path.parts as string[];
  let current = context;
  for (let i = 0; i < parts.length - 1; i++) current = lookupProperty(current, parts[i]!);
  const last = parts[parts.length - 1]!;
  if (!current || typeof current !== 'object' || !(last in current)) throw DEFER;
  const found = lookupProperty(current, last);
  // A function in the data would be called by Handlebars; data from YAML never holds one.
  if (typeof found === 'function') throw DEFER;
  return found;
}

/** A piece of a prepared body: text as written, or a call that gives a value to append. */
type Piece = string | ((context: unknown, data: Data) => unknown);
type Prepared = readonly Piece[];

const noop = () => '';

/** A block's `fn` or `inverse` as Handlebars hands it to a helper: render with a context, and maybe new data. */
function blockFn(body: Prepared | null, data: Data): (context: unknown, options?: { data?: Data }) => string {
  if (!body) return noop;
  return (context, options) => run(body, context, options?.data ?? data);
}

function run(body: Prepared, context: unknown, data: Data): string {
  let out = '';
  for (const piece of body) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const result = piece(context, data);
    if (result !== null && result !== undefined) out += result;
  }
  return out;
}

function argument(node: Node): (context: unknown) => unknown {
  if (LITERALS.has(node.type)) {
    const literal = value(node, undefined);
    return () => literal;
  }
  return (context) => value(node, context);
}

/** A mustache or block as a function, worked out once: which helper, which arguments, which blocks. */
function call(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, helpers: Helpers): (context: unknown, data: Data) => unknown {
  const name = helperName(node.path, helpers);
  if (name === null) {
    const path = node.path as hbs.AST.PathExpression;
    return (context) => strictValue(path, context);
  }
  const helper = helpers[name]!;
  const params = node.params.map(argument);
  const pairs = hashPairs(node.hash).map((pair) => [pair.key, argument(pair.value)] as const);
  const loc = node.loc;
  const block = node.type === 'BlockStatement' ? (node as hbs.AST.BlockStatement) : null;
  const fn = block?.program ? prepare(block.program, helpers) : null;
  const inverse = block?.inverse ? prepare(block.inverse, helpers) : null;
  return (context, data) => {
    const hash: Record<string, unknown> = {};
    for (const [key, arg] of pairs) hash[key] = arg(context);
    // As Handlebars does: only a block call gets `fn` and `inverse` (a helper such as pick tells the two apart so).
    const options = block
      ? { name, hash, data, loc, fn: blockFn(fn, data), inverse: blockFn(inverse, data), lookupProperty }
      : { name, hash, data, loc, lookupProperty };
    return params.length === 0 ? helper.call(context, options) : helper.call(context, ...params.map((p) => p(context)), options);
  };
}

function prepare(program: hbs.AST.Program, helpers: Helpers): Prepared {
  const pieces: Piece[] = [];
  for (const node of program.body) {
    if (node.type === 'CommentStatement') continue;
    if (node.type === 'ContentStatement') {
      const text = (node as hbs.AST.ContentStatement).value;
      const last = pieces.length - 1;
      if (typeof pieces[last] === 'string') pieces[last] += text;
      else pieces.push(text);
      continue;
    }
    pieces.push(call(node as hbs.AST.MustacheStatement, helpers));
  }
  return pieces;
}

export type DirectRender = (context: unknown, data: Data) => string | null;

/**
 * A parsed body made ready to render without Handlebars, or null when it is outside the subset. The render
 * gives null when this render hit something Handlebars reports or treats in its own way (a missing variable, a
 * helper's error), and Handlebars renders it instead.
 */
export function prepareDirect(body: hbs.AST.Program, helpers: Helpers, known: ReadonlySet<string>): DirectRender | null {
  if (!interpretable(body, helpers, known)) return null;
  const prepared = prepare(body, helpers);
  return (context, data) => {
    try {
      return run(prepared, context, data);
    } catch {
      return null;
    }
  };
}
