// Renders the Handlebars subset the library is written in straight from the parsed template. Handlebars
// compiles every template to JavaScript first, which costs more than all of a week's renders of it; walking the
// tree calls the very same helper functions with the same lookups. Anything outside the subset, and anything
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

function hashOf(hash: hbs.AST.Hash | undefined, context: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of hashPairs(hash)) out[pair.key] = value(pair.value, context);
  return out;
}

const noop = () => '';

function program(body: hbs.AST.Program | undefined, helpers: Helpers, data: Data): (context: unknown, options?: { data?: Data }) => string {
  if (!body) return noop;
  return (context, options) => render(body, context, options?.data ?? data, helpers);
}

function render(body: hbs.AST.Program, context: unknown, data: Data, helpers: Helpers): string {
  let out = '';
  for (const node of body.body) {
    let result: unknown;
    switch (node.type) {
      case 'ContentStatement':
        out += (node as hbs.AST.ContentStatement).value;
        continue;
      case 'CommentStatement':
        continue;
      case 'MustacheStatement':
      case 'BlockStatement': {
        const call = node as hbs.AST.MustacheStatement | hbs.AST.BlockStatement;
        const name = helperName(call.path, helpers);
        if (name === null) {
          result = strictValue(call.path as hbs.AST.PathExpression, context);
          break;
        }
        const block = node.type === 'BlockStatement' ? (node as hbs.AST.BlockStatement) : null;
        // As Handlebars does: only a block call gets `fn` and `inverse` (a helper such as pick tells the two apart so).
        const options = {
          name,
          hash: hashOf(call.hash, context),
          data,
          loc: call.loc,
          ...(block ? { fn: program(block.program, helpers, data), inverse: program(block.inverse, helpers, data) } : {}),
          lookupProperty,
        };
        result = helpers[name]!.call(context, ...call.params.map((p) => value(p, context)), options);
        break;
      }
    }
    if (result !== null && result !== undefined) out += result;
  }
  return out;
}

/**
 * Render a parsed body, or null when Handlebars must: the body is outside the subset, or this render hit
 * something Handlebars reports or treats in its own way. Errors thrown by helpers go back to Handlebars too,
 * which throws them again with its own context.
 */
export function interpret(body: hbs.AST.Program, context: unknown, data: Data, helpers: Helpers): string | null {
  try {
    return render(body, context, data, helpers);
  } catch {
    return null;
  }
}
