// Reading a local export (contacts for `touches`, posting history for `audit`) into rows with file lines.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { display } from '../load/workspace.js';
import { cannotRead } from '../load/files.js';
import { parseRecords, type Records } from '../load/records.js';
import { PersonaError } from '../model/errors.js';
import type { Io } from './io.js';

/** Bytes in, rows out; a problem (encoding, CSV or JSON syntax) is an error naming file and line. */
export function readExport(path: string, io: Io): { records: Records; file: string } {
  const full = resolve(io.cwd, path);
  const file = display(full, io.cwd);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch (err) {
    throw cannotRead(file, err);
  }
  const parsed = parseRecords(bytes, file);
  if (!parsed.ok) throw new PersonaError(parsed.problems);
  return { records: parsed.value, file };
}

