// `persona validate`: personas, config and templates are well-formed, every template renders strictly, and the
// library covers what each persona needs (interests, series, products, events).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { formatPath, PersonaError, type Problem } from '../../model/errors.js';
import { parseWindow } from '../../model/common.js';
import { goesOutOn, productsFor, templateFits } from '../../model/fit.js';
import type { Template } from '../../model/template.js';
import { CONFIG_FILE, parsePolicy } from '../../load/policy.js';
import {
  builtinTemplatesDir,
  claimTemplateId,
  display,
  duplicatePersonaIds,
  loadPersonaFile,
  loadPersonas,
  loadTemplateFile,
  loadTemplates,
  loadWorkspace,
  personaFiles,
  readText,
  TEMPLATE_EXTENSIONS,
  walk,
  type LoadedPersona,
  type Workspace,
} from '../../load/workspace.js';
import { msg as loadMsg } from '../../load/messages.js';
import { checkTemplates } from '../../render/check.js';
import { createScorer } from '../../lint/score.js';
import { salesyFields } from '../../lint/persona-fields.js';
import type { Text } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { EXIT, formatProblem, problemJson, type Io } from '../io.js';
import { msg } from '../messages.js';
import { readMatcherTables } from '../../load/matcher-snapshot.js';

interface Options {
  paths: string[];
  format: 'text' | 'json';
  config?: string;
}

const PERSONA_EXTENSIONS = ['.yaml', '.yml'];

/** What one run looks at, gathered before anything is parsed. */
interface Targets {
  configs: string[];
  personas: string[];
  /** Template files with the folder their id is relative to. */
  templates: { file: string; root: string }[];
  /** Folders named in the summary. */
  personaDirs: string[];
  templateDirs: string[];
  problems: Problem[];
  /** Whole workspace: the persona and template folders must not be empty. */
  whole: boolean;
}

function emptyTargets(): Targets {
  return { configs: [], personas: [], templates: [], personaDirs: [], templateDirs: [], problems: [], whole: false };
}

function templateFilesOf(dir: string): { file: string; root: string }[] {
  return walk(dir, TEMPLATE_EXTENSIONS).map((file) => ({ file, root: dir }));
}

function workspaceTargets(ws: Workspace): Targets {
  const targets = emptyTargets();
  targets.whole = true;
  if (ws.configFile) targets.configs.push(ws.configFile);
  targets.personas = personaFiles(ws);
  targets.personaDirs = [ws.personasDir];
  for (const dir of ws.templateDirs) {
    targets.templateDirs.push(dir);
    if (existsSync(dir)) for (const item of templateFilesOf(dir)) targets.templates.push(item);
  }
  return targets;
}

/** A template's id is relative to the configured templates folder that holds it, else to the folder named. */
function rootFor(ws: Workspace, file: string, fallback: string): string {
  return ws.templateDirs.find((d) => file.startsWith(d + '/') || file.startsWith(d + '\\')) ?? fallback;
}

/**
 * The files named on the command line; folders holding their own persona.config.yaml come back as `repos`.
 * Exported for a test: a folder of 130,000 templates once overflowed the stack here.
 */
export function pathTargets(ws: () => Workspace, paths: readonly string[], io: Io): { targets: Targets; repos: string[] } {
  const targets = emptyTargets();
  const repos: string[] = [];
  for (const path of paths) {
    const abs = resolve(io.cwd, path);
    if (!existsSync(abs)) throw new PersonaError({ code: 'not-found', file: path, message: msg('path-not-found', { path }), hint: msg('path-not-found-hint') });
    if (statSync(abs).isDirectory()) {
      // A folder with its own config is a content repo: check it as a whole, as `persona validate` there would.
      if (existsSync(join(abs, CONFIG_FILE))) {
        repos.push(join(abs, CONFIG_FILE));
        continue;
      }
      const yaml = readdirSync(abs)
        .filter((name) => PERSONA_EXTENSIONS.includes(extname(name)) && !name.startsWith('.'))
        .sort()
        .map((name) => join(abs, name));
      const hbs = walk(abs, TEMPLATE_EXTENSIONS).map((file) => ({ file, root: rootFor(ws(), file, abs) }));
      if (!yaml.length && !hbs.length) {
        targets.problems.push({ code: 'no-templates', file: path, message: msg('nothing-to-validate', { path }), hint: msg('path-not-found-hint') });
      }
      if (yaml.length) targets.personaDirs.push(abs);
      if (hbs.length) targets.templateDirs.push(abs);
      for (const item of yaml) targets.personas.push(item);
      for (const item of hbs) targets.templates.push(item);
    } else if (basename(abs) === CONFIG_FILE) {
      targets.configs.push(abs);
    } else if (PERSONA_EXTENSIONS.includes(extname(abs))) {
      targets.personas.push(abs);
    } else if (TEMPLATE_EXTENSIONS.includes(extname(abs))) {
      targets.templates.push({ file: abs, root: rootFor(ws(), abs, dirname(abs)) });
    } else {
      throw new PersonaError({ code: 'usage', file: path, message: msg('not-validatable', { path }), hint: msg('path-not-found-hint') });
    }
  }
  return { targets, repos };
}

const unique = <T>(list: readonly T[], key: (x: T) => string): T[] => [...new Map(list.map((x) => [key(x), x])).values()];

/**
 * A config names folders; the ones that do not exist make every later command fail, so say it now
 * (a whole-repo run reports them while loading instead).
 */
function checkConfig(file: string, io: Io, folders: boolean): Problem[] {
  const shown = display(file, io.cwd);
  const r = parsePolicy(readText(file, io.cwd), shown);
  if (!r.ok) return r.problems;
  if (!folders) return [];
  const root = dirname(file);
  const problems: Problem[] = [];
  const personasDir = resolve(root, r.value.personas);
  if (!existsSync(personasDir)) {
    problems.push({ code: 'no-personas', file: shown, message: msg('config-dir-missing', { key: 'personas', dir: display(personasDir, io.cwd) }), hint: msg('config-dir-missing-hint') });
  }
  for (const dir of r.value.templates) {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) {
      problems.push({ code: 'no-templates', file: shown, message: msg('config-dir-missing', { key: 'templates', dir: display(abs, io.cwd) }), hint: msg('config-dir-missing-hint') });
    }
  }
  return problems;
}

/** The least window time per post of a full day below which validate warns (posts minutes apart read as spam). */
const MINUTES_PER_POST = 15;

/** Findings: what a valid persona needs that the library cannot give it. Reported at the field that asks for it. */
function coverage(loaded: LoadedPersona, library: readonly Template[]): Problem[] {
  const persona = loaded.persona!;
  const { locale } = persona;
  const own = library.filter((t) => t.locale === locale);
  const findings: Problem[] = [];
  const at = (path: PropertyKey[]) => ({ file: loaded.file, ...loaded.locate(path) });
  persona.interests.forEach(({ topic }, i) => {
    if (!own.some((t) => t.kind === 'lifestyle' && t.topics.includes(topic))) {
      findings.push({
        code: 'no-template-for-topic',
        ...at(['interests', i, 'topic']),
        path: `interests[${i}].topic`,
        message: msg('interest-no-template', { id: persona.id, topic, locale }),
        hint: msg('interest-no-template-hint', { topic, locale }),
      });
    }
  });
  persona.series.forEach(({ name, topic, day }, i) => {
    const onTopic = own.filter((t) => t.kind !== 'chat' && t.kind !== 'product' && t.kind !== 'live' && t.topics.includes(topic));
    if (!onTopic.length) {
      findings.push({
        code: 'no-template-for-topic',
        ...at(['series', i, 'topic']),
        path: `series[${i}].topic`,
        message: msg('series-no-template', { name, topic, locale }),
        hint: msg('series-no-template-hint', { topic, locale }),
      });
    } else if (!onTopic.some((t) => goesOutOn(t, day))) {
      // Every template of the topic names other weekdays (`days:`): the ritual would fall back every week.
      const days = [...new Set(onTopic.flatMap((t) => t.days ?? []))].join(', ');
      findings.push({
        code: 'no-template-for-topic',
        ...at(['series', i, 'day']),
        path: `series[${i}].day`,
        message: msg('series-wrong-days', { name, topic, locale, day, days }),
        hint: msg('series-wrong-days-hint', { topic, locale, day }),
      });
    }
  });
  // Windows so narrow that a full day's posts land minutes apart read as spam, though no rule is broken.
  const minutes = persona.schedule.windows.reduce((sum, w) => {
    const span = parseWindow(w);
    return sum + (span ? span.end - span.start : 0);
  }, 0);
  const most = persona.schedule.postsPerDay.max;
  if (most > 1 && minutes < MINUTES_PER_POST * most) {
    findings.push({
      code: 'crowded-windows',
      ...at(['schedule', 'windows']),
      path: 'schedule.windows',
      message: msg('crowded-windows', { minutes, posts: most }),
      hint: msg('crowded-windows-hint', { needed: MINUTES_PER_POST * most }),
    });
  }
  const fitting = (kind: Template['kind']) => own.filter((t) => t.kind === kind && templateFits(t, persona));
  const productTemplates = fitting('product');
  persona.products.forEach((product, i) => {
    if (!productTemplates.some((t) => productsFor(t, persona).some((p) => p.id === product.id))) {
      findings.push({
        code: 'no-template-for-product',
        ...at(['products', i, 'id']),
        path: `products[${i}].id`,
        message: msg('product-no-template', { id: persona.id, product: product.id, locale }),
        hint: msg('product-no-template-hint', { product: product.id, locale }),
      });
    }
  });
  const liveTemplates = fitting('live');
  persona.events.forEach((event, i) => {
    if (!liveTemplates.some((t) => productsFor(t, persona).some((p) => p.id === event.product))) {
      findings.push({
        code: 'no-template-for-event',
        ...at(['events', i]),
        path: `events[${i}]`,
        message: msg('event-no-template', { title: event.title, product: event.product, locale }),
        hint: msg('event-no-template-hint', { locale, product: event.product }),
      });
    }
  });
  return findings;
}

function summary(io: Io, args: Outcome): string {
  const dirs = (list: string[]) =>
    unique(list, (d) => d)
      .map((d) => {
        const shown = display(d, io.cwd) || '.';
        // Inside node_modules the path says little; inside this folder (the persona repo itself) it is the name.
        return d === builtinTemplatesDir() && shown === d ? t(io.lang, msg('bundled-library')) : shown;
      })
      .join(t(io.lang, msg('list-separator')));
  const items: Text[] = unique(args.configs.map((c) => display(c, io.cwd)), (c) => c).map((value) => ({ key: 'verbatim', data: { value } }));
  if (args.personas || args.personaDirs.length) {
    items.push(args.personaDirs.length ? msg('validate-personas', { n: args.personas, dir: dirs(args.personaDirs) }) : msg('validate-persona-files', { n: args.personas }));
  }
  if (args.templates || args.templateDirs.length) {
    items.push(args.templateDirs.length ? msg('validate-templates', { n: args.templates, dirs: dirs(args.templateDirs) }) : msg('validate-template-files', { n: args.templates }));
  }
  if (args.renders) items.push(msg('validate-renders', { n: args.renders }));
  const checked = items.length ? t(io.lang, msg('validate-checked', { items: items.map((i) => t(io.lang, i)).join(t(io.lang, msg('list-separator'))) })) : t(io.lang, msg('validate-checked-nothing'));
  const clean = args.problems.length + args.findings.length === 0;
  const result = clean ? msg('validate-clean') : msg('validate-result', { errors: args.problems.length, findings: args.findings.length });
  return `${clean ? '✔' : '✖'} ${t(io.lang, msg('validate-summary-line', { checked, result }))}`;
}

/** What one workspace (or the files named in it) came to. */
interface Outcome {
  problems: Problem[];
  findings: Problem[];
  configs: string[];
  personas: number;
  personaDirs: string[];
  templates: number;
  templateDirs: string[];
  renders: number;
}

function validateTargets(ws: Workspace, targets: Targets, io: Io): Outcome {
  const problems: Problem[] = [...targets.problems];

  const configs = unique(targets.configs, (c) => c);
  for (const file of configs) for (const item of checkConfig(file, io, !targets.whole)) problems.push(item);

  const personaFilesToCheck = unique(targets.personas, (f) => f);
  const loaded = personaFilesToCheck.map((file) => loadPersonaFile(file, ws.policy, io.cwd));
  for (const l of loaded) for (const item of l.problems) problems.push(item);
  for (const item of duplicatePersonaIds(personaFilesToCheck, io.cwd)) problems.push(item);
  if (targets.whole && personaFilesToCheck.length === 0) for (const item of loadPersonas(ws).problems) problems.push(item);

  const templates: Template[] = [];
  const seen = new Map<string, string>();
  let templateCount = 0;
  for (const { file, root } of unique(targets.templates, (x) => x.file)) {
    const r = loadTemplateFile(file, root, io.cwd);
    if (r.skipped) continue;
    templateCount++;
    for (const item of r.problems) problems.push(item);
    if (!r.template) continue;
    const duplicate = claimTemplateId(seen, r.template, root === builtinTemplatesDir());
    if (duplicate === 'overridden') continue;
    if (duplicate) {
      problems.push(duplicate);
      continue;
    }
    templates.push(r.template);
  }
  if (targets.whole) {
    const missing = ws.templateDirs.filter((d) => !existsSync(d));
    for (const dir of missing) {
      problems.push({ code: 'no-templates', file: display(dir, io.cwd), message: loadMsg('template-dir-missing', { dir: display(dir, io.cwd) }), hint: loadMsg('template-dir-missing-hint') });
    }
    if (templateCount === 0 && missing.length === 0) {
      const where = ws.templateDirs.map((d) => display(d, io.cwd)).join(', ');
      problems.push({ code: 'no-templates', file: where || CONFIG_FILE, message: loadMsg('no-templates'), expected: loadMsg('no-templates-expected'), hint: loadMsg('no-templates-hint') });
    }
  }

  // Templates render against the personas checked here and every other persona of the repo.
  const valid = loaded.filter((l) => l.persona);
  const named = new Set(valid.map((l) => l.persona!.id));
  const others = targets.whole ? [] : loadPersonas(ws).items.filter((p) => !named.has(p.id));
  const check = checkTemplates(templates, [...valid.map((l) => l.persona!), ...others]);
  for (const item of check.problems) problems.push(item);

  // A persona named on its own is judged against the whole library: every template it may use must render
  // for it (its products and events feed them), and its interests need templates.
  const library = targets.whole ? templates : valid.length ? loadTemplates(ws).items : [];
  const checkedFiles = new Set(templates.map((t) => t.file));
  const personasNamed = valid.map((l) => l.persona!);
  const usable = library.filter((t) => !checkedFiles.has(t.file) && personasNamed.some((p) => templateFits(t, p)));
  const checkLibrary = checkTemplates(usable, personasNamed);
  for (const item of checkLibrary.problems) problems.push(item);
  const findings = library.length ? valid.flatMap((l) => coverage(l, library)) : [];
  // A persona's own words that posts carry: a product named like a flash sale sells in every post that names it.
  if (valid.length) {
    const scorer = createScorer({ bannedWords: ws.policy.bannedWords, tables: readMatcherTables });
    for (const l of valid) {
      for (const f of salesyFields(l.persona!, scorer)) {
        findings.push({
          code: 'salesy-field',
          file: l.file,
          ...l.locate(f.path),
          path: formatPath(f.path),
          message: msg('salesy-field', { path: formatPath(f.path), value: f.value, salesiness: f.salesiness.toFixed(2), phrases: f.phrases.join(', ') }),
          hint: msg('salesy-field-hint'),
        });
      }
    }
  }

  return {
    problems,
    findings,
    configs,
    personas: personaFilesToCheck.length,
    personaDirs: targets.personaDirs,
    templates: templateCount,
    templateDirs: targets.templateDirs,
    renders: check.renders + checkLibrary.renders,
  };
}

function combine(outcomes: readonly Outcome[]): Outcome {
  const all = (pick: (o: Outcome) => readonly string[]) => outcomes.flatMap(pick);
  return {
    problems: outcomes.flatMap((o) => o.problems),
    findings: outcomes.flatMap((o) => o.findings),
    configs: all((o) => o.configs),
    personas: outcomes.reduce((n, o) => n + o.personas, 0),
    personaDirs: all((o) => o.personaDirs),
    templates: outcomes.reduce((n, o) => n + o.templates, 0),
    templateDirs: all((o) => o.templateDirs),
    renders: outcomes.reduce((n, o) => n + o.renders, 0),
  };
}

export async function runValidate(options: Options, io: Io): Promise<number> {
  // Loaded only when needed: `persona validate some/other-repo` must not fail on this folder's config.
  let active: Workspace | undefined;
  const ws = () => (active ??= loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) }));
  const outcomes: Outcome[] = [];
  try {
    if (options.paths.length === 0) {
      outcomes.push(validateTargets(ws(), workspaceTargets(ws()), io));
    } else {
      const { targets, repos } = pathTargets(ws, options.paths, io);
      for (const config of unique(repos, (c) => c)) {
        const repo = loadWorkspace({ cwd: io.cwd, config });
        outcomes.push(validateTargets(repo, workspaceTargets(repo), io));
      }
      const named = targets.configs.length + targets.personas.length + targets.templates.length + targets.problems.length;
      if (named > 0) outcomes.push(validateTargets(ws(), targets, io));
    }
  } catch (err) {
    // A broken persona.config.yaml is a validation result like any other; a wrong argument is not.
    if (!(err instanceof PersonaError) || !err.problems.every((p) => p.file && basename(p.file) === CONFIG_FILE)) throw err;
    outcomes.push({ ...combine([]), problems: [...err.problems], configs: [err.problems[0]!.file!] });
  }
  const outcome = combine(outcomes);
  const { problems, findings } = outcome;

  if (options.format === 'json') {
    const json = (list: Problem[]) => list.map((p) => problemJson(p, io.lang));
    const checked = {
      configs: unique(outcome.configs.map((c) => display(c, io.cwd)), (c) => c),
      personas: outcome.personas,
      templates: outcome.templates,
      renders: outcome.renders,
    };
    io.stdout(`${JSON.stringify({ ok: problems.length + findings.length === 0, checked, errors: json(problems), warnings: json(findings) }, null, 2)}\n`);
  } else {
    for (const p of problems) io.stderr(`${formatProblem(p, io.lang)}\n`);
    for (const p of findings) io.stderr(`${formatProblem(p, io.lang, 'warning')}\n`);
    io.stdout(`${summary(io, outcome)}\n`);
  }
  if (problems.length) return EXIT.badInput;
  return findings.length ? EXIT.findings : EXIT.ok;
}
