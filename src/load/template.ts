// Parse one template file: YAML front matter (positions kept, dates stay strings) + Handlebars body.
import matter from 'gray-matter';
import type { Result } from '../model/errors.js';
import { frontMatterSchema, type Template } from '../model/template.js';
import { msg } from './messages.js';
import { parseYaml, schemaProblems, stripBom } from './yaml-source.js';

/** gray-matter only splits here; the `yaml` package parses, so dates stay strings and nodes keep positions. */
const SPLIT_ONLY = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };

export function parseTemplate(rawText: string, file: string, id: string): Result<Template> {
  const text = stripBom(rawText);
  const split = /^---[ \t]*\r?\n/.test(text) ? matter(text, SPLIT_ONLY as never) : null;
  if (!split || split.content === text) {
    return {
      ok: false,
      problems: [
        {
          code: 'front-matter',
          file,
          line: 1,
          message: msg('front-matter-missing'),
          expected: msg('front-matter-expected'),
          hint: msg('front-matter-hint'),
        },
      ],
    };
  }
  // Front matter YAML starts on file line 2.
  const parsed = parseYaml(split.matter.replace(/^\r?\n/, ''), file, 1);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, code: p.code === 'yaml-syntax' ? 'front-matter' : p.code })) };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'front-matter', file, line: 2, message: msg('front-matter-not-mapping') }] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: schemaProblems(parsed.src, frontMatterSchema, result.error.issues) };
  const head = text.slice(0, text.length - split.content.length);
  const bodyLine = head.split('\n').length;
  return {
    ok: true,
    value: { ...result.data, id, file, body: split.content, bodyLine },
    warnings: [],
  };
}
