// Template syntax errors as problems users can act on: Handlebars' parse errors at their file position, and an
// unclosed block named where it opens. Light (no Handlebars): lint reports syntax the same way as rendering.
import type { Problem } from '../model/errors.js';
import type { Template } from '../model/template.js';
import { msg } from './messages.js';

export const HELPERS = ['pick', 'or', 'emoji', 'formatDate', 'signature', 'phrase', 'join'] as const;
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;
export const KNOWN_HELPERS: readonly string[] = [...HELPERS, ...BUILTIN_HELPERS];

export type Where = Pick<Template, 'file' | 'bodyLine'> & { body?: string };

/** Body line/column (1-based) to file position. */
export function at(template: Where, line: number, column: number): { line: number; column: number } {
  return { line: template.bodyLine + line - 1, column };
}

/** The innermost {{#block}} (or {{^block}}) a body opens and never closes, with its 1-based line and column. */
function unclosedBlock(body: string): { name: string; line: number; column: number } | null {
  const stack: { name: string; at: number }[] = [];
  const tag = /\{\{~?\s*(?:!--[\s\S]*?--~?\}\}|![\s\S]*?\}\}|([#^/])\s*([\w.-]+))/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (!m[1]) continue;
    if (m[1] === '/') {
      const i = stack.map((s) => s.name).lastIndexOf(m[2]!);
      if (i >= 0) stack.length = i;
    } else stack.push({ name: m[2]!, at: m.index });
  }
  const open = stack[stack.length - 1];
  if (!open) return null;
  const before = body.slice(0, open.at);
  const line = before.split('\n').length;
  return { name: open.name, line, column: open.at - before.lastIndexOf('\n') };
}

/** The last `{{` of a body that no `}}` follows, with its 1-based line and column. */
function unclosedMustache(body: string): { line: number; column: number } | null {
  const open = body.lastIndexOf('{{');
  if (open < 0 || body.indexOf('}}', open) >= 0) return null;
  const before = body.slice(0, open);
  return { line: before.split('\n').length, column: open - before.lastIndexOf('\n') };
}

/** A Handlebars parse error as a problem at its file position; lint reports template syntax the same way. */
export function syntaxProblem(err: unknown, template: Where): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const e = err as { lineNumber?: number; column?: number };
  const loc = / - (\d+):(\d+)$/.exec(message);
  const parse = /^Parse error on line (\d+)/.exec(message);
  const position =
    e.lineNumber !== undefined
      ? at(template, e.lineNumber, (e.column ?? 0) + 1)
      : loc
        ? at(template, Number(loc[1]), Number(loc[2]) + 1)
        : parse
          ? at(template, Number(parse[1]), 1)
          : { line: template.bodyLine };
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper) {
    return {
      code: 'template-syntax',
      file: template.file,
      ...position,
      message: msg('unknown-helper', { name: unknownHelper[1]! }),
      expected: msg('one-of', { values: KNOWN_HELPERS.join(', ') }),
    };
  }
  // The end of the file reached inside a block: say which block, where it opens, not what the parser expected.
  if (/got 'EOF'/.test(message) && template.body !== undefined) {
    const open = unclosedBlock(template.body);
    if (open) {
      return { code: 'template-syntax', file: template.file, ...at(template, open.line, open.column), message: msg('block-unclosed', { name: open.name }), hint: msg('block-unclosed-hint', { name: open.name }) };
    }
  }
  // A mustache never closed: the last {{ with no }} after it.
  if (/got 'EOF'/.test(message) && template.body !== undefined) {
    const open = unclosedMustache(template.body);
    if (open) return { code: 'template-syntax', file: template.file, ...at(template, open.line, open.column), message: msg('mustache-unclosed'), hint: msg('mustache-unclosed-hint') };
  }
  // Handlebars' parse errors repeat the line with a caret; the last line says what was expected.
  const detail = message
    .split('\n')
    .filter((l) => !/^[-^ ]*$/.test(l))
    .slice(-1)[0]!
    .replace(/ - \d+:\d+$/, '');
  return { code: 'template-syntax', file: template.file, ...position, message: msg('syntax-error', { detail }), hint: msg('syntax-hint') };
}
