// Contacts exports: the fields the caps depend on are required and strictly read; every bad row names its line.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.js';
import { parseRecords } from '../../src/load/records.js';
import { parseContacts } from '../../src/touches/contacts.js';

const HEADER = 'name,tags,stage,lastContactAt,lastReplyAt,unanswered,doNotDisturb';

function parse(text: string, file = 'contacts.csv') {
  const records = parseRecords(new TextEncoder().encode(text), file);
  if (!records.ok) return records;
  return parseContacts(records.value, file);
}

describe('reading contacts', () => {
  it('reads a time without an offset, as Excel saves it, in the persona\'s zone', () => {
    const records = parseRecords(new TextEncoder().encode(`${HEADER}\n王姐,,,2026/11/20 19:30,2026-11-20 20:01,0,false\n刘姐,,,2026/2/30 10:00,,0,false\n`), 'contacts.csv');
    if (!records.ok) throw new Error('records');
    // Asia/Shanghai: UTC+8 all year.
    const shanghai = (isoDate: string, minute: number) => Date.parse(`${isoDate}T00:00:00+08:00`) + minute * 60_000;
    const r = parseContacts(records.value, 'contacts.csv', shanghai);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The impossible day is still refused, on its own line; the first row's two times were read.
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 3 });
    const ok = parseContacts({ ...records.value, rows: records.value.rows.slice(0, 1) }, 'contacts.csv', shanghai);
    expect(ok.ok && ok.value[0]).toMatchObject({ lastContactAt: Date.parse('2026-11-20T19:30:00+08:00'), lastReplyAt: Date.parse('2026-11-20T20:01:00+08:00') });
  });

  it('reads every column, ignores extra ones (a phone number never gets further), and infers empties', () => {
    const r = parse(`${HEADER},phone\n王姐,kids-flask;宝妈群,follow-up,2026-11-20T19:30:00+08:00,2026-11-20T20:01:00+08:00,1,false,13800000000\n新朋友,,,,,,\n李老师,,objection:not-now,,,0,是\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual([
      { name: '王姐', tags: ['kids-flask', '宝妈群'], stage: 'follow-up', case: null, lastContactAt: Date.parse('2026-11-20T19:30:00+08:00'), lastReplyAt: Date.parse('2026-11-20T20:01:00+08:00'), unanswered: 1, doNotDisturb: false },
      { name: '新朋友', tags: [], stage: null, case: null, lastContactAt: null, lastReplyAt: null, unanswered: 0, doNotDisturb: false },
      { name: '李老师', tags: [], stage: 'objection', case: 'not-now', lastContactAt: null, lastReplyAt: null, unanswered: 0, doNotDisturb: true },
    ]);
    expect(JSON.stringify(r.value)).not.toContain('13800000000');
  });

  it('accepts headers spelt the way exports spell them, and Chinese stage names', () => {
    const r = parse('Name,Last Contact At,unanswered,do_not_disturb,Stage\n王姐,2026-11-20T19:30:00+08:00,0,no,售后\n');
    expect(r.ok && r.value[0]).toMatchObject({ name: '王姐', stage: 'after-sale', doNotDisturb: false });
  });

  it.each([
    ['顾虑：嫌贵', 'objection', 'too-expensive'],
    ['顾虑:嫌贵', 'objection', 'too-expensive'],
    ['售后关怀 / 第十四天', 'after-sale', 'day-14'],
    ['objection:not-now', 'objection', 'not-now'],
  ])('reads the stage and case %s as persona scripts prints them', (stage, expected, stageCase) => {
    const r = parse(`name,lastContactAt,unanswered,doNotDisturb,stage\n王姐,2026-11-20T19:30:00+08:00,0,no,${stage}\n`);
    expect(r.ok && r.value[0]).toMatchObject({ stage: expected, case: stageCase });
  });

  it('reads JSON with booleans, numbers and tag arrays', () => {
    const r = parse('[{"name":"Jamie","tags":["house-blend"],"stage":"after-sale:day-14","lastContactAt":"2026-11-01T10:00:00-07:00","lastReplyAt":null,"unanswered":0,"doNotDisturb":false}]', 'contacts.json');
    expect(r.ok && r.value[0]).toMatchObject({ name: 'Jamie', tags: ['house-blend'], stage: 'after-sale', case: 'day-14', unanswered: 0, doNotDisturb: false });
  });
});

describe('bad contacts files: one clear message with file and line', () => {
  it.each([
    ['missing columns', 'name,tags\n王姐,x\n', 1, 'the contacts file has no column(s) lastContactAt, unanswered, doNotDisturb; its columns are name, tags'],
    ['a date without an offset, and no persona zone to read it in', `${HEADER}\n王姐,,,2026-11-20 19:30,,0,false\n`, 2, 'lastContactAt "2026-11-20 19:30" is not a date and time'],
    ['an impossible date', `${HEADER}\n王姐,,,,2026-02-30T10:00:00+08:00,0,false\n`, 2, 'lastReplyAt "2026-02-30T10:00:00+08:00" is not a date and time'],
    ['a count that is not a count', `${HEADER}\n王姐,,,,,two,false\n`, 2, 'unanswered "two" is not a whole number of messages'],
    ['a flag that is not a flag', `${HEADER}\n王姐,,,,,0,maybe\n`, 2, 'doNotDisturb "maybe" is not true or false'],
    ['an unknown stage', `${HEADER}\n王姐,,closing,,,0,false\n`, 2, 'stage "closing" is not a chat stage'],
    ['an unknown case', `${HEADER}\n王姐,,objection:too-cheap,,,0,false\n`, 2, '"too-cheap" is not a case of stage objection'],
    ['a duplicate name', `${HEADER}\n王姐,,,,,0,false\n李老师,,,,,0,false\n 王姐 ,,,,,0,false\n`, 4, '"王姐" is also the contact on line 2'],
    ['a row without a name', `${HEADER}\n,,,,,0,true\n`, 2, 'a contact without a name'],
    ['a JSON item missing a cap field', '[\n{"name":"a","lastContactAt":null,"unanswered":0,"doNotDisturb":false},\n{"name":"b","lastContactAt":null,"unanswered":0}\n]', 3, 'this contact has no doNotDisturb'],
  ])('%s', (_name, text, line, message) => {
    const r = parse(text, text.startsWith('[') ? 'contacts.json' : 'contacts.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line });
    expect(r.problems[0]!.file).toMatch(/^contacts\.(csv|json)$/);
    expect(t('en', r.problems[0]!.message)).toBe(message);
  });

  it('reports every bad row, not just the first', () => {
    const r = parse(`${HEADER}\na,,,bad,,0,false\nb,,,,,x,false\nc,,,,,0,false\n`);
    expect(!r.ok && r.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});
