// The bundled template library, read once at build time: every plan of a bundled persona otherwise opens,
// reads and parses some 900 files before it starts (about a sixth of a one-week plan). The build writes what
// the loader made of each file, with the file's size and modification time, to dist/library.json; a run takes a
// file's entry only while its size and time still match, and its folders' times say whether a file was added,
// removed or renamed. Any other file, and every file when there is no snapshot, is read as before.
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Template } from '../model/template.js';
import { fastTemplateFrontMatter, fastFrontMatter, splitTemplate } from './fast-front-matter.js';
import { hasFrontMatter, packageRoot, stripBom, TEMPLATE_EXTENSIONS, walk } from './files.js';
import { hash53 } from '../model/hash.js';

/** Raised when the entries' shape changes, so a snapshot from another build is never read. */
const FORMAT = 2;

/**
 * A template file as the loader read it, with a fingerprint of its text (an installed package's files carry
 * npm's fixed modification time, so their times never match the build's); null for a Markdown file without
 * front matter (skipped).
 */
type Entry = { data: Record<string, unknown>; body: string; bodyLine: number; hash: number } | null;

interface SnapshotFile {
  format: number;
  /** Folders searched, under the templates folder, with their modification times. */
  dirs: [string, number][];
  /** Every template file under the folder in walk() order, with size, modification time and what it holds. */
  files: [string, number, number, Entry][];
}

export const SNAPSHOT_FILE = 'library.json';

export function snapshotPath(): string {
  return join(packageRoot(), 'dist', SNAPSHOT_FILE);
}

/**
 * The snapshot of a templates folder: the files and what each holds, for the files that take the loader's fast
 * path (any other, such as one with a problem to report, is left out and read at every run).
 */
export function makeSnapshot(dir: string): SnapshotFile {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const dirs: string[] = [];
  const files = walk(dir, TEMPLATE_EXTENSIONS, dirs);
  const out: SnapshotFile = { format: FORMAT, dirs: dirs.map((d) => [d.slice(prefix.length), statSync(d).mtimeMs]), files: [] };
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md') && !hasFrontMatter(text)) {
      out.files.push([file.slice(prefix.length), size, mtimeMs, null]);
      continue;
    }
    const split = splitTemplate(stripBom(text));
    if (typeof split !== 'object') continue;
    const data = fastFrontMatter(split.yaml);
    if (!data || !fastTemplateFrontMatter({ ...data }) || !/\S/.test(split.body)) continue;
    out.files.push([file.slice(prefix.length), size, mtimeMs, { data, body: split.body, bodyLine: split.bodyLine, hash: hash53(text) }]);
  }
  return out;
}

/** Build step: the snapshot of `dir` written to `file` (under a temp name, then renamed). */
export function writeSnapshot(dir: string, file: string): number {
  const snapshot = makeSnapshot(dir);
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
  return snapshot.files.length;
}

export interface LibrarySnapshot {
  /** The folder's template files: the snapshot's list while no folder changed, else walk()'s. */
  files(): string[];
  /**
   * A file's template from the snapshot, `skipped` for documentation beside the templates, undefined when the
   * file changed since the build or the snapshot has no entry for it (the caller reads it then).
   */
  template(file: string, id: string, shown: string): { template?: Template; problems: []; skipped?: true } | undefined;
  /** The same for a file whose time changed, from its text: its entry while the text is the one the build read. */
  templateOfText(file: string, text: string, id: string, shown: string): { template?: Template; problems: [] } | undefined;
}

function templateOf(entry: NonNullable<Entry>, id: string, shown: string): { template: Template; problems: [] } | undefined {
  const fm = fastTemplateFrontMatter(entry.data);
  return fm ? { template: Object.assign(fm, { id, file: shown, body: entry.body, bodyLine: entry.bodyLine }), problems: [] } : undefined;
}

/** The snapshot for a templates folder, or null when there is none (running from sources) or it is unreadable. */
export function openSnapshot(dir: string, file = snapshotPath()): LibrarySnapshot | null {
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return null;
  }
  if (snapshot?.format !== FORMAT || !Array.isArray(snapshot.files) || !Array.isArray(snapshot.dirs)) return null;
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const entries = new Map<string, [number, number, Entry]>();
  for (const [rel, size, mtime, entry] of snapshot.files) entries.set(prefix + rel, [size, mtime, entry]);
  const unchanged = (path: string, mtime: number, size?: number): boolean => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs === mtime && (size === undefined || stat.size === size);
  };
  return {
    files() {
      // Adding, removing or renaming a file changes its folder's time; editing one in place is caught below.
      const same = snapshot.dirs.every(([rel, mtime]) => unchanged(prefix + rel, mtime));
      return same ? snapshot.files.map(([rel]) => prefix + rel) : walk(dir, TEMPLATE_EXTENSIONS);
    },
    template(path, id, shown) {
      const known = entries.get(path);
      if (!known || !unchanged(path, known[1], known[0])) return undefined;
      const entry = known[2];
      return entry === null ? { problems: [], skipped: true } : templateOf(entry, id, shown);
    },
    templateOfText(path, text, id, shown) {
      const entry = entries.get(path)?.[2];
      return entry && entry.hash === hash53(text) ? templateOf(entry, id, shown) : undefined;
    },
  };
}
