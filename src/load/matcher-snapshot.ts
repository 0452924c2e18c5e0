// The lexicons' automaton, built at build time: building it from some 3,600 phrases took about 35 ms of every
// lint's, score's and plan's start-up. The build writes its tables to dist/matcher.bin after the phrases they were
// built from; a run reads them back only when its own phrases are the same (not so when running from sources
// after a lexicon change, say), and builds them otherwise.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherEntry, MatcherTables } from '../lint/matcher.js';
import { packageRoot } from './files.js';

/** Raised when the layout below changes. */
const FORMAT = 1;
export const MATCHER_FILE = 'matcher.bin';
const ROOT_CODES = 65536;
/** Header numbers: format, key length, states, children, outputs, entries, root children, 0. */
const HEADER = 8;

/**
 * The phrases as one string, stored with the tables and compared whole when they are read: the tables of one
 * list never serve another. (Comparing 40,000 characters costs less than hashing them.)
 */
export function entriesKey(entries: readonly MatcherEntry[]): string {
  return entries.map((e) => (e.anywhere ? '\u0001' : '\u0000') + e.term).join('\u0002');
}

/** Bytes of the key as UTF-16, padded to a multiple of 8 so the arrays after it stay aligned. */
const keyBytes = (units: number) => Math.ceil((units * 2) / 8) * 8;

/**
 * Layout: the header (int32 × 8), the key (UTF-16, padded), then int32 arrays (root children as code/state
 * pairs, childStart, targets, fail, dict, depth, outStart, outputs), the uint16 child codes and the uint8
 * boundaries.
 */
export function encodeTables(tables: MatcherTables, key: string): Uint8Array {
  const roots: number[] = [];
  for (let c = 0; c < ROOT_CODES; c++) if (tables.rootNext[c]) roots.push(c, tables.rootNext[c]!);
  const states = tables.fail.length;
  const ints = [Int32Array.from(roots), tables.childStart, tables.targets, tables.fail, tables.dict, tables.depth, tables.outStart, tables.outputs];
  const intCount = HEADER + ints.reduce((n, a) => n + a.length, 0);
  const keyAt = HEADER * 4;
  const arraysAt = keyAt + keyBytes(key.length);
  const codesAt = arraysAt + (intCount - HEADER) * 4;
  const bytes = new Uint8Array(codesAt + tables.codes.length * 2 + tables.boundary.length);
  new Int32Array(bytes.buffer, 0, HEADER).set([FORMAT, key.length, states, tables.codes.length, tables.outputs.length, tables.boundary.length, roots.length / 2, 0]);
  bytes.set(Buffer.from(key, 'utf16le'), keyAt);
  const out = new Int32Array(bytes.buffer, arraysAt, intCount - HEADER);
  let at = 0;
  for (const a of ints) {
    out.set(a, at);
    at += a.length;
  }
  new Uint16Array(bytes.buffer, codesAt, tables.codes.length).set(tables.codes);
  bytes.set(tables.boundary, codesAt + tables.codes.length * 2);
  return bytes;
}

/** The tables stored under `key`, or null when the bytes hold another list's tables or are not whole. */
export function decodeTables(stored: Uint8Array, key: string): MatcherTables | null {
  // Typed views need aligned offsets: a buffer that does not start on one is copied first.
  const bytes = stored.byteOffset % 8 === 0 ? stored : stored.slice();
  if (bytes.length < HEADER * 4) return null;
  const [format, keyUnits, states, children, outputs, entries, roots] = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER);
  if (format !== FORMAT || keyUnits !== key.length) return null;
  const keyAt = HEADER * 4;
  const arraysAt = keyAt + keyBytes(keyUnits);
  const lengths = [roots! * 2, states! + 1, children!, states!, states!, states!, states! + 1, outputs!];
  const codesAt = arraysAt + lengths.reduce((n, x) => n + x, 0) * 4;
  if (bytes.length !== codesAt + children! * 2 + entries!) return null;
  if (Buffer.from(bytes.buffer, bytes.byteOffset + keyAt, keyUnits * 2).toString('utf16le') !== key) return null;
  let at = bytes.byteOffset + arraysAt;
  const [rootPairs, childStart, targets, fail, dict, depth, outStart, outputList] = lengths.map((n) => {
    const view = new Int32Array(bytes.buffer, at, n);
    at += n * 4;
    return view;
  }) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const rootNext = new Int32Array(ROOT_CODES);
  for (let i = 0; i < rootPairs.length; i += 2) rootNext[rootPairs[i]!] = rootPairs[i + 1]!;
  const codes = new Uint16Array(bytes.buffer, bytes.byteOffset + codesAt, children!);
  const boundary = new Uint8Array(bytes.buffer, bytes.byteOffset + codesAt + children! * 2, entries!);
  return { rootNext, childStart, codes, targets, fail, dict, depth, outStart, outputs: outputList, boundary };
}

/** The stored tables of these phrases from dist/matcher.bin, or null (no file, or a file for other phrases). */
export function readMatcherTables(entries: readonly MatcherEntry[]): MatcherTables | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(packageRoot(), 'dist', MATCHER_FILE));
  } catch {
    return null;
  }
  return decodeTables(bytes, entriesKey(entries));
}

/** For the build: store the tables of these phrases (temp file, then rename). */
export function writeMatcherTables(file: string, entries: readonly MatcherEntry[], tables: MatcherTables): void {
  writeFileSync(`${file}.tmp`, encodeTables(tables, entriesKey(entries)));
  renameSync(`${file}.tmp`, file);
}
