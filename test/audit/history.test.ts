// Posting-history exports: `at` with an offset and `text` are required, `kind` optional (Chinese names too);
// bad rows name their line.
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/audit/history.js';
import { t } from '../../src/i18n/translate.js';
import { parseRecords } from '../../src/load/records.js';

/** Shanghai has no daylight saving time: a local date and minute is that instant minus eight hours. */
const shanghai = (isoDate: string, minute: number) => Date.parse(`${isoDate}T00:00:00Z`) + (minute - 8 * 60) * 60_000;

function parse(text: string, file = 'history.csv', local: typeof shanghai | undefined = shanghai) {
  const records = parseRecords(new TextEncoder().encode(text), file);
  if (!records.ok) return records;
  return parseHistory(records.value, file, local);
}

describe('reading a history', () => {
  it('reads CSV with kinds in English or Chinese, and posts without a kind or text', () => {
    const r = parse('at,text,kind\n2026-12-01T07:45:00+08:00,"早上第一泡，""慢慢喝""",生活\n2026-12-01T21:00:00+08:00,武夷肉桂,product\n2026-12-02T08:00:00Z,,\n');
    expect(r.ok && r.value).toEqual([
      { line: 2, at: '2026-12-01T07:45:00+08:00', epochMs: Date.parse('2026-12-01T07:45:00+08:00'), text: '早上第一泡，"慢慢喝"', kind: 'lifestyle' },
      { line: 3, at: '2026-12-01T21:00:00+08:00', epochMs: Date.parse('2026-12-01T21:00:00+08:00'), text: '武夷肉桂', kind: 'product' },
      { line: 4, at: '2026-12-02T08:00:00Z', epochMs: Date.parse('2026-12-02T08:00:00Z'), text: '', kind: null },
    ]);
  });

  it('reads JSON', () => {
    const r = parse('[\n {"at": "2026-12-01T07:45:00-08:00", "text": "Coffee first.", "kind": "lifestyle"},\n {"at": "2026-12-02T07:45:00-08:00", "text": "More coffee."}\n]', 'history.json');
    expect(r.ok && r.value.map((p) => [p.line, p.kind])).toEqual([
      [2, 'lifestyle'],
      [3, null],
    ]);
  });

  it('reads a time without an offset, as Excel saves it, in the persona\'s zone', () => {
    const r = parse('at,text\n2026/12/01 07:45,早上第一泡\n2026-12-01 21:00,晚上\n');
    expect(r.ok && r.value.map((p) => p.epochMs)).toEqual([Date.parse('2026-12-01T07:45:00+08:00'), Date.parse('2026-12-01T21:00:00+08:00')]);
  });

  it.each([
    ['missing text column', 'at,kind\n2026-12-01T07:45:00+08:00,product\n', 1, 'missing column(s) text; the file has at, kind'],
    ['a time that is none', 'at,text\n2026-12-01T07:45:00+08:00,a\n2026-13-01 21:00,b\n', 3, 'at "2026-13-01 21:00" is not a date and time'],
    ['a day of no month', 'at,text\n2026/02/30 21:00,b\n', 2, 'at "2026/02/30 21:00" is not a date and time'],
    ['an unknown kind', 'at,text,kind\n2026-12-01T07:45:00+08:00,a,advert\n', 2, 'kind "advert" is not a kind of post'],
  ])('rejects %s', (_name, text, line, message) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: 'history.csv', line });
    expect(t('en', r.problems[0]!.message)).toBe(message);
  });
});
