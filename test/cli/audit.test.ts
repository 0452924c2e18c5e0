// `persona audit` as a content lead runs it: exit 0 for a history within the rules, 1 with each violation named
// (dates, numbers, export lines), 2 for a file it cannot read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { contentRepo } from './content-repo.js';

// lin-cha: windows 07:30-08:30 and 20:30-22:00, Sundays off, one or two posts a day.
const CLEAN = `at,text,kind
2026-11-30T07:45:00+08:00,窗台上的盖碗冒着热气。,lifestyle
2026-11-30T21:00:00+08:00,雨后的岩茶，杯底的茶渣。,lifestyle
2026-12-01T07:50:00+08:00,早上第一泡。,lifestyle
2026-12-01T21:10:00+08:00,最近常喝武夷肉桂，岩韵足。,product
2026-12-02T07:40:00+08:00,下午三点的白茶。,lifestyle
2026-12-02T21:00:00+08:00,店里的老茶罐。,story
2026-12-03T08:00:00+08:00,公道杯里的汤色。,lifestyle
2026-12-03T21:20:00+08:00,新到的茶样。,lifestyle
2026-12-04T07:35:00+08:00,周末的茶席。,lifestyle
2026-12-04T21:30:00+08:00,周五一泡茶：武夷肉桂。,product
2026-12-05T08:05:00+08:00,凉掉的茶。,lifestyle
2026-12-05T21:00:00+08:00,地铁上的半本书。,lifestyle
`;

describe('persona audit', () => {
  const cwd = contentRepo(tempDir());

  it('exit 0 and says so when the history keeps every rule', async () => {
    writeFileSync(join(cwd, 'clean.csv'), CLEAN);
    const r = await cli(['audit', 'clean.csv', '--persona', 'lin-cha'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('林茶 (lin-cha) · 12 posts from 2026-11-30 to 2026-12-05 · 2 marketing · Asia/Shanghai');
    expect(r.stdout).toContain('No violations');
    expect(r.code).toBe(0);
  });

  it('exit 1 with every violation, its dates, numbers and export lines', async () => {
    writeFileSync(join(cwd, 'busy.csv'), `${CLEAN}2026-12-05T21:30:00+08:00,赶紧下单！限时包邮，仅剩3件,\n2026-12-06T08:00:00+08:00,周日也发一条。,lifestyle\n`);
    const r = await cli(['audit', 'busy.csv', '--persona', 'lin-cha'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('hours between marketing posts\n  ✗ marketing at 2026-12-04 21:30 and again at 2026-12-05 21:30: 24 h apart, at least 36 h (busy.csv: lines 11, 14)');
    expect(r.stdout).toContain('posts per day\n  ✗ 2026-12-05: 3 posts, at most 2 a day (busy.csv: lines 12, 13, 14)');
    expect(r.stdout).toContain('rest days\n  ✗ 2026-12-06 (Sunday) is a rest day, and 1 post(s) went out (busy.csv: lines 15)');
    expect(r.stdout).toContain('salesy phrasing (lint errors)\n  ✗ 2026-12-05 21:30 (line 14): cta "赶紧下单", urgency "限时", price "包邮", scarcity "仅剩3件"');
    // 3 of 14 posts is 21%: within the 25% share, so that rule is not reported.
    expect(r.stdout).not.toContain('marketing share');
    expect(r.stdout.trimEnd().endsWith('4 violation(s) of 4 rule(s)')).toBe(true);
  });

  it('JSON for other tools, in the UI language, exit code as in text', async () => {
    const items = [
      { at: '2026-12-01T21:10:00+08:00', text: '武夷肉桂', kind: 'product' },
      { at: '2026-12-02T08:00:00+08:00', text: '武夷肉桂又到了', kind: 'product' },
    ];
    writeFileSync(join(cwd, 'gap.json'), `[\n${items.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`);
    const r = await cli(['audit', 'gap.json', '--persona', 'lin-cha', '--format', 'json', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ persona: 'lin-cha', from: '2026-12-01', to: '2026-12-02', posts: 2, marketing: 2 });
    expect(report.violations.find((v: { rule: string }) => v.rule === 'marketing-gap')).toEqual({
      rule: 'marketing-gap',
      from: '2026-12-01',
      to: '2026-12-02',
      lines: [2, 3],
      message: '2026-12-01 21:10 和 2026-12-02 08:00 各发了一条营销帖：只隔 10.83 小时，至少要隔 36 小时',
      hours: 10.83,
      min: 36,
    });
  });

  it.each([
    [['audit', 'clean.csv'], /whose history\? --persona <id> is required/],
    [['audit', 'nope.csv', '--persona', 'lin-cha'], /nope\.csv does not exist/],
    [['audit', 'clean.csv', '--persona', 'nobody'], /no persona "nobody"/],
  ])('%j exits 2', async (argv, message) => {
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['a bad date', 'at,text\n2026-12-01T07:45:00+08:00,a\n13/13/2026 21:00,b\n', /bad\.csv:3: error\[schema\]: at "13\/13\/2026 21:00" is not a date and time\n  expected: a date and time, e\.g\. 2026-12-01T07:45:00\+08:00, or 2026\/12\/01 07:45 in the persona's time zone/],
    ['a missing column', 'time,text\n2026-12-01T07:45:00+08:00,a\n', /bad\.csv:1: error\[schema\]: missing column\(s\) at; the file has time, text/],
    ['GBK bytes', Buffer.concat([Buffer.from('at,text\n2026-12-01T07:45:00+08:00,'), Buffer.from([0xb2, 0xe8]), Buffer.from('\n')]), /bad\.csv:2: error\[io\]: not UTF-8 text/],
    ['no posts', 'at,text\n', /bad\.csv:1: error\[schema\]: the history has no posts/],
    ['an empty JSON list', '[]', /bad\.csv:1: error\[schema\]: the history has no posts/],
  ])('a bad history (%s) exits 2 with file and line', async (_name, content, message) => {
    writeFileSync(join(cwd, 'bad.csv'), content);
    const r = await cli(['audit', 'bad.csv', '--persona', 'lin-cha'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
