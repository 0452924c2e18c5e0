// `persona validate`: personas, config and templates are well-formed and every template renders strictly.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PersonaError, type Problem } from '../../model/errors.js';
import type { Persona } from '../../model/persona.js';
import type { Template } from '../../model/template.js';
import { personaTopics } from '../../model/fit.js';
import { CONFIG_FILE } from '../../load/policy.js';
import { display, loadPersonaFile, loadPersonas, loadTemplateFile, loadTemplates, TEMPLATE_EXTENSIONS, loadWorkspace, type Workspace } from '../../load/workspace.js';
import { checkTemplates } from '../../render/check.js';
import { EXIT, formatProblem, problemJson, type Io } from '../io.js';
import { msg } from '../messages.js';
import { t } from '../../i18n/translate.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Options {
  paths: string[];
  format: 'text' | 'json';
  config?: string;
}

function listFiles(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, exts));
    else if (exts.some((x) => e.name.endsWith(x))) out.push(full);
  }
  return out;
}

function templateRoot(ws: Workspace, file: string): string {
  const abs = resolve(file);
  return ws.templateDirs.find((d) => abs.startsWith(d + '/')) ?? resolve(file, '..');
}

export async function runValidate(options: Options, io: Io): Promise<number> {
  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const problems: Problem[] = [];
  const findings: Problem[] = [];
  let personas: Persona[] = [];
  let templates: Template[] = [];
  const checked = { config: ws.configFile ? 1 : 0, personas: 0, templates: 0 };

  if (options.paths.length === 0) {
    const p = loadPersonas(ws);
    personas = p.items;
    problems.push(...p.problems);
    const t = loadTemplates(ws);
    templates = t.items;
    problems.push(...t.problems);
    checked.personas = personas.length + p.problems.filter((x) => x.code !== 'no-personas').length;
  } else {
    const personaFiles: string[] = [];
    const templateFiles: string[] = [];
    for (const path of options.paths) {
      const abs = resolve(io.cwd, path);
      if (!existsSync(abs)) throw new PersonaError({ code: 'not-found', file: path, message: msg('path-not-found', { path }), hint: msg('path-not-found-hint') });
      if (statSync(abs).isDirectory()) {
        const yaml = listFiles(abs, ['.yaml', '.yml']).filter((f) => basename(f) !== CONFIG_FILE);
        const hbs = listFiles(abs, TEMPLATE_EXTENSIONS);
        personaFiles.push(...yaml);
        templateFiles.push(...hbs);
        if (!yaml.length && !hbs.length) problems.push({ code: 'no-templates', file: path, message: msg('nothing-to-validate', { path }) });
      } else if (basename(abs) === CONFIG_FILE) {
        checked.config = 1; // already parsed by loadWorkspace when it is the active config
      } else if (/\.ya?ml$/.test(abs)) personaFiles.push(abs);
      else templateFiles.push(abs);
    }
    for (const file of personaFiles) {
      const r = loadPersonaFile(file, ws.policy);
      if (r.persona) personas.push(r.persona);
      problems.push(...r.problems);
    }
    checked.personas = personaFiles.length;
    for (const file of templateFiles) {
      const r = loadTemplateFile(file, templateRoot(ws, file));
      if (r.template) templates.push(r.template);
      problems.push(...r.problems);
    }
    // Templates are rendered against the repo's personas even when only templates were named.
    if (templateFiles.length && !personaFiles.length) personas = loadPersonas(ws).items;
  }
  checked.templates = templates.length + problems.filter((p) => p.file && TEMPLATE_EXTENSIONS.some((x) => p.file!.endsWith(x))).length;
  problems.push(...checkTemplates(templates, personas));

  // Coverage: an interest with no lifestyle template in the persona's language cannot be planned.
  if (options.paths.length === 0 || personas.length) {
    const library = options.paths.length === 0 ? templates : loadTemplates(ws).items;
    for (const persona of personas) {
      for (const topic of personaTopics(persona)) {
        const n = library.filter((t) => t.locale === persona.locale && t.kind === 'lifestyle' && t.topics.includes(topic)).length;
        if (n === 0) {
          findings.push({
            code: 'no-templates',
            file: display(join(ws.personasDir, `${persona.id}.yaml`), io.cwd),
            message: msg('interest-no-template', { id: persona.id, topic, locale: persona.locale }),
            hint: msg('interest-no-template-hint', { topic, locale: persona.locale }),
          });
        }
      }
    }
  }

  if (options.format === 'json') {
    const json = (list: Problem[]) => list.map((p) => problemJson(p, io.lang));
    io.stdout(`${JSON.stringify({ checked, problems: json(problems), findings: json(findings) }, null, 2)}\n`);
  } else {
    for (const p of [...problems, ...findings]) io.stderr(`${formatProblem(p, io.lang)}\n`);
    const summary = t(
      io.lang,
      msg('validate-summary', {
        config: checked.config ? `${CONFIG_FILE}, ` : '',
        personas: checked.personas,
        templates: checked.templates,
        errors: problems.length,
        findings: findings.length,
      }),
    );
    io.stdout(`${problems.length + findings.length ? '✖' : '✔'} ${summary}\n`);
  }
  if (problems.length) return EXIT.badInput;
  return findings.length ? EXIT.findings : EXIT.ok;
}
