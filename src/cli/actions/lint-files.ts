// The per-file work of `persona lint`: parse, render for the personas it fits, lint. Runs in the main thread
// or, for large repos, in worker threads over slices of the file list (see lint.ts and lint-worker.ts).
import type { Problem, Result } from '../../model/errors.js';
import { templateFits } from '../../model/fit.js';
import type { Persona } from '../../model/persona.js';
import type { Policy } from '../../model/policy.js';
import { DEFAULT_CEILINGS } from '../../model/policy.js';
import { frontMatterSchema, type Template, type TemplateKind } from '../../model/template.js';
import { display, readText, templateId } from '../../load/workspace.js';
import { hasFrontMatter, parseTemplate, splitFrontMatter } from '../../load/template.js';
import { stripBom } from '../../load/yaml-source.js';
import { createRenderer } from '../../render/engine.js';
import { renderCases } from '../../render/check.js';
import { msg as renderMsg } from '../../render/messages.js';
import { fastFrontMatter } from '../../lint/front-matter.js';
import { kindLineOf, lintTemplate, type LintSettings, type RenderedCase, type TemplateLint } from '../../lint/lint-template.js';
import { createScorer } from '../../lint/score.js';
import { parseBody } from '../../lint/static-text.js';

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
  const line = /line (\d+)/.exec(message);
  const detail = message
    .split('\n')
    .filter((l) => !/^[-^ ]*$/.test(l))
    .slice(-1)[0]!;
  return {
    code: 'template-syntax',
    file,
    line: line ? bodyLine + Number(line[1]) - 1 : bodyLine,
    message: renderMsg('syntax-error', { detail }),
    hint: renderMsg('syntax-hint'),
  };
}

export function lintFiles(job: LintJob): LintOutcome {
  const settings = settingsOf(job.policy);
  const renderer = job.personas.length ? createRenderer() : null;
  const results: TemplateLint[] = [];
  const problems: Problem[] = [];
  let renders = 0;
  for (const { file, root } of job.targets) {
    const shown = display(file, job.cwd);
    const text = readText(file, job.cwd);
    if (file.endsWith('.md') && !hasFrontMatter(text)) continue;
    const parsed = parseFast(text, shown, templateId(root, file));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const template = parsed.value;
    let ast: hbs.AST.Program;
    try {
      ast = parseBody(template.body);
    } catch (err) {
      problems.push(syntaxProblem(err, shown, template.bodyLine));
      continue;
    }
    let cases: RenderedCase[] = [];
    const fitting = renderer ? job.personas.filter((p) => templateFits(template, p)) : [];
    if (renderer && fitting.length) {
      const compiled = renderer.compile(template);
      if (!compiled.ok) {
        problems.push(compiled.problem);
        continue;
      }
      const r = renderCases(template, compiled.render, fitting);
      problems.push(...r.problems);
      cases = r.cases;
      renders += r.cases.length;
    }
    results.push(lintTemplate(template, { ast, kindLine: kindLineOf(text), cases }, settings));
  }
  return { results, problems, renders };
}
