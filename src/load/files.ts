// Finding and reading the files of a content repo, and splitting a template file into front matter and body.
// Plain fs and strings, no YAML or schema library: `persona lint` on a templates folder alone needs only these.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PersonaError } from '../model/errors.js';
import { msg } from './messages.js';

export const CONFIG_FILE = 'persona.config.yaml';

export const TEMPLATE_EXTENSIONS = ['.hbs', '.md'];

/** The package root: the nearest folder above this module with our package.json (src/ in tests, dist/chunks/ when bundled). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
    dir = parent;
  }
}

/** The bundled library ships in the package beside dist/. */
export function builtinTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

export function display(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export function readText(file: string, cwd = process.cwd()): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const shown = display(file, cwd);
    throw new PersonaError({ code: 'io', file: shown, message: msg('cannot-read', { file: shown, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message }) });
  }
}

export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Folders never searched for personas or templates. */
const SKIPPED_DIRS = new Set(['node_modules']);

export function walk(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  // What path.join(d, name) gives, by concatenation: d is normalised once here and stays so below (names hold
  // no separator), and joining 10,000 paths was a measurable part of a large lint.
  const top = normalize(dir);
  const prefixOf = (d: string) => (d === '.' || d === `.${sep}` ? '' : d.endsWith(sep) ? d : d + sep);
  const visit = (d: string) => {
    const prefix = prefixOf(d);
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(full);
      }
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
    }
  };
  visit(top);
  return out;
}

export function templateId(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return rel.replace(/\.(hbs|md)$/, '');
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FENCE = /^---[ \t]*\r?$/;
/** YAML's document end marker closes front matter too (gray-matter and Jekyll accept it). */
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*\r?$/;

export interface FrontMatterSplit {
  /** The YAML between the fences. */
  yaml: string;
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

/**
 * Split a template file the way gray-matter's format defines it, but line by line: gray-matter itself takes
 * "----" for a closing fence and, with no closing fence, silently treats the whole file as front matter.
 */
export function splitFrontMatter(text: string): FrontMatterSplit | 'missing' | 'unclosed' {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return 'missing';
  const close = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  if (close < 0) return 'unclosed';
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

export function hasFrontMatter(text: string): boolean {
  return FENCE.test(stripBom(text).split('\n', 1)[0] ?? '');
}
