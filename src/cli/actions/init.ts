// `persona init [dir]`: scaffold a content repo that validates, lints clean and plans as created. Refuses to
// overwrite anything unless --force, and then writes every file or none.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../../i18n/translate.js';
import { display } from '../../load/workspace.js';
import { LOCALES, type Locale } from '../../model/common.js';
import { PersonaError } from '../../model/errors.js';
import { scaffold } from '../../scaffold/index.js';
import { writeAtomically } from '../files.js';
import { EXIT, type Io } from '../io.js';
import { msg } from '../onboard-messages.js';
import { style } from '../style.js';

declare const __PERSONA_VERSION__: string;
const VERSION = typeof __PERSONA_VERSION__ === 'string' ? __PERSONA_VERSION__ : '0.0.0-dev';

export interface InitOptions {
  dir?: string;
  force?: boolean;
  locale?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const lang = io.lang;
  const root = resolve(io.cwd, options.dir ?? '.');
  const shownRoot = root === resolve(io.cwd) ? '.' : display(root, io.cwd);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new PersonaError({ code: 'usage', file: shownRoot, message: msg('init-not-a-folder', { dir: shownRoot }) });
  }
  // The example persona speaks the UI language unless asked otherwise: it is the first thing the user reads.
  const locale = (options.locale ?? lang) as Locale;
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new PersonaError({ code: 'usage', message: msg('init-bad-locale', { value: String(options.locale) }), hint: msg('init-bad-locale-hint') });
  }
  const { files, personaId } = scaffold({ lang, locale, version: VERSION });
  const kept = files.filter((f) => f.keepExisting && existsSync(join(root, f.path)));
  const writes = files.filter((f) => !kept.includes(f));
  const existing = writes.filter((f) => existsSync(join(root, f.path)));
  if (existing.length && !options.force) {
    throw new PersonaError({
      code: 'usage',
      file: shownRoot,
      message: msg('init-would-overwrite', { dir: shownRoot, n: existing.length, files: existing.map((f) => f.path).join(', ') }),
      hint: msg('init-would-overwrite-hint'),
    });
  }
  writeAtomically(
    writes.map((f) => ({ path: join(root, f.path), content: f.text })),
    (p) => display(p, io.cwd),
  );

  if (options.json) {
    io.stdout(`${JSON.stringify({ root: shownRoot, persona: personaId, written: writes.map((f) => f.path), kept: kept.map((f) => f.path), overwritten: existing.map((f) => f.path) }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (options.quiet) return EXIT.ok;
  const s = style(io);
  const line = (text = '') => io.stdout(`${text}\n`);
  line(s.ok(t(lang, msg('init-done', { dir: shownRoot, n: writes.length }))));
  for (const f of writes) line(`  ${s.dim(f.path)}${existing.includes(f) ? ` ${s.warn(t(lang, msg('init-overwritten')))}` : ''}`);
  for (const f of kept) line(`  ${s.dim(f.path)} ${t(lang, msg('init-kept'))}`);
  line();
  line(s.heading(t(lang, msg('next-steps'))));
  const step = (command: string, why: string) => line(`  ${s.command(command.padEnd(38))} ${s.dim(`# ${why}`)}`);
  if (root !== resolve(io.cwd)) step(`cd ${shownRoot}`, t(lang, msg('step-cd')));
  step(kept.length ? 'npm install --save-dev persona' : 'npm install', t(lang, msg('step-install')));
  step('persona validate', t(lang, msg('step-validate')));
  step(`persona plan ${personaId} --week next`, t(lang, msg('step-plan-one')));
  step('persona new', t(lang, msg('step-new')));
  step('persona plan --all --week next', t(lang, msg('step-plan-all')));
  step(`persona plan ${personaId} --interactive`, t(lang, msg('step-review')));
  return EXIT.ok;
}
