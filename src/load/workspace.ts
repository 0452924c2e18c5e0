// The imperative edge of loading: find the config, read persona and template files, collect problems.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { Text } from '../i18n/text.js';
import { closest } from '../model/suggest.js';
import { dirname, resolve, sep } from 'node:path';
import { PersonaError, type Problem } from '../model/errors.js';
import { SLUG } from '../model/constants.js';
import type { Persona } from '../model/persona.js';
import type { Policy } from '../model/policy.js';
import type { Template } from '../model/template.js';
import { idFromFileName, parsePersonaSource } from './persona.js';
import { CONFIG_FILE, defaultPolicy, parsePolicy } from './policy.js';
import { hasFrontMatter, parseTemplate } from './template.js';
import type { Locator } from './yaml-source.js';
import { msg } from './messages.js';
import { fastTemplate, splitTemplate } from './fast-front-matter.js';
import { openSnapshot, type LibrarySnapshot } from './library-snapshot.js';
import { builtinTemplatesDir, display, displayer, findConfig, idUnder, readText, stripBom, templateId, templateReader, TEMPLATE_EXTENSIONS, walk } from './files.js';

export { builtinTemplatesDir, display, findConfig, packageRoot, readText, templateId, TEMPLATE_EXTENSIONS, walk } from './files.js';


export interface Workspace {
  /** Where the command runs; files are shown relative to it. */
  cwd: string;
  /** Directory that relative config paths resolve against. */
  root: string;
  configFile: string | null;
  policy: Policy;
  personasDir: string;
  templateDirs: string[];
}

const DEFAULT_TEMPLATES_DIR = 'templates';

export function loadWorkspace(options: { cwd: string; config?: string }): Workspace {
  const configFile = options.config ? resolve(options.cwd, options.config) : findConfig(options.cwd);
  if (options.config && !existsSync(configFile!)) {
    throw new PersonaError({ code: 'not-found', file: options.config, message: msg('config-not-found', { file: options.config }), hint: msg('config-not-found-hint') });
  }
  let policy = defaultPolicy();
  if (configFile) {
    const result = parsePolicy(readText(configFile, options.cwd), display(configFile, options.cwd));
    if (!result.ok) throw new PersonaError(result.problems);
    policy = result.value;
  }
  const root = configFile ? dirname(configFile) : resolve(options.cwd);
  // The default `templates/` folder is optional when the bundled library is on: a team may start with no
  // templates of its own. A folder the config names otherwise must exist, and its absence is reported.
  const onlyTheDefault = policy.templates.length === 1 && policy.templates[0] === DEFAULT_TEMPLATES_DIR;
  const templateDirs = policy.templates
    .map((d) => resolve(root, d))
    .filter((d) => existsSync(d) || (!!configFile && !(onlyTheDefault && policy.builtinTemplates)));
  const builtin = builtinTemplatesDir();
  if (policy.builtinTemplates && existsSync(builtin)) templateDirs.push(builtin);
  const unique = new Map<string, string>();
  for (const dir of templateDirs) {
    const key = existsSync(dir) ? realpathSync(dir) : dir;
    if (!unique.has(key)) unique.set(key, dir);
  }
  return { cwd: resolve(options.cwd), root, configFile, policy, personasDir: resolve(root, policy.personas), templateDirs: [...unique.values()] };
}

export function personaFiles(ws: Workspace): string[] {
  if (!existsSync(ws.personasDir) || !statSync(ws.personasDir).isDirectory()) return [];
  return walk(ws.personasDir, ['.yaml', '.yml']).filter((f) => dirname(f) === ws.personasDir);
}

/** `a.yaml` beside `a.yml` would be two personas with one id. */
export function duplicatePersonaIds(files: readonly string[], cwd = process.cwd()): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const id = idFromFileName(file);
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({ code: 'duplicate-id', file: display(file, cwd), line: 1, message: msg('duplicate-persona', { id, other: display(earlier, cwd) }), hint: msg('duplicate-persona-hint') });
    } else seen.set(id, file);
  }
  return problems;
}

export interface Loaded<T> {
  items: T[];
  problems: Problem[];
}

export interface LoadedPersona {
  persona?: Persona;
  problems: Problem[];
  file: string;
  locate: Locator;
}

export function loadPersonaFile(file: string, policy: Policy, cwd = process.cwd()): LoadedPersona {
  const shown = display(file, cwd);
  const { result, locate } = parsePersonaSource(readText(file, cwd), shown, policy);
  return result.ok ? { persona: result.value, problems: [], file: shown, locate } : { problems: result.problems, file: shown, locate };
}

/**
 * What to type instead of an id that names no persona: the id of the persona with that name (林茶 → lin-cha), the
 * closest id (a typo), else the list. Persona files are read for their names only on this path, after a mistake.
 */
function unknownPersonaHint(id: string, files: readonly string[], available: readonly string[]): Text {
  const ids = available.join(', ');
  const wanted = id.normalize('NFKC').trim().toLowerCase();
  if (available.includes(wanted)) return msg('persona-did-you-mean', { id: wanted, ids });
  for (const file of files) {
    const name = /^name:[ \t]*["']?([^"'\n#]*?)["']?[ \t]*(?:#.*)?$/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (name && name.normalize('NFKC').trim().toLowerCase() === wanted) return msg('persona-named', { name: id, id: idFromFileName(file), ids });
  }
  const near = closest(wanted, available);
  return near ? msg('persona-did-you-mean', { id: near, ids }) : msg('known-personas', { ids });
}

export function loadPersonas(ws: Workspace, ids?: readonly string[]): Loaded<Persona> {
  const files = personaFiles(ws);
  if (files.length === 0) {
    return {
      items: [],
      problems: [
        {
          code: 'no-personas',
          file: display(ws.personasDir, ws.cwd),
          message: msg('no-personas', { dir: display(ws.personasDir, ws.cwd) }),
          expected: msg('no-personas-expected'),
          // No config here or above and no personas folder: most likely the wrong folder, not a team without people.
          hint: ws.configFile === null && !existsSync(ws.personasDir) ? msg('no-repo-hint', { cwd: ws.cwd }) : msg('no-personas-hint'),
        },
      ],
    };
  }
  const wanted = ids ? new Set(ids) : null;
  const items: Persona[] = [];
  const problems: Problem[] = duplicatePersonaIds(files, ws.cwd);
  const available = files.map((f) => idFromFileName(f));
  for (const id of wanted ?? []) {
    // "../etc" or "Lin Cha" can name no persona file: say what an id is, not that none was found.
    if (!SLUG.test(id)) {
      problems.push({ code: 'usage', message: msg('persona-not-an-id', { id }), hint: unknownPersonaHint(id, files, available) });
      continue;
    }
    if (!available.includes(id)) {
      problems.push({
        code: 'not-found',
        file: display(ws.personasDir, ws.cwd),
        message: msg('persona-not-found', { id, dir: display(ws.personasDir, ws.cwd) }),
        hint: unknownPersonaHint(id, files, available),
      });
    }
  }
  for (const file of files) {
    if (wanted && !wanted.has(idFromFileName(file))) continue;
    const r = loadPersonaFile(file, ws.policy, ws.cwd);
    if (r.persona) items.push(r.persona);
    for (const item of r.problems) problems.push(item);
  }
  return { items, problems };
}

/**
 * One template file; `skipped` for a Markdown file without front matter (a README beside the templates),
 * which is documentation rather than a template.
 */
export function loadTemplateFile(file: string, dir: string, cwd = process.cwd()): { template?: Template; problems: Problem[]; skipped?: true } {
  return templateOf(readText(file, cwd), file, display(file, cwd), templateId(dir, file));
}

/** A template from its file's text, shown path and id. */
function templateOf(text: string, file: string, shown: string, id: string): { template?: Template; problems: Problem[]; skipped?: true } {
  if (file.endsWith('.md') && !hasFrontMatter(text)) return { problems: [], skipped: true };
  // Nearly every template takes the fast path; the careful parser (positions, schema messages) takes the rest.
  const fast = fastTemplate(splitTemplate(stripBom(text)), shown, id);
  if (fast) return { template: fast, problems: [] };
  const r = parseTemplate(text, shown, id);
  return r.ok ? { template: r.value, problems: [] } : { problems: r.problems };
}

/** A template from its text: the snapshot's entry when the text is the one the build read, else parsed. */
function fromText(text: string, file: string, shown: string, id: string, snapshot: LibrarySnapshot | null): { template?: Template; problems: Problem[]; skipped?: true } {
  return snapshot?.templateOfText(file, text, id, shown) ?? templateOf(text, file, shown, id);
}

/**
 * Claim a template's id for the run. A bundled template whose id one of the team's own templates already took
 * is left out, not reported: own folders come first, so a team overrides a bundled template by giving its own
 * the same id (its path under the templates folder). Two of the team's own with one id are an error.
 */
export function claimTemplateId(seen: Map<string, string>, template: Template, bundled = false): Problem | 'overridden' | null {
  const earlier = seen.get(template.id);
  if (earlier && bundled) return 'overridden';
  if (earlier) return { code: 'duplicate-id', file: template.file, line: 1, message: msg('duplicate-template', { id: template.id, other: earlier }), hint: msg('duplicate-template-hint') };
  seen.set(template.id, template.file);
  return null;
}

/**
 * The templates of the workspace's folders, own folders first. `built` holds those read from the bundled
 * library's snapshot, unchanged since the build, whose Handlebars the build and the tests have already parsed.
 */
export function loadTemplates(ws: Workspace): Loaded<Template> & { built: ReadonlySet<Template> } {
  const built = new Set<Template>();
  const items: Template[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  // Hundreds of files for every plan: one read buffer, and paths worked out by slicing rather than path.relative.
  const read = templateReader(ws.cwd);
  const show = displayer(ws.cwd);
  for (const dir of ws.templateDirs) {
    if (!existsSync(dir)) {
      problems.push({ code: 'no-templates', file: display(dir, ws.cwd), message: msg('template-dir-missing', { dir: display(dir, ws.cwd) }), hint: msg('template-dir-missing-hint') });
      continue;
    }
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    const bundled = dir === builtinTemplatesDir();
    // The bundled library as the build read it, for every file unchanged since.
    const snapshot = bundled ? openSnapshot(dir) : null;
    for (const file of snapshot?.files() ?? walk(dir, TEMPLATE_EXTENSIONS)) {
      // walk() joins each name onto dir, so every file starts with it.
      const id = file.startsWith(prefix) ? idUnder(file.slice(prefix.length)) : templateId(dir, file);
      const known = snapshot?.template(file, id, show(file)) ?? null;
      const r = known ?? fromText(read(file), file, show(file), id, snapshot);
      if (known?.template) built.add(known.template);
      if (r.template) {
        const duplicate = claimTemplateId(seen, r.template, bundled);
        if (duplicate === 'overridden') continue;
        if (duplicate) {
          problems.push(duplicate);
          continue;
        }
        items.push(r.template);
      }
      for (const item of r.problems) problems.push(item);
    }
  }
  if (items.length === 0 && problems.length === 0) {
    problems.push({
      code: 'no-templates',
      file: ws.templateDirs.map((d) => display(d, ws.cwd)).join(', ') || CONFIG_FILE,
      message: msg('no-templates'),
      expected: msg('no-templates-expected'),
      hint: msg('no-templates-hint'),
    });
  }
  return { items, problems, built };
}
