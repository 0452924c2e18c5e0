// A posting-history export (rows from load/records.ts) as posts: when, what was said, and what kind of post it was.
import type { Problem, Result } from '../model/errors.js';
import type { Records } from '../load/records.js';
import { isAmbiguousDate, isSkippedLocalTime, parseInstant, parseLocalTime, requireColumns, slashedOrder } from '../load/records.js';
import { msg } from './messages.js';

export const HISTORY_KINDS = ['lifestyle', 'expertise', 'interaction', 'story', 'product', 'live'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Kind names a Chinese export may use. */
const KIND_ALIASES: Readonly<Record<string, HistoryKind>> = {
  生活: 'lifestyle',
  日常: 'lifestyle',
  专业: 'expertise',
  干货: 'expertise',
  互动: 'interaction',
  故事: 'story',
  产品: 'product',
  种草: 'product',
  直播: 'live',
};

export interface HistoryPost {
  /** Line of the export, so every finding points back at its row. */
  line: number;
  /** As written in the export. */
  at: string;
  epochMs: number;
  text: string;
  /** null: not given; marketing is then decided by measured salesiness alone. */
  kind: HistoryKind | null;
}

function str(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/**
 * `local` reads a time written without an offset (as Excel saves it: "2026/12/01 07:45") in the persona's zone:
 * the instant of a local date and minute, null when that local time does not exist there.
 */
export function parseHistory(records: Records, file: string, local?: (isoDate: string, minuteOfDay: number) => number | null, timezone = 'UTC'): Result<HistoryPost[]> {
  // An empty export ("[]", a header alone) has no posts, whatever its columns: the caller says so.
  if (records.rows.length === 0) return { ok: true, value: [], warnings: [] };
  const columns = requireColumns(records, ['at', 'text'], file);
  if (!columns.ok) return columns;
  const atColumn = columns.value.get('at')!;
  const textColumn = columns.value.get('text')!;
  const kindColumn = records.columns.find((c) => c.toLowerCase() === 'kind');
  const problems: Problem[] = [];
  const posts: HistoryPost[] = [];
  const monthFirst = slashedOrder(records.rows.map((r) => str(r.values[atColumn])), timezone);
  for (const row of records.rows) {
    const at = str(row.values[atColumn]).trim();
    const epochMs = parseInstant(at) ?? (local ? parseLocalTime(at, local, { monthFirst }) : null);
    if (epochMs === null && local && isAmbiguousDate(at, { monthFirst })) {
      problems.push({ code: 'schema', file, line: row.line, path: 'at', message: msg('ambiguous-at', { value: at }), hint: msg('ambiguous-at-hint') });
      continue;
    }
    if (epochMs === null && local && isSkippedLocalTime(at, local, { monthFirst })) {
      problems.push({ code: 'schema', file, line: row.line, path: 'at', message: msg('skipped-at', { value: at }), hint: msg('skipped-at-hint') });
      continue;
    }
    if (epochMs === null) {
      problems.push({ code: 'schema', file, line: row.line, path: 'at', message: msg('bad-at', { value: at }), expected: msg('at-expected') });
      continue;
    }
    const kindText = kindColumn ? str(row.values[kindColumn]).trim() : '';
    let kind: HistoryKind | null = null;
    if (kindText !== '') {
      const lower = kindText.toLowerCase();
      kind = (HISTORY_KINDS as readonly string[]).includes(lower) ? (lower as HistoryKind) : (KIND_ALIASES[kindText] ?? null);
      if (!kind) {
        problems.push({ code: 'schema', file, line: row.line, path: 'kind', message: msg('bad-kind', { value: kindText }), expected: msg('kind-expected', { kinds: HISTORY_KINDS.join(', ') }) });
        continue;
      }
    }
    posts.push({ line: row.line, at, epochMs, text: str(row.values[textColumn]), kind });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: posts, warnings: [] };
}
