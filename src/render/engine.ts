// Strict Handlebars rendering: unknown variables and helpers are errors naming file:line, output is plain text.
import Handlebars from 'handlebars';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import type { Problem } from '../model/errors.js';
import type { Template } from '../model/template.js';
import type { RenderContext } from './context.js';
import { makeRandom } from './random.js';
import { msg } from './messages.js';

/** Separates variants inside a `{{#pick}}…{{or}}…{{/pick}}` block; never appears in real text. */
const VARIANT_SEPARATOR = '\u241E';

export const HELPERS = ['pick', 'or', 'emoji', 'formatDate', 'signature', 'phrase', 'join'] as const;
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries([...HELPERS, ...BUILTIN_HELPERS].map((h) => [h, true])),
} as const;

type HelperOptions = Handlebars.HelperOptions & { data: { root: RenderContext; random: () => number } };

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('pick', function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as HelperOptions;
    const random = options.data.random;
    if (options.fn) {
      const variants = options.fn(this, { data: options.data }).split(VARIANT_SEPARATOR);
      return variants[Math.floor(random() * variants.length)]!.trim();
    }
    const choices = args.flat().map(String);
    if (choices.length === 0) return '';
    return choices[Math.floor(random() * choices.length)];
  });
  hb.registerHelper('or', () => VARIANT_SEPARATOR);
  hb.registerHelper('emoji', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const level = options.data.root.persona.voice.emoji;
    const richOnly = options.hash?.rich === true;
    if (level === 'none' || (richOnly && level !== 'rich')) return '';
    return args.map(String).join('');
  });
  hb.registerHelper('formatDate', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const [first, second] = args.map(String);
    const date = second === undefined ? options.data.root.isoDate : first!;
    const format = second === undefined ? (first ?? 'YYYY-MM-DD') : second;
    const locale = options.data.root.persona.locale === 'zh-CN' ? 'zh-cn' : 'en';
    return dayjs(date).locale(locale).format(format);
  });
  hb.registerHelper('signature', (options: HelperOptions) => options.data.root.persona.voice.signature);
  hb.registerHelper('phrase', (options: HelperOptions) => {
    const phrases = options.data.root.persona.voice.phrases;
    return phrases.length ? phrases[Math.floor(options.data.random() * phrases.length)] : '';
  });
  hb.registerHelper('join', (list: unknown, ...rest: unknown[]) => {
    rest.pop();
    const sep = rest.length ? String(rest[0]) : '、';
    return Array.isArray(list) ? list.map(String).join(sep) : String(list ?? '');
  });
}

export type Compiled = (ctx: RenderContext, seed: string) => string;

export interface Renderer {
  compile(template: Pick<Template, 'id' | 'file' | 'body' | 'bodyLine'>): { ok: true; render: Compiled } | { ok: false; problem: Problem };
}

function lineOf(message: string): { line: number; column: number } | null {
  const loc = / - (\d+):(\d+)$/.exec(message);
  if (loc) return { line: Number(loc[1]), column: Number(loc[2]) + 1 };
  const parse = /^Parse error on line (\d+)/.exec(message);
  if (parse) return { line: Number(parse[1]), column: 1 };
  return null;
}

function toProblem(err: unknown, template: Pick<Template, 'file' | 'bodyLine'>, phase: 'compile' | 'render'): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const at = lineOf(message);
  const position = at ? { line: template.bodyLine + at.line - 1, column: at.column } : { line: template.bodyLine };
  const unknownVar = /^"([^"]+)" not defined in/.exec(message);
  if (unknownVar) {
    return {
      code: 'template-render',
      file: template.file,
      ...position,
      message: msg('unknown-variable', { name: unknownVar[1]! }),
      expected: msg('unknown-variable-expected'),
      hint: msg('unknown-variable-hint'),
    };
  }
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper) {
    return {
      code: 'template-syntax',
      file: template.file,
      ...position,
      message: msg('unknown-helper', { name: unknownHelper[1]! }),
      expected: msg('one-of', { values: [...HELPERS, ...BUILTIN_HELPERS].join(', ') }),
    };
  }
  const firstLine = message.split('\n').filter((l) => !/^[-^ ]*$/.test(l)).slice(-1)[0] ?? message;
  return {
    code: phase === 'compile' ? 'template-syntax' : 'template-render',
    file: template.file,
    ...position,
    message: msg(phase === 'compile' ? 'syntax-error' : 'render-error', { detail: firstLine.replace(/ - \d+:\d+$/, '') }),
    ...(phase === 'compile' ? { hint: msg('syntax-hint') } : {}),
  };
}

/** Collapse the blank lines that conditional blocks leave behind. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function createRenderer(): Renderer {
  const hb = Handlebars.create();
  registerHelpers(hb);
  return {
    compile(template) {
      let fn: Handlebars.TemplateDelegate;
      try {
        // precompile parses eagerly, so syntax errors surface here rather than at first render.
        hb.precompile(template.body, COMPILE_OPTIONS);
        fn = hb.compile(template.body, COMPILE_OPTIONS);
      } catch (err) {
        return { ok: false, problem: toProblem(err, template, 'compile') };
      }
      const render: Compiled = (ctx, seed) => {
        const random = makeRandom(`${seed}\u0000${template.id}`);
        try {
          return tidy(fn(ctx, { data: { random }, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
        } catch (err) {
          throw Object.assign(new Error('render failed'), { problem: toProblem(err, template, 'render') });
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
