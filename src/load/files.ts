// Finding and reading the files of a content repo, and splitting a template file into front matter and body.
// Plain fs and strings, no YAML or schema library: `persona lint` on a templates folder alone needs only these.
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw cannotRead(display(file, cwd), err);
  }
  return utf8(bytes, 0, bytes.length, file, cwd);
}

/**
 * Bytes as UTF-8 text, refusing a file saved in another encoding (GBK from an old editor): read as UTF-8 it turns
 * into replacement characters that would go out in posts. Checked only when a replacement character shows up.
 */
function utf8(bytes: Buffer, start: number, end: number, file: string, cwd: string): string {
  const text = bytes.toString('utf8', start, end);
  if (text.includes('\uFFFD') && !isUtf8(bytes.subarray(start, end))) {
    const shown = display(file, cwd);
    throw new PersonaError({ code: 'encoding', file: shown, message: msg('not-utf8', { file: shown }), hint: msg('not-utf8-hint') });
  }
  return text;
}

/** Why a file could not be read, in words rather than an errno: a missing file, a folder, no permission. */
export function cannotRead(shown: string, err: unknown): PersonaError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PersonaError({ code: 'not-found', file: shown, message: msg('file-missing', { file: shown }), hint: msg('file-missing-hint') });
  if (code === 'EISDIR') return new PersonaError({ code: 'io', file: shown, message: msg('file-is-folder', { file: shown }), hint: msg('file-is-folder-hint') });
  if (code === 'EACCES' || code === 'EPERM') return new PersonaError({ code: 'io', file: shown, message: msg('file-no-access', { file: shown }), hint: msg('file-no-access-hint') });
  return new PersonaError({ code: 'io', file: shown, message: msg('cannot-read', { file: shown, reason: code ?? (err as Error).message }) });
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

/** Every file under dir with one of the extensions, in name order; `dirs` collects the folders searched. */
export function walk(dir: string, extensions: readonly string[], dirs?: string[]): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    dirs?.push(d);
    // join(d, name) is d normalised, a separator, then the name (readdir gives plain names): worked out once per
    // folder, not normalised again for each of hundreds of files.
    let prefix: string | null = null;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      let full: string;
      if (prefix === null) {
        full = join(d, entry.name);
        prefix = full.slice(0, full.length - entry.name.length);
      } else full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(full);
      }
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
    }
  };
  visit(dir);
  return out;
}

export function templateId(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return rel.replace(/\.(hbs|md)$/, '');
}

/** templateId for a file under its root, from the path below the root: no path.relative for each of thousands. */
export function idUnder(rel: string): string {
  const id = sep === '/' ? rel : rel.split(sep).join('/');
  return id.endsWith('.hbs') ? id.slice(0, -4) : id.endsWith('.md') ? id.slice(0, -3) : id;
}

/**
 * display(file, cwd) for the files walk() finds (normalised paths): a file below cwd is shown by slicing off the
 * prefix, under display's own rule, instead of path.relative for each of hundreds of templates.
 */
export function displayer(cwd: string): (file: string) => string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  return (file) => {
    if (!file.startsWith(prefix)) return display(file, cwd);
    const rel = file.slice(prefix.length);
    return rel && !rel.startsWith('..') ? rel : file;
  };
}

/** Templates are small: most fit this buffer, read with one open, one read and one close. */
const READ_BUFFER_BYTES = 1 << 16;

/**
 * A template file's text through one reused buffer, which spares readFileSync's stat, option handling and
 * allocation for each of thousands of files; a file larger than the buffer, or one that cannot be read, goes
 * through readText (which reports the error as a problem with the file's name).
 */
export function templateReader(cwd: string): (file: string) => string {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  return (file) => {
    let fd = -1;
    try {
      fd = openSync(file, 'r');
      // One read: a regular file gives fewer bytes than asked only at its end, so a second read to see 0 bytes
      // (10,000 more system calls in a large lint) tells nothing. A file that fills the buffer is read whole below.
      const size = readSync(fd, buffer, 0, buffer.length, 0);
      if (size < buffer.length) return utf8(buffer, 0, size, file, cwd);
    } catch (err) {
      // A file in another encoding is said so; readText below says what else went wrong.
      if (err instanceof PersonaError) throw err;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
    return readText(file, cwd);
  };
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
