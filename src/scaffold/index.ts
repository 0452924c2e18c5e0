// What `persona init` writes into a new content repo, as plain (path, text) pairs: the shell decides where
// and whether. Everything here validates, lints clean and plans as written.
import type { Lang } from '../i18n/text.js';
import type { Locale } from '../model/common.js';
import { personaYamlHeader } from '../model/json-schema.js';
import { gitignore, packageJson, workflowYaml } from './ci.js';
import { configYaml } from './config.js';
import { examplePersona, exampleTemplates } from './examples.js';

export interface ScaffoldFile {
  /** POSIX path relative to the repo root. */
  path: string;
  text: string;
  /** Left alone, without complaint, when the repo already has one (a package.json of its own). */
  keepExisting?: boolean;
}

export interface Scaffold {
  files: ScaffoldFile[];
  personaId: string;
}

export function scaffold(options: { lang: Lang; locale: Locale; version: string }): Scaffold {
  const persona = examplePersona(options.lang, options.locale);
  return {
    personaId: persona.id,
    files: [
      { path: 'persona.config.yaml', text: configYaml(options.lang) },
      { path: `personas/${persona.id}.yaml`, text: `${personaYamlHeader('personas')}${persona.text}` },
      ...exampleTemplates(options.lang, options.locale).map((t) => ({ path: t.path, text: t.text })),
      { path: '.gitignore', text: gitignore(options.lang) },
      { path: '.github/workflows/persona.yml', text: workflowYaml(options.lang) },
      { path: 'package.json', text: packageJson(options.version), keepExisting: true },
    ],
  };
}
