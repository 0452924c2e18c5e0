// Writing outputs without leaving anything half-written: every file goes to a temp name first and is
// renamed into place only after all of a batch is on disk.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { PersonaError } from '../model/errors.js';
import { msg } from './messages.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** Writes at once, so thousands of plan files overlap their disk waits instead of queueing. */
const PARALLEL_WRITES = 64;

/** Write a batch: all temp files first, then the renames. A failure removes the temp files and throws. */
export async function writeAtomically(files: readonly OutputFile[], display: (path: string) => string = (p) => p): Promise<void> {
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const staged = files.map((f) => ({ temp: join(dirname(f.path), `.${basename(f.path)}${tag}`), path: f.path, content: f.content }));
  try {
    for (const dir of new Set(files.map((f) => dirname(f.path)))) mkdirSync(dir, { recursive: true });
    for (let i = 0; i < staged.length; i += PARALLEL_WRITES) {
      await Promise.all(staged.slice(i, i + PARALLEL_WRITES).map((s) => writeFile(s.temp, s.content)));
    }
  } catch (err) {
    for (const s of staged) rmSync(s.temp, { force: true });
    const e = err as NodeJS.ErrnoException;
    throw new PersonaError({ code: 'io', file: display(e.path ?? ''), message: msg('cannot-write', { file: display(e.path ?? ''), reason: e.code ?? e.message }) });
  }
  for (const s of staged) renameSync(s.temp, s.path);
}
