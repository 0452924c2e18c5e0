// Writing outputs without leaving anything half-written: every file goes to a temp name first and is
// renamed into place only after all of a batch is on disk; a rename that fails puts back what the batch replaced.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PersonaError } from '../model/errors.js';
import { msg } from './messages.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** A file written under a temp name beside its destination, waiting to be renamed into place. */
export interface StagedFile {
  temp: string;
  path: string;
  /** Folders made for it that did not exist before (removed again when the batch is called off). */
  made?: readonly string[];
}

/** Names a folder of temp files written apart from their destinations (see `apart` below). */
const STAGING_PREFIX = '.staging-';

/** A folder for one writer's temp files under `dir`, which must be on the same file system as the outputs. */
export function stagingDir(dir: string, writer: string | number): string {
  return join(dir, `${STAGING_PREFIX}${process.pid}-${writer}`);
}

/** Make `dir` with its parents; the topmost folder made, or null when it was there. */
function makeDir(dir: string): string | null {
  return mkdirSync(dir, { recursive: true }) ?? null;
}

/**
 * Write every file under a temp name. A failure removes what was written and throws; nothing is in place yet.
 * Temp files go beside their destinations, or into `apart` (from stagingDir): threads writing thousands of
 * files at once then each create them in a folder of their own, instead of all contending for the lock of the
 * destination folder, which on ext4 cost more kernel time than the planning itself.
 */
export function stageFiles(files: readonly OutputFile[], display: (path: string) => string = (p) => p, options: { apart?: string } = {}): StagedFile[] {
  const tag = `.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const { apart } = options;
  const tempOf = (path: string) => (apart ? join(apart, `${relative(dirname(apart), path).split(sep).join('__')}${tag}`) : join(dirname(path), `.${basename(path)}${tag}`));
  const staged = files.map((f) => ({ temp: tempOf(f.path), path: f.path, content: f.content }));
  const made: string[] = [];
  let current: { path: string; folder: boolean } | null = null;
  try {
    // Destination folders wait for commitStaged when the temp files live apart: a run refused after staging
    // (a thread's persona could not be planned) must not leave an empty label folder behind.
    for (const dir of new Set(staged.map((f) => dirname(f.temp)))) {
      current = { path: dir, folder: true };
      const top = makeDir(dir);
      if (top) made.push(top);
    }
    // One after another: writes in parallel (64 at once over libuv's threads) cost several times the kernel time
    // on ext4, every thread contending for the same directory, and never finished sooner.
    for (const s of staged) {
      current = { path: s.path, folder: false };
      writeFileSync(s.temp, s.content);
    }
  } catch (err) {
    discardStaged(staged.map(({ temp, path }) => ({ temp, path })));
    removeMade(made);
    throw cannotWrite(err, current, display);
  }
  // Folders made beside the destinations go with the batch if it is called off.
  return staged.map(({ temp, path }, i) => (i === 0 && made.length ? { temp, path, made } : { temp, path }));
}

/** What a system error means to someone at a keyboard, and what to do about it. */
const REASONS: Record<string, 'io-denied' | 'io-full' | 'io-read-only' | 'io-not-folder' | 'io-busy' | 'io-is-folder'> = {
  EACCES: 'io-denied',
  EPERM: 'io-denied',
  ENOSPC: 'io-full',
  EDQUOT: 'io-full',
  EROFS: 'io-read-only',
  ENOTDIR: 'io-not-folder',
  EEXIST: 'io-not-folder',
  EBUSY: 'io-busy',
  ETXTBSY: 'io-busy',
  EISDIR: 'io-is-folder',
};

/** The error for a write that failed: the file the user asked for (not its temp name), the cause in words, a fix. */
function cannotWrite(err: unknown, target: { path: string; folder: boolean } | null, display: (path: string) => string): PersonaError {
  if (err instanceof PersonaError) return err;
  const e = err as NodeJS.ErrnoException;
  const shown = display(target?.path ?? e?.path ?? '');
  const reason = e?.code ? REASONS[e.code] : undefined;
  // A file standing where a folder is needed: name it.
  const found = reason === 'io-not-folder' && target ? fileInTheWay(target.folder ? target.path : dirname(target.path)) : null;
  const blocker = found ? display(found) : shown;
  return new PersonaError({
    code: 'io',
    file: shown,
    message: msg('cannot-write', { file: shown, reason: reason ? msg(reason, { blocker }) : (e?.code ?? String(e?.message ?? err)) }),
    hint: reason ? msg(`${reason}-hint`, { blocker }) : msg('io-other-hint'),
  });
}

/** The nearest path above `dir` that exists and is a file (what stops its folders being made). */
function fileInTheWay(dir: string): string | null {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    if (!existsSync(d)) continue;
    return statSync(d).isDirectory() ? null : d;
  }
  return null;
}

/** Folders this batch made, removed with whatever temp files are still in them. */
function removeMade(made: readonly string[]): void {
  for (const dir of made) quietly(() => rmSync(dir, { recursive: true, force: true }));
}

/** Clean-up that must not hide the failure it follows. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // The error being reported matters more than a temp file left behind.
  }
}

/** Staging folders the temp files lived in, removed once they are empty. */
function removeStagingDirs(staged: readonly StagedFile[]): void {
  for (const dir of new Set(staged.map((s) => dirname(s.temp)))) if (basename(dir).startsWith(STAGING_PREFIX)) quietly(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Rename staged files into place: done only once every file of a run is on disk. A file already in place is
 * first moved aside, so that a rename failing halfway (a locked file, a full disk) puts every replaced file back
 * and removes the new ones: the batch lands whole or not at all.
 */
export function commitStaged(staged: readonly StagedFile[], display: (path: string) => string = (p) => p): void {
  const made = staged.flatMap((s) => s.made ?? []);
  const dirs = [...new Set(staged.map((s) => dirname(s.path)))];
  // What is in each destination folder already, read once (a stat per file cost more on a 26,000-file run).
  const present = new Map<string, Set<string>>();
  let current: { path: string; folder: boolean } | null = null;
  try {
    for (const dir of dirs) {
      current = { path: dir, folder: true };
      const top = makeDir(dir);
      if (top) made.push(top);
      // Files only: a folder in the way is no file to put back, and its rename below fails (and rolls back).
      present.set(dir, new Set(top ? [] : readdirSync(dir, { withFileTypes: true }).filter((d) => !d.isDirectory()).map((d) => d.name)));
    }
  } catch (err) {
    discardStaged(staged);
    removeMade(made);
    throw cannotWrite(err, current, display);
  }
  const tag = `.old-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const done: { path: string; aside: string | null }[] = [];
  try {
    for (const s of staged) {
      current = { path: s.path, folder: false };
      const aside = present.get(dirname(s.path))!.has(basename(s.path)) ? join(dirname(s.path), `.${basename(s.path)}${tag}`) : null;
      if (aside) renameSync(s.path, aside);
      done.push({ path: s.path, aside });
      renameSync(s.temp, s.path);
    }
  } catch (err) {
    // Back to how it was: the new files out, the old ones back, the temp files and new folders gone.
    for (const d of done.reverse()) {
      quietly(() => (d.aside ? renameSync(d.aside, d.path) : rmSync(d.path, { force: true })));
    }
    discardStaged(staged);
    removeMade(made);
    throw cannotWrite(err, current, display);
  }
  for (const d of done) if (d.aside) quietly(() => rmSync(d.aside!, { force: true }));
  removeStagingDirs(staged);
}

/** Call a staged batch off: its temp files, staging folders and the folders it made go. */
export function discardStaged(staged: readonly StagedFile[]): void {
  for (const s of staged) quietly(() => rmSync(s.temp, { force: true }));
  removeStagingDirs(staged);
  removeMade(staged.flatMap((s) => s.made ?? []));
}

/** Write a batch: all temp files first, then the renames. A failure removes the temp files and throws. */
export function writeAtomically(files: readonly OutputFile[], display: (path: string) => string = (p) => p): void {
  commitStaged(stageFiles(files, display), display);
}
