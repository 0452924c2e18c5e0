// Writing outputs without leaving anything half-written: every file goes to a temp name first and is
// renamed into place only after all of a batch is on disk.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
}

/** Names a folder of temp files written apart from their destinations (see `apart` below). */
const STAGING_PREFIX = '.staging-';

/** A folder for one writer's temp files under `dir`, which must be on the same file system as the outputs. */
export function stagingDir(dir: string, writer: string | number): string {
  return join(dir, `${STAGING_PREFIX}${process.pid}-${writer}`);
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
  try {
    // Destination folders wait for commitStaged when the temp files live apart: a run refused after staging
    // (a thread's persona could not be planned) must not leave an empty label folder behind.
    for (const dir of new Set(staged.map((f) => dirname(f.temp)))) mkdirSync(dir, { recursive: true });
    // One after another: writes in parallel (64 at once over libuv's threads) cost several times the kernel time
    // on ext4, every thread contending for the same directory, and never finished sooner.
    for (const s of staged) writeFileSync(s.temp, s.content);
  } catch (err) {
    discardStaged(staged);
    throw cannotWrite(err, display);
  }
  return staged.map(({ temp, path }) => ({ temp, path }));
}

function cannotWrite(err: unknown, display: (path: string) => string): PersonaError {
  const e = err as NodeJS.ErrnoException;
  return new PersonaError({ code: 'io', file: display(e.path ?? ''), message: msg('cannot-write', { file: display(e.path ?? ''), reason: e.code ?? e.message }) });
}

/** Staging folders the temp files lived in, removed once they are empty. */
function removeStagingDirs(staged: readonly StagedFile[]): void {
  for (const dir of new Set(staged.map((s) => dirname(s.temp)))) if (basename(dir).startsWith(STAGING_PREFIX)) rmSync(dir, { recursive: true, force: true });
}

/** Rename staged files into place: done only once every file of a run is on disk. */
export function commitStaged(staged: readonly StagedFile[], display: (path: string) => string = (p) => p): void {
  try {
    for (const dir of new Set(staged.map((s) => dirname(s.path)))) mkdirSync(dir, { recursive: true });
  } catch (err) {
    discardStaged(staged);
    throw cannotWrite(err, display);
  }
  for (const s of staged) renameSync(s.temp, s.path);
  removeStagingDirs(staged);
}

export function discardStaged(staged: readonly StagedFile[]): void {
  for (const s of staged) rmSync(s.temp, { force: true });
  removeStagingDirs(staged);
}

/** Write a batch: all temp files first, then the renames. A failure removes the temp files and throws. */
export function writeAtomically(files: readonly OutputFile[], display: (path: string) => string = (p) => p): void {
  commitStaged(stageFiles(files, display), display);
}
