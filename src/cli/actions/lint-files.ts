// The per-file work of `persona lint`: parse, render for the personas it fits, lint. Runs in the main thread
// or, for large repos, in worker threads over slices of the file list (see lint.ts and lint-worker.ts).
import type { Problem, Result } from '../../model/errors.js';
import { templateFits } from '../../model/fit.js';
import type { Persona } from '../../model/persona.js';
import type { Policy } from '../../model/policy.js';
import { DEFAULT_CEILINGS } from '../../model/policy.js';
import { frontMatterSchema, type Template, type TemplateKind } from '../../model/template.js';
import { sep } from 'node:path';
import { display, readText, templateId } from '../../load/workspace.js';
import { hasFrontMatter, parseTemplate, splitFrontMatter } from '../../load/template.js';
import { stripBom } from '../../load/yaml-source.js';
import { msg as renderMsg } from '../../render/messages.js';
import { fastFrontMatter } from '../../lint/front-matter.js';
import { kindLineOf, lintTemplate, type LintSettings, type RenderedCase, type TemplateLint } from '../../lint/lint-template.js';
import { createScorer } from '../../lint/score.js';
import { scanBody } from '../../lint/scan-body.js';
import type { FullParser } from '../../lint/static-text.js';

export interface Target {
  file: string;
  /** The folder its id is relative to. */
  root: string;
}

export interface LintJob {
  targets: readonly Target[];
  cwd: string;
  policy: Policy;
  personas: readonly Persona[];
}

export interface LintOutcome {
  results: TemplateLint[];
  problems: Problem[];
  renders: number;
}

export function ceilingsOf(policy: Policy): Record<TemplateKind, number> {
  const ceilings = { ...DEFAULT_CEILINGS } as Record<TemplateKind, number>;
  for (const [kind, value] of Object.entries(policy.lint.ceilings)) if (value !== undefined) ceilings[kind as TemplateKind] = value;
  return ceilings;
}

export function settingsOf(policy: Policy): LintSettings {
  return { scorer: createScorer({ bannedWords: policy.bannedWords }), ceilings: ceilingsOf(policy), levels: policy.lint.rules };
}

/**
 * Front matter in the common shape parses without building a YAML document; anything unusual, and every
 * file with a problem, goes through the full loader so problems keep their file:line:column.
 */
function parseFast(text: string, file: string, id: string): Result<Template> {
  const split = splitFrontMatter(stripBom(text));
  if (typeof split === 'object' && split.body.trim()) {
    const data = fastFrontMatter(split.yaml);
    const fm = data ? frontMatterSchema.safeParse(data) : null;
    if (fm?.success) return { ok: true, value: { ...fm.data, id, file, body: split.body, bodyLine: split.bodyLine }, warnings: [] };
  }
  return parseTemplate(text, file, id);
}

function syntaxProblem(err: unknown, file: string, bodyLine: number): Problem {
  const message = err instanceof Error ? err.message : String(err);
  // Handlebars puts the position on the error (lineNumber/column), at the end (" - 1:3") or in front ("on line 2").
  const e = err as { lineNumber?: number; column?: number };
  const tail = / - (\d+):(\d+)$/.exec(message);
  const head = /line (\d+)/.exec(message);
  const at =
    e.lineNumber !== undefined
      ? { line: e.lineNumber, column: (e.column ?? 0) + 1 }
      : tail
        ? { line: Number(tail[1]), column: Number(tail[2]) + 1 }
        : head
          ? { line: Number(head[1]), column: 1 }
          : { line: 1, column: 1 };
  const detail = message
    .split('\n')
    .filter((l) => !/^[-^ ]*$/.test(l))
    .slice(-1)[0]!;
  return {
    code: 'template-syntax',
    file,
    line: bodyLine + at.line - 1,
    column: at.column,
    message: renderMsg('syntax-error', { detail: detail.replace(/ - \d+:\d+$/, '') }),
    hint: renderMsg('syntax-hint'),
  };
}

/** Handlebars (about 70 ms to load) only when a body is outside the fast scanner's subset. */
async function handlebarsParser(): Promise<FullParser> {
  const { default: Handlebars } = await import('handlebars');
  return (body) => Handlebars.parseWithoutProcessing(body);
}

export async function lintFiles(job: LintJob): Promise<LintOutcome> {
  const settings = settingsOf(job.policy);
  // Rendering (and so Handlebars) is only needed when there are personas to render for.
  const render = job.personas.length ? { ...(await import('../../render/engine.js')), ...(await import('../../render/check.js')) } : null;
  const renderer = render ? render.createRenderer() : null;
  let full: FullParser | null = null;
  const results: TemplateLint[] = [];
  const problems: Problem[] = [];
  let renders = 0;
  const prefix = job.cwd.endsWith(sep) ? job.cwd : job.cwd + sep;
  for (const { file, root } of job.targets) {
    // display() without path.relative for the common case of a file under the working directory.
    const shown = file.startsWith(prefix) ? file.slice(prefix.length) : display(file, job.cwd);
    // Synchronous reads: awaiting 10,000 promises costs more than the reads themselves.
    const text = readText(file, job.cwd);
    if (file.endsWith('.md') && !hasFrontMatter(text)) continue;
    const parsed = parseFast(text, shown, templateId(root, file));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const template = parsed.value;
    // The fast scanner covers the usual subset; Handlebars parses the rest and reports syntax errors.
    let ast = scanBody(template.body) as hbs.AST.Program | null;
    if (!ast) {
      full ??= await handlebarsParser();
      try {
        ast = full(template.body);
      } catch (err) {
        problems.push(syntaxProblem(err, shown, template.bodyLine));
        continue;
      }
    }
    let cases: RenderedCase[] = [];
    const fitting = renderer ? job.personas.filter((p) => templateFits(template, p)) : [];
    if (renderer && fitting.length) {
      const compiled = renderer.compile(template);
      if (!compiled.ok) {
        problems.push(compiled.problem);
        continue;
      }
      const r = render!.renderCases(template, compiled.render, fitting);
      problems.push(...r.problems);
      cases = r.cases;
      renders += r.cases.length;
    }
    results.push(lintTemplate(template, { ast, kindLine: kindLineOf(text), cases }, settings));
  }
  return { results, problems, renders };
}
