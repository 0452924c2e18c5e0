// `persona lint`: read templates (and personas, when there are any), lint each, print one format, set the exit code.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PersonaError, type Problem } from '../../model/errors.js';
import type { Persona } from '../../model/persona.js';
import type { Policy } from '../../model/policy.js';
import { builtinTemplatesDir, loadPersonas, loadWorkspace, personaFiles, TEMPLATE_EXTENSIONS, walk, type Workspace } from '../../load/workspace.js';
import { t } from '../../i18n/translate.js';
import { LINT_FORMATTERS, type LintFormatName } from '../../lint/formatters/index.js';
import { msg as lintMsg } from '../../lint/messages.js';
import { RULE_IDS, isRuleId } from '../../lint/rules/index.js';
import { EXIT, formatProblem, type Io } from '../io.js';
import { msg } from '../messages.js';
import { ceilingsOf, lintFiles, type LintJob, type LintOutcome, type Target } from './lint-files.js';

declare const __PERSONA_VERSION__: string;
const VERSION = typeof __PERSONA_VERSION__ === 'string' ? __PERSONA_VERSION__ : '0.0.0-dev';

interface Options {
  paths: string[];
  format: LintFormatName;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 1500;
const MAX_THREADS = 4;

function inside(dir: string, file: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Named paths, or the config's template folders (the bundled library is linted by its own CI, not yours). */
function targets(ws: Workspace, paths: readonly string[], io: Io): { targets: Target[]; problems: Problem[] } {
  const out: Target[] = [];
  const problems: Problem[] = [];
  if (paths.length === 0) {
    const builtin = builtinTemplatesDir();
    const configured = new Set(ws.policy.templates.map((d) => resolve(ws.root, d)));
    for (const dir of ws.templateDirs) {
      if (dir === builtin && !configured.has(dir)) continue;
      if (!existsSync(dir)) continue;
      out.push(...walk(dir, TEMPLATE_EXTENSIONS).map((file) => ({ file, root: dir })));
    }
    return { targets: out, problems };
  }
  for (const path of paths) {
    const abs = resolve(io.cwd, path);
    if (!existsSync(abs)) throw new PersonaError({ code: 'not-found', file: path, message: msg('path-not-found', { path }), hint: msg('path-not-found-hint') });
    if (statSync(abs).isDirectory()) {
      const files = walk(abs, TEMPLATE_EXTENSIONS);
      if (files.length === 0) problems.push({ code: 'no-templates', file: path, message: lintMsg('no-templates-in', { path }) });
      const root = ws.templateDirs.find((d) => inside(d, abs)) ?? abs;
      out.push(...files.map((file) => ({ file, root })));
    } else {
      out.push({ file: abs, root: ws.templateDirs.find((d) => inside(d, abs)) ?? resolve(abs, '..') });
    }
  }
  return { targets: out, problems };
}

function checkRules(policy: Policy): void {
  for (const id of Object.keys(policy.lint.rules)) {
    if (!isRuleId(id)) {
      throw new PersonaError({
        code: 'config',
        message: lintMsg('unknown-rule-config', { id }),
        hint: lintMsg('unknown-rule-hint', { ids: RULE_IDS.join(', ') }),
      });
    }
  }
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value.trim())) throw new PersonaError({ code: 'usage', message: lintMsg('bad-max-warnings', { value }) });
  return Number(value);
}

/** The bundled worker beside dist/cli.js; absent when running from sources (tests), which then stay single-threaded. */
function workerFile(): URL | null {
  for (const rel of ['../lint-worker.js', './lint-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.pathname.endsWith('/dist/lint-worker.js') && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

function inWorker(url: URL, job: LintJob): Promise<LintOutcome> {
  return new Promise((done, fail) => {
    const worker = new Worker(url, { workerData: job });
    worker.once('message', (m: { ok: true; outcome: LintOutcome } | { ok: false; problems: Problem[] | null; message: string; stack?: string }) => {
      if (m.ok) done(m.outcome);
      else if (m.problems) fail(new PersonaError(m.problems));
      else fail(Object.assign(new Error(m.message), { stack: m.stack }));
    });
    worker.once('error', fail);
  });
}

/** PERSONA_LINT_THREADS caps the threads (1: none), e.g. on a CI runner that reports more cores than it has. */
function threadsWanted(env: Io['env']): number {
  const asked = Number(env.PERSONA_LINT_THREADS);
  const cap = Number.isInteger(asked) && asked >= 1 ? asked : MAX_THREADS;
  return Math.min(cap, availableParallelism());
}

/** Contiguous slices, linted concurrently (this thread takes the first), joined back in file order. */
async function lintAll(job: LintJob, wanted: number): Promise<LintOutcome> {
  const url = job.targets.length >= PARALLEL_FROM && wanted > 1 ? workerFile() : null;
  const threads = url ? wanted : 1;
  if (!url || threads < 2) return await lintFiles(job);
  const size = Math.ceil(job.targets.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => ({ ...job, targets: job.targets.slice(i * size, (i + 1) * size) }));
  const others = slices.slice(1).map((slice) => inWorker(url, slice));
  const outcomes = await Promise.all([lintFiles(slices[0]!), ...others]);
  return {
    results: outcomes.flatMap((o) => o.results),
    problems: outcomes.flatMap((o) => o.problems),
    renders: outcomes.reduce((n, o) => n + o.renders, 0),
  };
}

export async function runLint(options: Options, io: Io): Promise<number> {
  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  checkRules(ws.policy);
  const { targets: files, problems } = targets(ws, options.paths, io);

  // Personas, when the repo has any: then each template is also linted as rendered for them.
  let personas: Persona[] = [];
  if (personaFiles(ws).length) {
    const loaded = loadPersonas(ws);
    personas = loaded.items;
    problems.push(...loaded.problems.filter((p) => p.code !== 'no-personas'));
  }

  const outcome = await lintAll({ targets: files, cwd: io.cwd, policy: ws.policy, personas }, threadsWanted(io.env));
  problems.push(...outcome.problems);
  const results = outcome.results;
  const ceilings = ceilingsOf(ws.policy);

  const shownResults = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  const report = { results: shownResults, ceilings, renders: outcome.renders, personas: personas.length };
  io.stdout(LINT_FORMATTERS[options.format](report, { lang: io.lang, color: io.color, version: VERSION }));
  for (const p of problems) io.stderr(`${formatProblem(p, io.lang)}\n`);
  if (problems.length) return EXIT.badInput;

  const errors = shownResults.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warning').length, 0);
  if (errors) return EXIT.findings;
  if (maxWarnings !== null && warnings > maxWarnings) {
    io.stderr(`${t(io.lang, lintMsg('max-warnings', { warnings, max: maxWarnings }))}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
