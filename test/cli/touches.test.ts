// `persona touches` as a salesperson runs it: a contacts export in, the week's messages out (JSON shape as
// documented, text with who is skipped and why), nothing written to disk, and bad files exit 2 with file:line.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { chatRepo } from './chat-repo.js';

const HEADER = 'name,tags,stage,lastContactAt,lastReplyAt,unanswered,doNotDisturb';
const CONTACTS = `\uFEFF${HEADER},phone
王姐,rougui;老客,follow-up,2026-11-20T19:30:00+08:00,2026-11-20T20:01:00+08:00,0,false,13800000000
李老师,,objection:too-expensive,2026-11-22T10:00:00+08:00,,0,false,
陈阿姨,,,2026-10-01T09:00:00+08:00,,2,false,
刘姐,,,,,0,true,
新朋友,,,,,0,false,
孙姐,,recommendation,2026-11-30T09:00:00+08:00,,0,false,
"Zhang, Wei",,售后,2026-11-19T12:00:00+08:00,2026-11-19T12:30:00+08:00,0,false,
`;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('persona touches', () => {
  const cwd = chatRepo(tempDir());
  writeFileSync(join(cwd, 'lin-cha.contacts.csv'), CONTACTS);
  const before = files(cwd);

  it('JSON: who, when (with offset), which stage, the text — nothing else of the contact', async () => {
    const r = await cli(['touches', 'lin-cha', '--contacts', 'lin-cha.contacts.csv', '--week', '2026-W49', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, string>[];
    expect(list.map((x) => Object.keys(x))).toEqual(list.map(() => ['contact', 'at', 'stage', 'text']));
    expect(Object.fromEntries(list.map((x) => [x.contact, x.stage]))).toEqual({
      王姐: 'follow-up',
      李老师: 'objection',
      陈阿姨: 'reactivation',
      新朋友: 'greeting',
      'Zhang, Wei': 'after-sale',
    });
    for (const x of list) {
      expect(x.at).toMatch(/^2026-1[12]-\d\dT(09|1\d|20):\d\d:00\+08:00$/);
      expect(x.text).toContain(x.contact);
    }
    expect(r.stdout).not.toContain('13800000000');
    expect(files(cwd)).toEqual(before);
  });

  it('text: the list by day and the skipped contacts with reasons', async () => {
    const r = await cli(['touches', 'lin-cha', '--contacts', 'lin-cha.contacts.csv', '--week', '2026-W49'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('林茶 · 1:1 messages 2026-11-30 – 2026-12-06 · 5 message(s), at most 20 a day, 09:00-21:00 (Asia/Shanghai)');
    // 孙姐's export row is dated after the day it was run: a slip, said so, and she is left alone.
    expect(r.stdout).toContain('Not this week (2):\n  - 刘姐: do not disturb\n  - 孙姐: the export dates a message 2026-11-30, after today (2026-11-25): a slip in the year, or day and month swapped? Correct the export; not contacted until then');
    expect(r.stdout).toContain('7 contact(s): 5 to message, 2 not this week');
    // The product by its name, as the plan files name it (the JSON keeps the id).
    expect(r.stdout).toMatch(/^ {2}\d\d:\d\d {2}王姐 · follow-up · 武夷肉桂\n {9}王姐，/m);
    expect(r.stdout).toContain('Keep the contacts file out of git.');
    expect(r.stdout).not.toMatch(/^Sun 2026-12-06/m);
  });

  it('the policy caps apply: a smaller daily total rolls contacts to later days', async () => {
    const tight = chatRepo(tempDir(), {
      'persona.config.yaml': 'personas: personas\ntemplates: [templates]\nbuiltinTemplates: false\ntouches:\n  hours: "10:00-11:00"\n  maxPerDay: 1\n',
    });
    writeFileSync(join(tight, 'c.csv'), CONTACTS);
    const r = await cli(['touches', 'lin-cha', '--contacts', 'c.csv', '--week', '2026-W49', '--format', 'json'], { cwd: tight });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { at: string }[];
    const days = list.map((x) => x.at.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    for (const x of list) expect(x.at.slice(11, 13)).toBe('10');
  });

  it('reads JSON exports too', async () => {
    writeFileSync(
      join(cwd, 'grace.contacts.json'),
      JSON.stringify([{ name: 'Jamie', tags: ['house-blend'], stage: 'live-invite', lastContactAt: '2026-11-01T10:00:00-07:00', lastReplyAt: null, unanswered: 0, doNotDisturb: false }]),
    );
    const r = await cli(['touches', 'grace', '--contacts', 'grace.contacts.json', '--week', '2026-W49', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    const [invite] = JSON.parse(r.stdout) as { at: string; stage: string; text: string }[];
    expect(invite!.stage).toBe('live-invite');
    expect(invite!.at.slice(0, 10) <= '2026-12-04').toBe(true);
    expect(invite!.at).toMatch(/-08:00$/);
  });
});

describe('contacts as Excel saves them', () => {
  it('reads times without an offset ("2026/11/20 19:30") in the persona\'s zone, and UTF-16 "Unicode text" with tabs', async () => {
    const cwd = chatRepo(tempDir());
    const rows = `${HEADER}\n王姐,,follow-up,2026/11/20 19:30,2026/11/20 20:01,0,false\n`;
    writeFileSync(join(cwd, 'excel.csv'), rows);
    writeFileSync(join(cwd, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.replaceAll(',', '\t'), 'utf16le')]));
    for (const file of ['excel.csv', 'unicode.txt']) {
      const r = await cli(['touches', 'lin-cha', '--contacts', file, '--week', '2026-W49', '--format', 'json'], { cwd });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { contact: string }[]).map((x) => x.contact)).toEqual(['王姐']);
    }
  });

  it('a time the clocks skipped (2:30 AM on the March change in Los Angeles) is said to be one, not "not a date"', async () => {
    const cwd = chatRepo(tempDir());
    writeFileSync(join(cwd, 'dst.csv'), `${HEADER}\nSam,,,3/8/2026 2:30 AM,,0,false\n`);
    const r = await cli(['touches', 'grace', '--contacts', 'dst.csv', '--week', '2026-W49'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dst\.csv:2: error\[schema\]: lastContactAt "3\/8\/2026 2:30 AM" is a time the clocks skipped that day \(daylight saving time\)\n  fix: Write the time the message went out/);
  });

  it('reads a US export (11/20/2026 7:30 PM) for a persona on US time, and a date alone as the end of its day', async () => {
    const cwd = chatRepo(tempDir());
    // Jo: a date alone, 11/25 — counted as 23:59 that day, so the 7-day spacing ends late on 12/02.
    writeFileSync(join(cwd, 'us.csv'), `${HEADER}\nSam,,,11/20/2026 7:30 PM,11/20/2026 8:01 PM,0,false\nJo,,,11/25/2026,,0,false\n`);
    const r = await cli(['touches', 'grace', '--contacts', 'us.csv', '--week', '2026-W49', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { contact: string; at: string }[];
    expect(list.map((x) => x.contact).sort()).toEqual(['Jo', 'Sam']);
    expect(list.find((x) => x.contact === 'Jo')!.at.slice(0, 10) >= '2026-12-03').toBe(true);
  });
});

describe('bad contacts files: one clear message with file and line, exit 2', () => {
  const cwd = chatRepo(tempDir());
  const gbk = Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0xcd, 0xf5, 0xbd, 0xe3]), Buffer.from(',,,,,0,false\n')]);
  it.each([
    ['missing columns', 'name,tags\n王姐,x\n', /contacts\.csv:1: error\[schema\]: the contacts file has no column\(s\) lastContactAt, unanswered, doNotDisturb/],
    // One file writing both orders: a date that could be either is refused, with the forms that work.
    ['a day and month either way round', `${HEADER}\n王姐,,,13/11/2026 10:00,,0,false\n李姐,,,11/14/2026 10:00,,0,false\n赵姐,,,05/11/2026 10:00,,0,false\n`, /contacts\.csv:4: error\[schema\]: lastContactAt "05\/11\/2026 10:00" could be day first or month first: this file writes dates both ways\n  fix: Write the year first \(2026\/11\/05\)/],
    ['GBK bytes from Excel', gbk, /contacts\.csv:2: error\[io\]: not UTF-8 text: byte 0xCD on line 2 cannot be read \(the file reads as GBK\/GB18030[\s\S]*fix: Save it as UTF-8/],
    ['invalid UTF-8', Buffer.concat([Buffer.from(`${HEADER}\n王姐,,,,,0,false\nA`), Buffer.from([0xff]), Buffer.from(',,,,,0,false\n')]), /contacts\.csv:3: error\[io\]: not UTF-8 text: byte 0xFF on line 3/],
    ['duplicate names', `${HEADER}\n王姐,,,,,0,false\n王姐,,,,,1,false\n`, /contacts\.csv:3: error\[duplicate-id\]: "王姐" is also the contact on line 2/],
    ['an unknown stage', `${HEADER}\n王姐,,closing,,,0,false\n`, /contacts\.csv:2: error\[schema\]: stage "closing" is not a chat stage/],
  ])('%s', async (_name, content, message) => {
    writeFileSync(join(cwd, 'contacts.csv'), content);
    const r = await cli(['touches', 'lin-cha', '--contacts', 'contacts.csv', '--week', '2026-W49'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['touches', 'lin-cha'], /which contacts\? --contacts FILE is required/],
    [['touches', 'lin-cha', '--contacts', 'nope.csv'], /nope\.csv does not exist/],
    [['touches', 'lin-cha', '--contacts', 'contacts.csv', '--week', 'someday'], /"someday" is not a week/],
    [['touches', 'lin-cha', '--contacts', 'contacts.csv', '--format', 'xml'], /unknown format "xml"/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
