// Writing outputs without leaving anything half-written: every file goes to a temp name first and is
// renamed into place only after all of a batch is on disk.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
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

/** Write every file under a temp name. A failure removes what was written and throws; nothing is in place yet. */
export async function stageFiles(files: readonly OutputFile[], display: (path: string) => string = (p) => p): Promise<StagedFile[]> {
  const tag = `.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const staged = files.map((f) => ({ temp: join(dirname(f.path), `.${basename(f.path)}${tag}`), path: f.path, content: f.content }));
  try {
    for (const dir of new Set(files.map((f) => dirname(f.path)))) mkdirSync(dir, { recursive: true });
    // One after another: writes in parallel (64 at once over libuv's threads) cost several times the kernel time
    // on ext4, every thread contending for the same directory, and never finished sooner.
    for (const s of staged) writeFileSync(s.temp, s.content);
  } catch (err) {
    discardStaged(staged);
    const e = err as NodeJS.ErrnoException;
    throw new PersonaError({ code: 'io', file: display(e.path ?? ''), message: msg('cannot-write', { file: display(e.path ?? ''), reason: e.code ?? e.message }) });
  }
  return staged.map(({ temp, path }) => ({ temp, path }));
}

/** Rename staged files into place: done only once every file of a run is on disk. */
export function commitStaged(staged: readonly StagedFile[]): void {
  for (const s of staged) renameSync(s.temp, s.path);
}

export function discardStaged(staged: readonly StagedFile[]): void {
  for (const s of staged) rmSync(s.temp, { force: true });
}

/** Write a batch: all temp files first, then the renames. A failure removes the temp files and throws. */
export async function writeAtomically(files: readonly OutputFile[], display: (path: string) => string = (p) => p): Promise<void> {
  commitStaged(await stageFiles(files, display));
}
