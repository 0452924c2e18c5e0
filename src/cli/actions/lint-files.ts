// The per-file work of `persona lint`: parse, render for the personas it fits, lint. Runs in the main thread
// or, for large repos, in worker threads over slices of the file list (see lint.ts and lint-worker.ts).
import { sep } from 'node:path';
import { PersonaError, type Problem, type Result } from '../../model/errors.js';
import { DEFAULT_CEILINGS, type TemplateKind } from '../../model/constants.js';
import { templateFits } from '../../model/fit.js';
import type { Persona } from '../../model/persona.js';
import type { Policy } from '../../model/policy.js';
import type { Template } from '../../model/template.js';
import { display, idUnder, stripBom, templateId, templateReader } from '../../load/files.js';
import { syntaxProblem } from '../../render/syntax.js';
import { msg as lintMsg } from '../../lint/messages.js';
import { fastTemplate, splitTemplate } from '../../load/fast-front-matter.js';
import { kindLineOf, lintTemplate, type LintSettings, type RenderedCase, type TemplateLint } from '../../lint/lint-template.js';
import { createScorer } from '../../lint/score.js';
import { parseBody, scanStaticText, staticText, type FullParser } from '../../lint/static-text.js';
import { readMatcherTables } from '../../load/matcher-snapshot.js';

export interface Target {
  file: string;
  /** The folder its id is relative to. */
  root: string;
  /** Named on the command line rather than found in a folder. */
  named?: boolean;
}

/** What linting needs of the team policy (a templates folder alone lints with the defaults). */
export type LintPolicy = Pick<Policy, 'bannedWords'> & { lint: Pick<Policy['lint'], 'rules' | 'ceilings'> };

export interface LintJob {
  targets: readonly Target[];
  cwd: string;
  policy: LintPolicy;
  personas: readonly Persona[];
}

export interface LintOutcome {
  results: TemplateLint[];
  problems: Problem[];
  renders: number;
}

export function ceilingsOf(policy: LintPolicy): Record<TemplateKind, number> {
  const ceilings = { ...DEFAULT_CEILINGS } as Record<TemplateKind, number>;
  for (const [kind, value] of Object.entries(policy.lint.ceilings)) if (value !== undefined) ceilings[kind as TemplateKind] = value;
  return ceilings;
}

export function settingsOf(policy: LintPolicy): LintSettings {
  return { scorer: createScorer({ bannedWords: policy.bannedWords, tables: readMatcherTables }), ceilings: ceilingsOf(policy), levels: policy.lint.rules };
}

type FullLoader = (text: string, file: string, id: string) => Result<Template>;

/** The YAML loader with positions and the zod schema (about 100 ms to load), only when a file needs them. */
async function fullLoader(): Promise<FullLoader> {
  const { parseTemplate } = await import('../../load/template.js');
  return parseTemplate;
}

const SEP = sep.charCodeAt(0);

/**
 * Files read in a row before any of them is linted. Linting right after each file's system calls measured about
 * 10% slower in all: a system call leaves the CPU's caches and branch predictors cold for the code that follows
 * (more so under speculative-execution mitigations). A batch of small templates costs little memory.
 */
const READ_BATCH = 200;

/** A file's text, or null with its problem noted (not UTF-8, unreadable): one bad file does not stop the others. */
function readOrProblem(read: (file: string) => string, file: string, problems: Problem[]): string | null {
  try {
    return read(file);
  } catch (err) {
    if (err instanceof PersonaError) {
      for (const item of err.problems) problems.push(item);
      return null;
    }
    throw err;
  }
}


/** Handlebars (about 70 ms to load) only when a body is outside the fast scanner's subset. */
async function handlebarsParser(): Promise<FullParser> {
  const { default: Handlebars } = await import('handlebars');
  return (body) => Handlebars.parseWithoutProcessing(body);
}

/** Lints lists of files with one setup: the scorer's automaton and, when there are personas, the renderer. */
export type FileLinter = (targets: readonly Target[]) => Promise<LintOutcome>;

export async function createFileLinter(job: Omit<LintJob, 'targets'>): Promise<FileLinter> {
  const settings = settingsOf(job.policy);
  // Rendering (and so Handlebars) is only needed when there are personas to render for.
  const render = job.personas.length ? { ...(await import('../../render/engine.js')), ...(await import('../../render/check.js')) } : null;
  const renderer = render ? render.createRenderer() : null;
  let full: FullParser | null = null;
  let loader: FullLoader | null = null;
  const prefix = job.cwd.endsWith(sep) ? job.cwd : job.cwd + sep;
  const read = templateReader(job.cwd);
  return async (targets) => {
    const results: TemplateLint[] = [];
    const problems: Problem[] = [];
    let renders = 0;
    let texts: (string | null)[] = [];
    for (let i = 0; i < targets.length; i++) {
      // Synchronous reads (awaiting 10,000 promises costs more than the reads themselves), a batch at a time.
      if (i % READ_BATCH === 0) texts = targets.slice(i, i + READ_BATCH).map((x) => readOrProblem(read, x.file, problems));
      const { file, root } = targets[i]!;
      const text = texts[i % READ_BATCH];
      if (text === null || text === undefined) continue;
      // display() without path.relative for the common case of a file under the working directory.
      const shown = file.startsWith(prefix) ? file.slice(prefix.length) : display(file, job.cwd);
      const split = splitTemplate(stripBom(text));
      // A Markdown file without front matter is documentation beside the templates, not a template.
      if (split === 'missing' && file.endsWith('.md')) {
        if (targets[i]!.named) problems.push({ code: 'front-matter', file: shown, message: lintMsg('markdown-not-template', { path: shown }), hint: lintMsg('markdown-not-template-hint') });
        continue;
      }
      const id = file.startsWith(root) && file.charCodeAt(root.length) === SEP ? idUnder(file.slice(root.length + 1)) : templateId(root, file);
      let template = fastTemplate(split, shown, id);
      if (!template) {
        loader ??= await fullLoader();
        const parsed = loader(text, shown, id);
        if (!parsed.ok) {
          for (const item of parsed.problems) problems.push(item);
          continue;
        }
        template = parsed.value;
      }
      // The fast scanner covers the usual subset; Handlebars parses the rest and reports syntax errors.
      let st = scanStaticText(template.body, template.bodyLine);
      if (!st) {
        full ??= await handlebarsParser();
        try {
          st = staticText(parseBody(template.body, full), template.bodyLine);
        } catch (err) {
          problems.push(syntaxProblem(err, { file: shown, bodyLine: template.bodyLine, body: template.body }));
          continue;
        }
      }
      let cases: RenderedCase[] = [];
      // Chat scripts fit by stage and product (src/chat/check.ts decides); posts by locale, topic and product.
      const chat = template.kind === 'chat';
      const fitting = renderer ? (chat ? job.personas : job.personas.filter((p) => templateFits(template, p))) : [];
      if (renderer && fitting.length) {
        const compiled = renderer.compile(template);
        if (!compiled.ok) {
          problems.push(compiled.problem);
          continue;
        }
        const r = render!.renderCases(template, compiled.render, fitting);
        // With no persona of ours fitting, the chat check renders a sample persona: validate's business, not lint's.
        const ours = chat ? r.cases.filter((c) => job.personas.includes(c.persona)) : r.cases;
        if (ours.length || !chat) for (const item of r.problems) problems.push(item);
        cases = ours;
        renders += ours.length;
      }
      results.push(lintTemplate(template, { text: st, kindLine: kindLineOf(text), cases }, settings));
    }
    return { results, problems, renders };
  };
}

export async function lintFiles(job: LintJob): Promise<LintOutcome> {
  return (await createFileLinter(job))(job.targets);
}

/** One chunk's outcome, with its place in the file list. */
export interface ClaimedChunk {
  index: number;
  outcome: LintOutcome;
}

/** Lint chunks of `size` files, claimed one at a time from a counter shared with the other threads. */
export async function lintClaimed(job: LintJob, size: number, counter: Int32Array): Promise<ClaimedChunk[]> {
  const lint = await createFileLinter(job);
  const out: ClaimedChunk[] = [];
  for (let index = Atomics.add(counter, 0, 1); index * size < job.targets.length; index = Atomics.add(counter, 0, 1)) {
    out.push({ index, outcome: await lint(job.targets.slice(index * size, (index + 1) * size)) });
  }
  return out;
}
