// A contacts export (rows from load/records.ts) as Contacts: names, tags, the conversation's stage and the dates
// the caps count from. Strict where a wrong value could mean messaging someone who should be left alone.
import type { Problem, Result } from '../model/errors.js';
import { isAmbiguousDate, isSkippedLocalTime, parseInstant, parseLocalTime, slashedOrder, type Records } from '../load/records.js';
import { caseNamed, CHAT_CASES, CHAT_STAGES, stageNamed, stageText, type ChatStage } from '../chat/stages.js';
import { msg } from './messages.js';

export interface Contact {
  name: string;
  tags: string[];
  /** The stage the conversation is at, as exported; null: inferred (see touches.ts). */
  stage: ChatStage | null;
  case: string | null;
  /** Instants (epoch ms) of the salesperson's last message and the contact's last reply. */
  lastContactAt: number | null;
  lastReplyAt: number | null;
  /** Proactive messages in a row without a reply. */
  unanswered: number;
  doNotDisturb: boolean;
}

/** Columns the caps depend on: a file without them cannot be trusted to leave anyone alone. */
export const REQUIRED_COLUMNS = ['name', 'lastContactAt', 'unanswered', 'doNotDisturb'] as const;
export const OPTIONAL_COLUMNS = ['tags', 'stage', 'lastReplyAt'] as const;

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '对', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '']);

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value).trim();
}

/** Names compare the way a person reads them: Unicode-normalised, case and surrounding spaces ignored. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * `local` reads a time written without an offset in the persona's zone (`timezone`, which also says whether its
 * spreadsheets write the month first; see slashedOrder). A date without a time counts as the end of its day.
 */
export function parseContacts(records: Records, file: string, local?: (isoDate: string, minuteOfDay: number) => number | null, timezone = 'UTC'): Result<Contact[]> {
  const problems: Problem[] = [];
  const column = (name: string) => records.columns.find((c) => c === name) ?? records.columns.find((c) => c.toLowerCase().replace(/[\s_-]/g, '') === name.toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => column(c) === undefined);
  if (missing.length) {
    return {
      ok: false,
      problems: [
        {
          code: 'schema',
          file,
          line: 1,
          message: msg('contacts-missing-columns', { columns: missing.join(', '), header: records.columns.join(', ') || '—' }),
          expected: msg('contacts-columns', { required: REQUIRED_COLUMNS.join(', '), optional: OPTIONAL_COLUMNS.join(', ') }),
        },
      ],
    };
  }
  const dateColumns = ['lastContactAt', 'lastReplyAt'].map(column).filter((c): c is string => c !== undefined);
  const monthFirst = slashedOrder(records.rows.flatMap((r) => dateColumns.map((c) => text(r.values[c]))), timezone);
  const contacts: Contact[] = [];
  const seen = new Map<string, number>();
  for (const row of records.rows) {
    const at = (path: string) => ({ file, line: row.line, path });
    const get = (name: string): unknown => {
      const c = column(name);
      return c === undefined ? undefined : row.values[c];
    };
    // JSON items are objects of their own: each must say the things the caps depend on.
    if (records.format === 'json') {
      const absent = REQUIRED_COLUMNS.filter((c) => !Object.hasOwn(row.values, column(c)!));
      if (absent.length) {
        problems.push({ code: 'schema', ...at(absent[0]!), message: msg('contact-missing-fields', { fields: absent.join(', ') }) });
        continue;
      }
    }
    const name = text(get('name'));
    if (!name) {
      problems.push({ code: 'schema', ...at('name'), message: msg('contact-no-name') });
      continue;
    }
    const key = nameKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ code: 'duplicate-id', ...at('name'), message: msg('contact-duplicate', { name, line: first }), hint: msg('contact-duplicate-hint') });
      continue;
    }
    seen.set(key, row.line);

    const instant = (field: 'lastContactAt' | 'lastReplyAt'): number | null | 'bad' => {
      const value = text(get(field));
      if (value === '') return null;
      // With an offset as written; without one (as Excel saves dates), in the persona's own zone.
      const epoch = parseInstant(value) ?? (local ? parseLocalTime(value, local, { monthFirst, dateOnly: true }) : null);
      if (epoch === null && local && isAmbiguousDate(value, { monthFirst })) {
        problems.push({ code: 'schema', ...at(field), message: msg('contact-ambiguous-date', { field, value }), hint: msg('contact-ambiguous-date-hint') });
        return 'bad';
      }
      if (epoch === null && local && isSkippedLocalTime(value, local, { monthFirst, dateOnly: true })) {
        problems.push({ code: 'schema', ...at(field), message: msg('contact-skipped-time', { field, value }), hint: msg('contact-skipped-time-hint') });
        return 'bad';
      }
      if (epoch === null) {
        problems.push({ code: 'schema', ...at(field), message: msg('contact-bad-date', { field, value }), expected: msg('contact-date-expected') });
        return 'bad';
      }
      return epoch;
    };
    const lastContactAt = instant('lastContactAt');
    const lastReplyAt = instant('lastReplyAt');

    const rawCount = get('unanswered');
    const countText = text(rawCount);
    const unanswered = countText === '' ? 0 : Number(countText);
    if (!Number.isInteger(unanswered) || unanswered < 0) {
      problems.push({ code: 'schema', ...at('unanswered'), message: msg('contact-bad-count', { value: countText }) });
      continue;
    }

    const rawFlag = get('doNotDisturb');
    const flag = typeof rawFlag === 'boolean' ? String(rawFlag) : text(rawFlag).toLowerCase();
    if (!TRUE.has(flag) && !FALSE.has(flag)) {
      problems.push({ code: 'schema', ...at('doNotDisturb'), message: msg('contact-bad-flag', { value: text(rawFlag) }), expected: msg('contact-flag-expected') });
      continue;
    }

    const stageValue = text(get('stage'));
    let stage: ChatStage | null = null;
    let stageCase: string | null = null;
    if (stageValue !== '') {
      const [head, tail] = stageValue.normalize('NFKC').split(/[:/]/, 2).map((s) => s.trim()) as [string, string | undefined];
      const found = stageNamed(head);
      if (!found) {
        problems.push({ code: 'schema', ...at('stage'), message: msg('contact-bad-stage', { value: stageValue }), expected: msg('contact-stage-expected', { stages: CHAT_STAGES.join(', ') }) });
        continue;
      }
      stage = found;
      if (tail) {
        const cases = CHAT_CASES[found] ?? [];
        // A case as the tool prints it (顾虑：嫌贵) or by its id; festivals are no contact's case.
        const named = found === 'holiday-greeting' ? tail : caseNamed(found, 'zh-CN', tail);
        if (!cases.includes(named)) {
          problems.push({
            code: 'schema',
            ...at('stage'),
            message: msg('contact-bad-case', { value: tail, stage: stageText(found) }),
            expected: msg('contact-case-expected', { cases: cases.length ? cases.map((c) => `${found}:${c}`).join(', ') : found }),
          });
          continue;
        }
        stageCase = named;
      }
    }

    const rawTags = get('tags');
    const tags = (Array.isArray(rawTags) ? rawTags.map(text) : text(rawTags).split(/[;；]/))
      .map((t) => t.trim())
      .filter(Boolean);
    if (lastContactAt === 'bad' || lastReplyAt === 'bad') continue;
    contacts.push({ name, tags, stage, case: stageCase, lastContactAt, lastReplyAt, unanswered, doNotDisturb: TRUE.has(flag) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: contacts, warnings: [] };
}
