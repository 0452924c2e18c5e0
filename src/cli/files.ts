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

/** Write a batch: all temp files first, then the renames. A failure removes the temp files and throws. */
export function writeAtomically(files: readonly OutputFile[], display: (path: string) => string = (p) => p): void {
  const staged: { temp: string; path: string }[] = [];
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const temp = join(dirname(f.path), `.${basename(f.path)}${tag}`);
      writeFileSync(temp, f.content);
      staged.push({ temp, path: f.path });
    }
  } catch (err) {
    for (const s of staged) rmSync(s.temp, { force: true });
    const e = err as NodeJS.ErrnoException;
    throw new PersonaError({ code: 'io', file: display(e.path ?? ''), message: msg('cannot-write', { file: display(e.path ?? ''), reason: e.code ?? e.message }) });
  }
  for (const s of staged) renameSync(s.temp, s.path);
}
