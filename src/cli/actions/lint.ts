// `persona lint`: read templates (and personas, when there are any), lint each, print one format, set the exit code.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PersonaError, type Problem } from '../../model/errors.js';
import type { Persona } from '../../model/persona.js';
import type { Policy } from '../../model/policy.js';
import { builtinTemplatesDir, display, findConfig, TEMPLATE_EXTENSIONS, walk } from '../../load/files.js';
import { t } from '../../i18n/translate.js';
import { LINT_FORMATTERS, type LintFormatName } from '../../lint/formatters/index.js';
import { msg as lintMsg } from '../../lint/messages.js';
import { RULE_IDS, isRuleId } from '../../lint/rules/index.js';
import { EXIT, formatProblem, type Io } from '../io.js';
import { msg } from '../messages.js';
import { ceilingsOf, lintClaimed, lintFiles, type ClaimedChunk, type LintJob, type LintOutcome, type LintPolicy, type Target } from './lint-files.js';

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
/**
 * Below this many cores, one thread. A 2-vCPU cloud machine is most often two hyperthreads of one core: there,
 * 10,000 templates took 0.87 s on two threads against 0.72 s on one (the worker's start-up and the shared core's
 * contention cost more than the second thread gives).
 */
const FEW_CORES = 4;

/** Where things live when there is no persona.config.yaml: policySchema's defaults (a test holds them equal). */
export const LAYOUT_DEFAULTS = { personas: 'personas', templates: ['templates'], builtinTemplates: true } as const;
const DEFAULT_LINT_POLICY: LintPolicy = { bannedWords: [], lint: { rules: {}, ceilings: {} } };

/** What `persona lint` needs of the workspace; `templates` is the policy's list, for linting without paths. */
interface LintWorkspace {
  root: string;
  templates: readonly string[];
  templateDirs: string[];
  /** Where persona files live, to say what a YAML file named on the command line is. */
  personasDir: string;
  policy: LintPolicy;
  /** The config file read, when there is one: where its errors point. */
  configFile?: string | null;
}

function inside(dir: string, file: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * Named paths, or the config's template folders (the bundled library is linted by its own CI, not yours).
 * Exported for a test: a folder of 130,000 templates once overflowed the stack here.
 */
export function lintTargets(ws: LintWorkspace, paths: readonly string[], io: Io): { targets: Target[]; problems: Problem[] } {
  const out: Target[] = [];
  const problems: Problem[] = [];
  if (paths.length === 0) {
    const builtin = builtinTemplatesDir();
    const configured = new Set(ws.templates.map((d) => resolve(ws.root, d)));
    for (const dir of ws.templateDirs) {
      if (dir === builtin && !configured.has(dir)) continue;
      if (!existsSync(dir)) continue;
      for (const file of walk(dir, TEMPLATE_EXTENSIONS)) out.push({ file, root: dir });
    }
    return { targets: out, problems };
  }
  for (const path of paths) {
    const abs = resolve(io.cwd, path);
    if (!existsSync(abs)) throw new PersonaError({ code: 'not-found', file: path, message: msg('path-not-found', { path }), hint: lintMsg('lint-paths-hint') });
    if (statSync(abs).isDirectory()) {
      const files = walk(abs, TEMPLATE_EXTENSIONS);
      if (files.length === 0) problems.push({ code: 'no-templates', file: path, message: lintMsg('no-templates-in', { path }) });
      const root = ws.templateDirs.find((d) => inside(d, abs)) ?? abs;
      for (const file of files) out.push({ file, root });
    } else if (/\.ya?ml$/i.test(abs) && (inside(ws.personasDir, abs) || /^persona\.config\.ya?ml$/i.test(basename(abs)))) {
      // A persona file or the team policy: persona validate checks those.
      const what = inside(ws.personasDir, abs) ? 'persona-not-template' : 'config-not-template';
      problems.push({ code: 'usage', file: path, message: lintMsg(what, { path }), hint: lintMsg('persona-not-template-hint', { path }) });
    } else if (!TEMPLATE_EXTENSIONS.some((ext) => abs.endsWith(ext))) {
      problems.push({ code: 'usage', file: path, message: lintMsg('not-a-template', { path }), hint: lintMsg('lint-paths-hint') });
    } else {
      // Named on the command line: a Markdown file without front matter is reported, not skipped in silence.
      out.push({ file: abs, root: ws.templateDirs.find((d) => inside(d, abs)) ?? resolve(abs, '..'), named: true });
    }
  }
  return { targets: out, problems };
}

async function checkRules(policy: LintPolicy, configFile: string | null, io: Io): Promise<void> {
  for (const id of Object.keys(policy.lint.rules)) {
    if (!isRuleId(id)) {
      // Where the key is, like every other config error: the file is read again only for this message.
      let where: { file?: string; line?: number; column?: number } = {};
      if (configFile) {
        const { parseYaml, positionOf } = await import('../../load/yaml-source.js');
        const parsed = parseYaml(readFileSync(configFile, 'utf8'), display(configFile, io.cwd));
        where = { file: display(configFile, io.cwd), ...(parsed.ok ? positionOf(parsed.src, ['lint', 'rules', id]) : {}) };
      }
      throw new PersonaError({
        code: 'config',
        ...where,
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

/** Files per claim: small enough that threads finish together, large enough that claiming costs nothing. */
export const CHUNK = 200;

/** What a worker thread gets: the whole job, the chunk size and the shared counter threads claim chunks from. */
export interface WorkerJob {
  job: LintJob;
  chunk: number;
  counter: SharedArrayBuffer;
}

export type WorkerReply = { ok: true; chunks: ClaimedChunk[] } | { ok: false; problems: Problem[] | null; message: string; stack?: string };

function inWorker(url: URL, data: WorkerJob): Promise<ClaimedChunk[]> {
  return new Promise((done, fail) => {
    const worker = new Worker(url, { workerData: data });
    worker.once('message', (m: WorkerReply) => {
      if (m.ok) done(m.chunks);
      else if (m.problems) fail(new PersonaError(m.problems));
      else fail(Object.assign(new Error(m.message), { stack: m.stack }));
    });
    worker.once('error', fail);
    // A worker that dies without a word (out of memory) must not leave the run waiting forever.
    worker.once('exit', (code) => fail(new Error(`lint worker stopped with exit code ${code}`)));
  });
}

/**
 * Threads worth starting: one per core that is not already busy (a thread on a busy core only takes turns with
 * this one), at most MAX_THREADS, and none below FEW_CORES. PERSONA_LINT_THREADS sets the number outright (1:
 * none), e.g. on a CI runner that reports more cores than it has.
 */
export function threadsWanted(env: Io['env'], cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const asked = Number(env.PERSONA_LINT_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, cores);
  if (cores < FEW_CORES) return 1;
  return Math.max(1, Math.min(MAX_THREADS, Math.round(cores - load)));
}

/**
 * Every thread, this one included, claims the next chunk of files from one shared counter until none is left,
 * so a thread that starts late (a worker loads the bundle first) or runs slow on a busy machine simply lints
 * fewer chunks. The outcome is joined back in file order.
 */
async function lintAll(job: LintJob, wanted: number): Promise<LintOutcome> {
  const url = job.targets.length >= PARALLEL_FROM && wanted > 1 ? workerFile() : null;
  if (!url) return await lintFiles(job);
  const counter = new SharedArrayBuffer(4);
  const others = Array.from({ length: wanted - 1 }, () => inWorker(url, { job, chunk: CHUNK, counter }));
  let mine: ClaimedChunk[];
  try {
    mine = await lintClaimed(job, CHUNK, new Int32Array(counter));
  } catch (err) {
    await Promise.allSettled(others);
    throw err;
  }
  const chunks = [...mine, ...(await Promise.all(others)).flat()].sort((a, b) => a.index - b.index);
  return {
    results: chunks.flatMap((c) => c.outcome.results),
    problems: chunks.flatMap((c) => c.outcome.problems),
    renders: chunks.reduce((n, c) => n + c.outcome.renders, 0),
  };
}

/**
 * A templates folder named on the command line, with no persona.config.yaml and no personas folder: the
 * default policy, template text only. Loading YAML and the schemas (a good part of start-up) is left out.
 */
function bareWorkspace(options: Options, io: Io): LintWorkspace | null {
  if (options.config || options.paths.length === 0 || findConfig(io.cwd)) return null;
  if (existsSync(resolve(io.cwd, LAYOUT_DEFAULTS.personas))) return null;
  const dirs = LAYOUT_DEFAULTS.templates.map((d) => resolve(io.cwd, d)).filter((d, i) => i > 0 || existsSync(d));
  const builtin = builtinTemplatesDir();
  if (LAYOUT_DEFAULTS.builtinTemplates && existsSync(builtin)) dirs.push(builtin);
  const unique = new Map<string, string>();
  for (const dir of dirs) {
    const key = existsSync(dir) ? realpathSync(dir) : dir;
    if (!unique.has(key)) unique.set(key, dir);
  }
  return { root: resolve(io.cwd), templates: LAYOUT_DEFAULTS.templates, templateDirs: [...unique.values()], personasDir: resolve(io.cwd, LAYOUT_DEFAULTS.personas), policy: DEFAULT_LINT_POLICY };
}

/** The workspace with its config and personas (each template is then also linted as rendered for them). */
async function fullWorkspace(options: Options, io: Io): Promise<{ ws: LintWorkspace; personas: Persona[]; problems: Problem[] }> {
  const { loadWorkspace, loadPersonas, personaFiles } = await import('../../load/workspace.js');
  const loaded = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const policy: Policy = loaded.policy;
  const ws: LintWorkspace = { root: loaded.root, templates: policy.templates, templateDirs: loaded.templateDirs, personasDir: loaded.personasDir, policy, configFile: loaded.configFile };
  if (!personaFiles(loaded).length) return { ws, personas: [], problems: [] };
  const found = loadPersonas(loaded);
  return { ws, personas: found.items, problems: found.problems.filter((p) => p.code !== 'no-personas') };
}

export async function runLint(options: Options, io: Io): Promise<number> {
  try {
    return await lintRun(options, io);
  } catch (err) {
    // A run stopped before any template was linted (a broken config) still leaves a SARIF log behind: code
    // scanning's upload step then reports the failed run, instead of failing on an empty file.
    if (options.format === 'sarif' && err instanceof PersonaError) {
      io.stdout(LINT_FORMATTERS.sarif({ results: [], ceilings: ceilingsOf(DEFAULT_LINT_POLICY), renders: 0, personas: 0, unusable: [...err.problems], hidden: 0 }, { lang: io.lang, color: false, version: VERSION }));
    }
    throw err;
  }
}

async function lintRun(options: Options, io: Io): Promise<number> {
  const bare = bareWorkspace(options, io);
  const { ws, personas, problems: personaProblems } = bare ? { ws: bare, personas: [], problems: [] } : await fullWorkspace(options, io);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  await checkRules(ws.policy, ws.configFile ?? null, io);
  const { targets: files, problems } = lintTargets(ws, options.paths, io);
  for (const p of personaProblems) problems.push(p);

  // Nothing of the team's own to lint: say so, rather than a bare "0 templates, no problems" that reads like a pass.
  if (options.paths.length === 0 && files.length === 0) io.stderr(`${t(io.lang, lintMsg('nothing-to-lint', { builtin: display(builtinTemplatesDir(), io.cwd) }))}\n`);
  const outcome = await lintAll({ targets: files, cwd: io.cwd, policy: ws.policy, personas }, threadsWanted(io.env));
  // A loop, not a spread: 130,000 unreadable templates are 130,000 arguments, past the stack.
  for (const p of outcome.problems) problems.push(p);
  const results = outcome.results;
  const ceilings = ceilingsOf(ws.policy);

  const shownResults = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  const hidden = options.quiet ? results.reduce((n, r) => n + r.messages.filter((m) => m.severity !== 'error').length, 0) : 0;
  const report = { results: shownResults, ceilings, renders: outcome.renders, personas: personas.length, unusable: problems, hidden };
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
