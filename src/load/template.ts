// Parse one template file: YAML front matter between "---" fences (positions kept, dates stay strings) + Handlebars body.
import type { Result } from '../model/errors.js';
import { frontMatterSchema, type Template } from '../model/template.js';
import { msg } from './messages.js';
import { parseYaml, schemaProblems, stripBom } from './yaml-source.js';
import { createRequire } from 'node:module';
import { splitFrontMatter, type FrontMatterSplit } from './files.js';

export { hasFrontMatter, splitFrontMatter, type FrontMatterSplit } from './files.js';

export function parseTemplate(rawText: string, file: string, id: string): Result<Template> {
  const split = splitFrontMatter(stripBom(rawText));
  if (split === 'missing' || split === 'unclosed') {
    return {
      ok: false,
      problems: [
        {
          code: 'front-matter',
          file,
          line: 1,
          message: msg(split === 'missing' ? 'front-matter-missing' : 'front-matter-unclosed'),
          expected: msg('front-matter-expected'),
          hint: msg('front-matter-hint'),
        },
      ],
    };
  }
  const fm = frontMatterOf(stripBom(rawText), split);
  // The YAML starts on file line 2, after the opening fence.
  const parsed = parseYaml(fm.yaml, file, 1);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, code: p.code === 'yaml-syntax' ? 'front-matter' : p.code })) };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'front-matter', file, line: 2, message: msg('front-matter-not-mapping'), hint: msg('front-matter-hint') }] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: schemaProblems(parsed.src, frontMatterSchema, result.error.issues) };
  if (fm.body.trim() === '') {
    return { ok: false, problems: [{ code: 'template-syntax', file, line: split.bodyLine, message: msg('template-empty'), hint: msg('template-empty-hint') }] };
  }
  return {
    ok: true,
    value: { ...result.data, id, file, body: fm.body, bodyLine: split.bodyLine },
    warnings: [],
  };
}

/**
 * gray-matter splits the front matter off the body. Its bundled js-yaml would turn 2026-10-01 into a Date,
 * so it gets an engine that parses nothing: the `yaml` package parses the text, keeping positions for
 * messages. Its two quirks are caught first by the line-based split ("----" taken for a fence; no closing
 * fence read as all front matter), and should it ever split a file differently from the fences, the fences
 * win: they are what the error positions count from.
 */
function frontMatterOf(text: string, split: FrontMatterSplit): { yaml: string; body: string } {
  // Loaded on first use (about 25 ms): nearly every template takes the fast path and never gets here.
  const matter = createRequire(import.meta.url)('gray-matter') as typeof import('gray-matter');
  const file = matter(text, { engines: { yaml: { parse: () => ({}), stringify: () => '' } } } as never);
  const yaml = file.matter.replace(/^\r?\n/, '');
  return yaml === split.yaml && file.content === split.body ? { yaml, body: file.content } : { yaml: split.yaml, body: split.body };
}
