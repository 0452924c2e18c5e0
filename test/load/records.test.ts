// Tabular exports: UTF-8 checked byte by byte (GBK from Excel, UTF-16, stray bytes get the line), RFC 4180 CSV
// with quotes, line breaks and BOM, other delimiters Excel writes, and JSON arrays with each item's line.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.js';
import { onUsTime } from '../../src/calendar/seasons.js';
import { decodeUtf8, firstInvalidUtf8, parseCsv, parseInstant, parseJsonRecords, parseLocalTime, parseRecords, slashedOrder } from '../../src/load/records.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 王姐 in GBK, the bytes a Chinese Windows Excel writes for it. */
const GBK_WANGJIE = [0xcd, 0xf5, 0xbd, 0xe3];

describe('decodeUtf8', () => {
  it('strips a BOM and reads UTF-8', () => {
    const r = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('name\n王姐\n')]), 'c.csv');
    expect(r).toEqual({ ok: true, value: 'name\n王姐\n', warnings: [] });
  });

  it('names the line of the first byte that is not UTF-8 and recognises GBK', () => {
    const bytes = new Uint8Array([...utf8('name,unanswered\nok,0\n'), ...GBK_WANGJIE, ...utf8(',1\n')]);
    const r = decodeUtf8(bytes, 'contacts.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'io', file: 'contacts.csv', line: 3 });
    expect(t('en', r.problems[0]!.message)).toBe('not UTF-8 text: byte 0xCD on line 3 cannot be read (the file reads as GBK/GB18030, what Excel saves on Chinese Windows)');
    expect(t('en', r.problems[0]!.hint!)).toContain('CSV UTF-8');
  });

  it('reads UTF-16 with its BOM (Excel\'s "Unicode text"), both byte orders, and says so when it is not', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('name\t刘姐', 'utf16le')]);
    expect(decodeUtf8(le, 'c.csv')).toMatchObject({ ok: true, value: 'name\t刘姐' });
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('name', 'utf16le').swap16()]);
    expect(decodeUtf8(be, 'c.csv')).toMatchObject({ ok: true, value: 'name' });
    // An odd byte after the BOM: no UTF-16 either.
    const r = decodeUtf8(new Uint8Array([0xff, 0xfe, 0x6e]), 'c.csv');
    expect(!r.ok && t('zh-CN', r.problems[0]!.message)).toBe('c.csv 开头标着 UTF-16，但内容无法按 UTF-16 读取');
  });

  it.each([
    ['overlong', [0xc0, 0xaf], 0],
    ['surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['truncated', [0x41, 0x42, 0xe4, 0xb8], 2],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['valid 4-byte', [0xf0, 0x9f, 0x99, 0x82], -1],
  ])('firstInvalidUtf8: %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, CRLF, and keeps each row\'s first line', () => {
    const text = 'name,tags,note\r\n"Zhang, Wei",a;b,"said ""hi"""\r\n王姐,,"two\r\nlines"\r\n\r\n李老师,c,x\r\n';
    const r = parseCsv(text, 'c.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.columns).toEqual(['name', 'tags', 'note']);
    expect(r.value.rows).toEqual([
      { line: 2, values: { name: 'Zhang, Wei', tags: 'a;b', note: 'said "hi"' } },
      { line: 3, values: { name: '王姐', tags: '', note: 'two\r\nlines' } },
      { line: 6, values: { name: '李老师', tags: 'c', note: 'x' } },
    ]);
  });

  it('skips the empty rows Excel writes as ",,,," and trims the header', () => {
    const r = parseCsv(' name , tags \n,\n王姐,x\n', 'c.csv');
    expect(r.ok && r.value.rows).toEqual([{ line: 3, values: { name: '王姐', tags: 'x' } }]);
  });

  it.each([
    ['semicolons', 'name;tags\n王姐;a\n'],
    ['tabs', 'name\ttags\n王姐\ta\n'],
  ])('reads %s when the header uses them', (_name, text) => {
    const r = parseCsv(text, 'c.csv');
    expect(r.ok && r.value.rows[0]!.values).toEqual({ name: '王姐', tags: 'a' });
  });

  it.each([
    ['an unclosed quote', 'name,tags\n"王姐,a\nb,c\n', 2, 'a quoted value opened on this line is never closed'],
    ['more values than columns', 'name,tags\n王姐,a\nWang, Li,b\n', 3, 'this row has 3 values but the header has 2 columns'],
    ['a duplicate column', 'name,tags,name\nx,y,z\n', 1, 'column "name" appears twice in the header'],
    ['an empty file', '', 1, 'the file is empty'],
  ])('rejects %s with its line', (_name, text, line, message) => {
    const r = parseCsv(text, 'c.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.line).toBe(line);
    expect(t('en', r.problems[0]!.message)).toBe(message);
  });
});

describe('parseJsonRecords', () => {
  it('gives every item the line it starts on, including strings with brackets', () => {
    const text = '[\n  { "name": "a [x]", "n": 1 },\n\n  {\n    "name": "b"\n  }\n]';
    const r = parseJsonRecords(text, 'c.json');
    expect(r.ok && r.value.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(r.ok && r.value.columns).toEqual(['name', 'n']);
  });

  it.each([
    ['broken JSON', '[\n{"name": "a",}\n]', 2],
    ['not an array', '{"name": "a"}', 1],
    ['an item that is not an object', '[\n{"name":"a"},\n"b"\n]', 3],
  ])('rejects %s', (_name, text, line) => {
    const r = parseJsonRecords(text, 'c.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.line).toBe(line);
  });

  it('parseRecords picks JSON by extension or a leading bracket', () => {
    const csv = parseRecords(utf8('[{"name":"a"}]'), 'contacts.txt');
    expect(csv.ok && csv.value.format).toBe('csv');
    const r = parseRecords(utf8(' [{"name":"a"}]'), 'export');
    expect(r.ok && r.value.format).toBe('json');
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-11-20T19:30:00+08:00', Date.UTC(2026, 10, 20, 11, 30)],
    ['2026-11-20T19:30+08:00', Date.UTC(2026, 10, 20, 11, 30)],
    ['2026-11-20 19:30:00+0800', Date.UTC(2026, 10, 20, 11, 30)],
    ['2026-11-20T11:30:00.250Z', Date.UTC(2026, 10, 20, 11, 30, 0, 250)],
    ['2026-11-20T19:30:00', null],
    ['2026/11/20 19:30', null],
    ['2026-02-30T10:00:00+08:00', null],
    ['2026-11-20T24:30:00+08:00', null],
  ])('%s', (text, epoch) => {
    expect(parseInstant(text)).toBe(epoch);
  });
});

describe('parseLocalTime: a time as a spreadsheet writes it, in the persona\'s zone', () => {
  // A zone at UTC (the minute of the day is the offset from the date's midnight): what matters here is the reading.
  const utc = (isoDate: string, minute: number) => Date.parse(`${isoDate}T00:00:00Z`) + minute * 60_000;
  const at = (iso: string) => Date.parse(`${iso}Z`);
  it.each([
    ['year first, as Chinese Excel saves it', '2026/11/20 19:30', {}, at('2026-11-20T19:30:00')],
    ['ISO without an offset', '2026-11-20T07:05', {}, at('2026-11-20T07:05:00')],
    ['day first: a day above 12 says so by itself', '20/11/2026 19:30', {}, at('2026-11-20T19:30:00')],
    ['month first: a day above 12 says so by itself', '11/20/2026 19:30', {}, at('2026-11-20T19:30:00')],
    ['US Excel with AM/PM', '11/20/2026 7:30 PM', {}, at('2026-11-20T19:30:00')],
    ['12 AM is midnight', '11/20/2026 12:05 am', {}, at('2026-11-20T00:05:00')],
    ['both 12 or under, order unknown: refused as ambiguous', '05/11/2026 10:00', {}, null],
    ['both 12 or under, month first', '05/11/2026 10:00', { monthFirst: true }, at('2026-05-11T10:00:00')],
    ['both 12 or under, day first', '05/11/2026 10:00', { monthFirst: false }, at('2026-11-05T10:00:00')],
    ['a date alone: refused where a time is needed', '2026/11/25', {}, null],
    ['a date alone, where the end of the day will do', '2026/11/25', { dateOnly: true }, at('2026-11-25T23:59:00')],
    ['a date alone, day first', '25/11/2026', { dateOnly: true }, at('2026-11-25T23:59:00')],
    ['no such day', '30/02/2026 10:00', {}, null],
    ['year first with a 12-hour clock', '2026/11/20 7:30 pm', {}, at('2026-11-20T19:30:00')],
    ['as a Chinese export writes it', '2026年11月20日 19:30', {}, at('2026-11-20T19:30:00')],
    ['下午 on a 12-hour clock', '2026/11/20 下午7:30', {}, at('2026-11-20T19:30:00')],
    ['上午', '2026年11月20日 上午9:05', {}, at('2026-11-20T09:05:00')],
    ['中午 at noon, then after it', '2026/11/20 中午12:10', {}, at('2026-11-20T12:10:00')],
    ['中午 after noon', '2026/11/20 中午1:10', {}, at('2026-11-20T13:10:00')],
    ['full-width digits and colon', '２０２６/１１/２０ １９：３０', {}, at('2026-11-20T19:30:00')],
    ['13 PM', '11/20/2026 13:30 PM', {}, null],
    ['words', 'last Tuesday', {}, null],
  ] as const)('%s: %s', (_name, text, options, expected) => {
    expect(parseLocalTime(text, utc, options)).toBe(expected);
  });

  it.each([
    ['a day above 12 in second place: the file writes the month first', ['05/11/2026 10:00', '11/20/2026 7:30 PM'], 'Asia/Shanghai', true],
    ['a day above 12 in first place: day first', ['05/11/2026 10:00', '20/11/2026 19:30'], 'America/Los_Angeles', false],
    ['nothing to tell by: month first on US time', ['05/11/2026 10:00'], 'America/Los_Angeles', true],
    ['nothing to tell by elsewhere: day first', ['05/11/2026 10:00', '2026/11/20 19:30'], 'Europe/London', false],
    ['a 12-hour clock, as US Excel writes it, says month first', ['05/11/2026 7:30 PM'], 'Europe/London', true],
    ['both orders in one file: unknown', ['13/11/2026 10:00', '11/14/2026 10:00'], 'America/Los_Angeles', undefined],
  ] as const)('slashedOrder: %s', (_name, values, zone, expected) => {
    expect(slashedOrder(values, zone)).toBe(expected);
  });

  it('puts the month first for zones of the United States only', () => {
    expect(['America/Los_Angeles', 'America/New_York', 'America/Indiana/Indianapolis', 'Pacific/Honolulu'].map(onUsTime)).toEqual([true, true, true, true]);
    expect(['Asia/Shanghai', 'Europe/London', 'America/Sao_Paulo', 'America/Toronto', 'Australia/Sydney'].map(onUsTime)).toEqual([false, false, false, false, false]);
  });
});
