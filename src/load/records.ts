// Tabular exports (contacts, posting history) as rows with their file line: UTF-8 checked byte by byte, CSV per
// RFC 4180 with a header row, or a JSON array of objects. Pure: the caller reads the bytes.
import type { Problem, Result } from '../model/errors.js';
import { onUsTime } from '../calendar/seasons.js';
import { msg } from './messages.js';

export interface RecordRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  /** CSV: strings by header name; JSON: the object's values as written. */
  values: Readonly<Record<string, unknown>>;
}

export interface Records {
  format: 'csv' | 'json';
  /** CSV: the header, trimmed; JSON: every key seen, in order of appearance. */
  columns: string[];
  rows: RecordRow[];
}

/** Line (1-based) of a byte or character offset. */
function lineAt(data: ArrayLike<number> | string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < data.length; i++) {
    const c = typeof data === 'string' ? data.charCodeAt(i) : data[i]!;
    if (c === 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Whether bytes read cleanly as GB18030 (a superset of GBK), to name the likely encoding in the message. */
function readsAsGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 text without its BOM, or the line of the first byte that is not UTF-8. UTF-16 with its BOM (Excel's
 * "Unicode text", tab-separated) says what it is, so it is read as such rather than refused.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): Result<string> {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { ok: true, value: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)), warnings: [] };
    } catch {
      return { ok: false, problems: [{ code: 'io', file, line: 1, message: msg('records-utf16', { file }), hint: msg('records-encoding-hint-utf16') }] };
    }
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const line = lineAt(body, bad);
    const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problems: [
        {
          code: 'io',
          file,
          line,
          message: msg('records-not-utf8', { byte, line, guess: readsAsGb18030(body) ? msg('records-gbk-guess') : '' }),
          hint: msg('records-encoding-hint'),
        },
      ],
    };
  }
  return { ok: true, value: new TextDecoder('utf-8').decode(body), warnings: [] };
}

/** Excel in some locales writes `;` or tabs; the header row says which. */
function delimiterOf(headerLine: string): string {
  if (headerLine.includes(',')) return ',';
  if (headerLine.includes('\t')) return '\t';
  if (headerLine.includes(';')) return ';';
  return ',';
}

/** RFC 4180 records: quoted fields may hold delimiters, "" and line breaks; CRLF or LF ends a record. */
export function parseCsv(text: string, file: string): Result<Records> {
  const firstBreak = text.search(/\r?\n/);
  const delimiter = delimiterOf(firstBreak < 0 ? text : text.slice(0, firstBreak));
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let touched = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    // A blank line is no record (a trailing newline, a spacer row, or Excel's ",,,," for an empty row).
    if (touched || cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      touched = true;
      quoteLine = line;
      cell = '';
    } else if (c === delimiter) {
      endCell();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) {
    return { ok: false, problems: [{ code: 'schema', file, line: quoteLine, message: msg('records-unclosed-quote'), hint: msg('records-quote-hint') }] };
  }
  if (cell !== '' || cells.length > 0 || touched) endRecord();

  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ code: 'schema', file, line: 1, message: msg('records-empty'), expected: msg('records-header-expected') }] };
  const columns = header.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === '') continue;
    if (seen.has(column)) return { ok: false, problems: [{ code: 'schema', file, line: header.line, message: msg('records-duplicate-column', { column }) }] };
    seen.add(column);
  }
  const rows: RecordRow[] = [];
  for (const r of body) {
    if (r.cells.length > columns.length && r.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      return {
        ok: false,
        problems: [{ code: 'schema', file, line: r.line, message: msg('records-extra-fields', { count: r.cells.length, columns: columns.length }), hint: msg('records-quote-hint') }],
      };
    }
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column !== '') values[column] = r.cells[i] ?? '';
    });
    rows.push({ line: r.line, values });
  }
  return { ok: true, value: { format: 'csv', columns: columns.filter(Boolean), rows }, warnings: [] };
}

/** Start offsets of the top-level array's items, by a scan that knows strings and nesting. */
function itemOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expecting && !/\s/.test(c) && c !== ']') {
      out.push(i);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return out;
}

export function parseJsonRecords(text: string, file: string): Result<Records> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message;
    const position = /position (\d+)/.exec(detail);
    const lineCol = /line (\d+)/.exec(detail);
    const line = position ? lineAt(text, Number(position[1])) : lineCol ? Number(lineCol[1]) : 1;
    return { ok: false, problems: [{ code: 'schema', file, line, message: msg('records-bad-json', { detail }) }] };
  }
  if (!Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'schema', file, line: 1, message: msg('records-json-not-array'), expected: msg('records-json-expected') }] };
  }
  const offsets = itemOffsets(text);
  const columns: string[] = [];
  const rows: RecordRow[] = [];
  for (const [index, item] of data.entries()) {
    const line = lineAt(text, offsets[index] ?? 0);
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return { ok: false, problems: [{ code: 'schema', file, line, message: msg('records-json-item', { index: index + 1 }), expected: msg('records-json-expected') }] };
    }
    for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
    rows.push({ line, values: item as Record<string, unknown> });
  }
  return { ok: true, value: { format: 'json', columns, rows }, warnings: [] };
}

/** CSV unless the name says .json or the text starts like a JSON array. */
export function parseRecords(bytes: Uint8Array, file: string): Result<Records> {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const json = /\.json$/i.test(file) || (!/\.(csv|tsv|txt)$/i.test(file) && text.trimStart().startsWith('['));
  return json ? parseJsonRecords(text, file) : parseCsv(text, file);
}

/**
 * The header must name every required column (CSV), or, for JSON, some item must carry it. Matching ignores
 * case, spaces and underscores (`Last Contact At`, `last_contact_at`), since exports spell headers their own way.
 */
export function requireColumns(records: Records, required: readonly string[], file: string): Result<Map<string, string>> {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const name of required) {
    const column = records.columns.find((c) => c === name) ?? records.columns.find((c) => norm(c) === norm(name));
    if (column === undefined) missing.push(name);
    else found.set(name, column);
  }
  if (missing.length) {
    const problem: Problem = {
      code: 'schema',
      file,
      line: 1,
      message: msg('records-missing-columns', { columns: missing.join(', '), header: records.columns.join(', ') || '—' }),
      expected: msg('records-columns-expected', { columns: required.join(', ') }),
    };
    return { ok: false, problems: [problem] };
  }
  return { ok: true, value: found, warnings: [] };
}

/** ISO 8601 date-time with a UTC offset; a bare local time would be read in the wrong zone. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Epoch ms of an ISO 8601 instant with offset, or null when it is not one (including 2026-02-30). */
/** Whether a wall time names a real moment of the calendar (no 2026-02-30, no 24:10). */
function realTime(y: number, mo: number, d: number, h: number, mi: number, s = 0): boolean {
  const probe = new Date(Date.UTC(y, mo - 1, d));
  // Seconds are optional: an absent group reads as NaN, which is no second past 59.
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h <= 23 && mi <= 59 && !(s > 59);
}

export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  if (!realTime(y!, mo!, d!, h!, mi!, s!)) return null;
  const epoch = Date.parse(text.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(epoch) ? null : epoch;
}

/** A local wall time as Excel writes it ("2026/11/20 19:30", "2026-11-20 19:30"), without an offset. */
const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;

/**
 * A time as a Chinese export writes it, in the forms the patterns read: full-width digits and colons folded,
 * 2026年11月20日 as 2026/11/20, 下午7:30 (afternoon, evening) as 7:30 PM, 上午 and 早上 as AM.
 */
function foldLocalTime(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?\s*/, (_m, y: string, mo: string, d: string) => `${y}/${mo}/${d} `)
    .replace(/\s*(上午|早上|凌晨|中午|下午|傍晚|晚上)\s*(\d{1,2}:\d{2}(?::\d{2})?)$/, (_m, part: string, time: string) => {
      const hour = Number(time.split(':')[0]);
      // A 24-hour time needs no part of the day; 中午11:30 and 中午12:10 are read as written, 中午1:00 is 13:00.
      if (hour > 12 || (part === '中午' && hour >= 11)) return ` ${time}`;
      const am = part === '上午' || part === '早上' || part === '凌晨';
      return ` ${time} ${am ? 'AM' : 'PM'}`;
    })
    .trim();
}

/** A date as Excel writes it in a locale that puts the day or the month first: 20/11/2026, 11/20/2026 7:30 PM. */
const SLASHED_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;

/**
 * The order a file's slashed dates are written in, as one export writes them all: month first when one has a
 * "day" above 12 in second place (11/20/2026), day first when one has it in first place (20/11/2026), otherwise
 * month first for a persona on US time and day first elsewhere; unknown when the file shows both.
 */
export function slashedOrder(values: readonly string[], timezone: string): boolean | undefined {
  let monthFirst = false;
  let dayFirst = false;
  for (const value of values) {
    const m = SLASHED_TIME.exec(foldLocalTime(value));
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    // A second number above 12, or a 12-hour clock (US Excel writes "7:30 PM"), says month first.
    if (Number(m[2]) > 12 || m[7] !== undefined) monthFirst = true;
  }
  if (monthFirst !== dayFirst) return monthFirst;
  // Nothing to tell by: the order of the persona's country (month first in the US, day first nearly everywhere
  // else). A file that shows both orders has ambiguous dates, which are refused.
  return monthFirst ? undefined : onUsTime(timezone);
}

export interface LocalTimeOptions {
  /** Whether 11/05/2026 is November 5 (true) or 11 May (false); unknown, such a date is refused as ambiguous. */
  monthFirst?: boolean | undefined;
  /** A date without a time reads as the last minute of that day: a last contact counts as late as it can. */
  dateOnly?: boolean;
}

/**
 * A local wall time read in a zone by `local` (from an ISO date and a minute of the day); null when it is none,
 * or does not exist there (a spring-forward gap). Year first (2026/11/20 19:30), or day and month in the order a
 * spreadsheet of the persona's country writes them; a day above 12 settles the order by itself.
 */
export function parseLocalTime(text: string, local: (isoDate: string, minuteOfDay: number) => number | null, options: LocalTimeOptions = {}): number | null {
  const parts = localTimeParts(text, options);
  return parts ? local(parts.isoDate, parts.minute) : null;
}

/**
 * A time written without an offset that names a real local date and minute, which a clock change may still skip
 * (2026/03/08 2:30 AM on US time): said so, rather than "not a date".
 */
/** A slashed date whose day and month could be either way round (05/11/2026), in a file that does not settle it. */
export function isAmbiguousDate(text: string, options: LocalTimeOptions = {}): boolean {
  const m = SLASHED_TIME.exec(foldLocalTime(text));
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && options.monthFirst === undefined;
}

export function isSkippedLocalTime(text: string, local: (isoDate: string, minuteOfDay: number) => number | null, options: LocalTimeOptions = {}): boolean {
  const parts = localTimeParts(text, options);
  return parts !== null && local(parts.isoDate, parts.minute) === null;
}

/** The local date and minute a time as a spreadsheet writes it names; null when it names none. */
function localTimeParts(text: string, options: LocalTimeOptions): { isoDate: string; minute: number } | null {
  const trimmed = foldLocalTime(text);
  let y: number, mo: number, d: number, h: number, mi: number, s: number, half: string | undefined, timed: boolean;
  const iso = LOCAL_TIME.exec(trimmed);
  if (iso) {
    [y, mo, d, h, mi, s] = iso.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    half = iso[7]?.toLowerCase();
    timed = iso[4] !== undefined;
  } else {
    const m = SLASHED_TIME.exec(trimmed);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const monthFirst = a > 12 ? false : b > 12 ? true : (options.monthFirst ?? null);
    if (monthFirst === null) return null;
    [mo, d] = monthFirst ? [a, b] : [b, a];
    [y, h, mi, s] = [Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
    half = m[7]?.toLowerCase();
    timed = m[4] !== undefined;
  }
  if (!timed) {
    if (!options.dateOnly) return null;
    [h, mi, s] = [23, 59, 0];
  } else if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'p' ? 12 : 0);
  }
  if (!realTime(y, mo, d, h, mi, s)) return null;
  return { isoDate: `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, minute: h * 60 + mi };
}
