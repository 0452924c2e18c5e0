import { describe, expect, it } from 'vitest';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy, parsePolicy } from '../../src/load/policy.js';
import type { Problem } from '../../src/model/errors.js';
import type { Policy } from '../../src/model/policy.js';
import { columnOf, lineOf, makePersonaYaml } from '../helpers/persona-yaml.js';
import { expectOneProblem } from '../helpers/problems.js';

const FILE = 'personas/lin-cha.yaml';

function problemsOf(text: string, file = FILE, policy: Policy = defaultPolicy()): Problem[] {
  const r = parsePersona(text, file, policy);
  if (r.ok) throw new Error('expected problems, the persona parsed');
  return r.problems;
}

interface Case {
  name: string;
  text: string;
  file?: string;
  policy?: Policy;
  code: Problem['code'];
  line: number;
  column?: number;
  path?: string;
  /** Words the English message must contain. */
  says: string[];
  hint?: string;
}

function strictPolicy(): Policy {
  const r = parsePolicy('density:\n  maxMarketingShare: 0.1\n  maxMarketingPerDay: 1\n', 'persona.config.yaml');
  if (!r.ok) throw new Error('fixture policy is invalid');
  return r.value;
}

const base = makePersonaYaml();

const cases: Case[] = [
  // Malformed YAML
  {
    name: 'a value with ": " unquoted',
    text: base.replace('role: 茶叶店店主', 'role: 店主: 茶叶'),
    code: 'yaml-syntax',
    line: lineOf(base, 'role:'),
    says: ['YAML syntax error'],
  },
  {
    name: 'an unclosed flow list',
    text: base.replace(/restDays:\n\s+- sun/, 'restDays: [sun, sat'),
    code: 'yaml-syntax',
    line: lineOf(base, 'restDays'),
    column: columnOf(base, 'restDays') + 'restDays: '.length,
    says: ['never closed'],
  },
  {
    name: 'an unclosed quote',
    text: base.replace('role: 茶叶店店主', 'role: "茶叶店店主'),
    code: 'yaml-syntax',
    line: lineOf(base, 'role:'),
    column: 7,
    says: ['never closed'],
  },
  {
    name: 'the same key twice, naming the key and its first line',
    text: `${base}name: 又一个名字\n`,
    code: 'yaml-syntax',
    line: base.split('\n').length,
    says: [`"name" is already set on line ${lineOf(base, 'name:')}`],
  },
  {
    // yaml blames the value above ("light"); the line to fix is the one indented too far.
    name: 'a key indented further than the one above it',
    text: base.replace('  signature:', '    signature:'),
    code: 'yaml-syntax',
    line: lineOf(base, 'signature:'),
    column: 5,
    says: ['"signature:" is indented further than the line above'],
    hint: 'Indent "signature:" by 2 spaces, like the key above it.',
  },
  {
    name: 'a key of a list item indented too far: the column of the key above, past its dash',
    text: base.replace(/\n(\s+)name: 明前龙井/, (_m, sp: string) => `\n${sp}  name: 明前龙井`),
    code: 'yaml-syntax',
    line: lineOf(base, 'name: 明前龙井'),
    says: ['"name:" is indented further than the line above'],
    hint: 'Indent "name:" by 4 spaces, like the key above it.',
  },
  {
    name: 'a top-level key indented under the one above',
    text: base.replace('locale: zh-CN', '  locale: zh-CN'),
    code: 'yaml-syntax',
    line: lineOf(base, 'locale:'),
    column: 3,
    says: ['"locale:" is indented further than the line above'],
    hint: 'Start "locale:" at the beginning of its line, like the key above it.',
  },
  {
    name: 'tab indentation',
    text: base.replace('  tone:', '\ttone:'),
    code: 'yaml-syntax',
    line: lineOf(base, 'tone:'),
    says: ['tab'],
  },
  // Wrong types
  {
    name: 'emoji is a number',
    text: base.replace('emoji: light', 'emoji: 3'),
    code: 'schema',
    line: lineOf(base, 'emoji:'),
    column: columnOf(base, 'light'),
    path: 'voice.emoji',
    says: ['voice.emoji', '"none", "light", "rich"'],
  },
  {
    name: 'voice is text instead of a mapping',
    text: base.replace(/voice:\n(  .*\n)+/, 'voice: 温和\n'),
    code: 'schema',
    line: lineOf(base, 'voice:'),
    path: 'voice',
    says: ['expected a mapping (key: value), got text'],
  },
  {
    name: 'postsPerDay.min is a word',
    text: base.replace('min: 1', 'min: one'),
    code: 'schema',
    line: lineOf(base, 'min: 1'),
    path: 'schedule.postsPerDay.min',
    says: ['expected a number, got text'],
  },
  {
    name: 'postsPerDay.max is a fraction',
    text: base.replace('max: 2', 'max: 1.5'),
    code: 'schema',
    line: lineOf(base, 'max: 2'),
    path: 'schedule.postsPerDay.max',
    says: ['whole number'],
  },
  {
    // "Post nothing" is said with restDays; the fix says so, since min 0 already allows a day off.
    name: 'postsPerDay.max of zero',
    text: base.replace('min: 1', 'min: 0').replace('max: 2', 'max: 0'),
    code: 'schema',
    line: lineOf(base, 'max: 2'),
    path: 'schedule.postsPerDay.max',
    says: ['must be ≥ 1'],
    hint: 'postsPerDay.max is the most posts on a working day, so at least 1; postsPerDay.min 0 already allows days without a post. For a persona who should not post for a while, list every weekday under schedule.restDays, or plan the others by id.',
  },
  {
    name: 'an interest weight of zero',
    text: base.replace('weight: 3', 'weight: 0'),
    code: 'schema',
    line: lineOf(base, 'weight: 3'),
    path: 'interests[0].weight',
    says: ['must be > 0'],
  },
  {
    name: 'an empty voice',
    text: base.replace(/voice:\n(  .*\n)+/, 'voice:\n'),
    code: 'schema',
    line: lineOf(base, 'voice:'),
    path: 'voice',
    says: ['got nothing'],
  },
  {
    name: 'a missing timezone',
    text: base.replace(/timezone: .*\n/, ''),
    code: 'schema',
    line: 1,
    path: 'timezone',
    says: ['missing required field "timezone"'],
  },
  {
    name: 'a product without points',
    text: base.replace(/ {4}points:\n( {6}- .*\n)+/, ''),
    code: 'schema',
    line: lineOf(base, '- id: longjing'),
    path: 'products[0].points',
    says: ['missing required field "products[0].points"'],
  },
  // Unknown keys, with a suggestion
  {
    name: 'a misspelt top-level key',
    text: base.replace('name: 林茶', 'nmae: 林茶'),
    code: 'unknown-key',
    line: lineOf(base, 'name: 林茶'),
    column: 1,
    path: 'nmae',
    says: ['unknown field "nmae"'],
    hint: 'Did you mean "name"?',
  },
  {
    name: 'a misspelt nested key',
    text: base.replace('emoji: light', 'emjoi: light'),
    code: 'unknown-key',
    line: lineOf(base, 'emoji:'),
    column: 3,
    path: 'voice.emjoi',
    says: ['unknown field "emjoi" in voice'],
    hint: 'Did you mean "emoji"?',
  },
  {
    name: 'a singular where the plural is meant',
    text: base.replace('windows:', 'window:'),
    code: 'unknown-key',
    line: lineOf(base, 'windows:'),
    path: 'schedule.window',
    says: ['unknown field "window" in schedule'],
    hint: 'Did you mean "windows"?',
  },
  {
    name: 'an unknown key inside a list item',
    text: base.replace('category: tea', 'category: tea\n    price: 198'),
    code: 'unknown-key',
    line: lineOf(base, 'category: tea') + 1,
    column: 5,
    path: 'products[0].price',
    says: ['unknown field "price" in products[0]'],
    hint: 'Remove it or check the spelling',
  },
  // Ids and file names
  {
    name: 'an id that differs from the file name',
    text: base.replace('id: lin-cha', 'id: lin-tea'),
    code: 'id-mismatch',
    line: lineOf(base, 'id: lin-cha'),
    column: 5,
    path: 'id',
    says: ['"lin-tea"', 'lin-cha.yaml'],
  },
  {
    name: 'an id that climbs out of the folder',
    text: base.replace('id: lin-cha', 'id: ../x'),
    code: 'unsafe-id',
    line: lineOf(base, 'id: lin-cha'),
    path: 'id',
    says: ['"../x" is not a slug'],
  },
  {
    name: 'an id with capitals',
    text: base.replace('id: lin-cha', 'id: Lin-Cha'),
    code: 'unsafe-id',
    line: lineOf(base, 'id: lin-cha'),
    path: 'id',
    says: ['"Lin-Cha" is not a slug'],
  },
  {
    name: 'a file name that is not a slug',
    text: base,
    file: 'personas/Lin Cha.yaml',
    code: 'unsafe-id',
    line: 1,
    says: ['"Lin Cha" is not a usable persona id'],
  },
  // Time zones
  {
    name: 'a city that is not a zone',
    text: base.replace('Asia/Shanghai', 'Asia/Beijing'),
    code: 'schema',
    line: lineOf(base, 'timezone:'),
    column: 11,
    path: 'timezone',
    says: ['"Asia/Beijing" is not an IANA time zone'],
  },
  {
    name: 'a zone in the wrong case',
    text: base.replace('Asia/Shanghai', 'asia/shanghai'),
    code: 'schema',
    line: lineOf(base, 'timezone:'),
    path: 'timezone',
    says: ['did you mean "Asia/Shanghai"'],
  },
  {
    name: 'a fixed offset, with the zones it may mean',
    text: base.replace('Asia/Shanghai', '"UTC+8"'),
    code: 'schema',
    line: lineOf(base, 'timezone:'),
    path: 'timezone',
    says: ['"UTC+8" is a fixed offset, not a time zone', 'Asia/Shanghai, Asia/Singapore or Asia/Hong_Kong'],
  },
  {
    name: 'a city as people say it',
    text: base.replace('Asia/Shanghai', 'Beijing'),
    code: 'schema',
    line: lineOf(base, 'timezone:'),
    path: 'timezone',
    says: ['did you mean "Asia/Shanghai"'],
  },
  {
    name: 'a weekday by its full name',
    text: base.replace(/restDays:\n\s+- sun/, 'restDays: [Thursday]'),
    code: 'schema',
    line: lineOf(base, 'restDays'),
    path: 'schedule.restDays[0]',
    says: ['must be one of'],
    hint: 'Did you mean "thu"? Set schedule.restDays[0] to it.',
  },
  {
    name: 'an ambiguous abbreviation',
    text: base.replace('Asia/Shanghai', 'CST'),
    code: 'schema',
    line: lineOf(base, 'timezone:'),
    path: 'timezone',
    says: ['"CST" is not an IANA time zone'],
  },
  // Windows
  ...(
    [
      ['7:30-8:30', 'is not a window like'],
      ['25:00-26:00', 'is not a window like'],
      ['23:00-24:30', 'is not a window like'],
      ['24:00-24:00', 'is not a window like'],
      ['morning', 'is not a window like'],
      ['08:30-07:30', 'ends before it starts: did you mean "07:30-08:30"?'],
      ['21:45-21:00', 'did you mean "21:00-21:45"? (A window cannot cross midnight'],
      ['23:00-01:00', 'split it into two, "23:00-24:00" and "00:00-01:00"'],
      ['08:00-08:00', 'starts and ends at the same minute'],
      // What a careless hand writes, with the window it meant.
      ['8:00-9:00', 'did you mean "08:00-09:00"?'],
      ['20:00 - 21:00', 'did you mean "20:00-21:00"?'],
      ['20：00～21：00', 'did you mean "20:00-21:00"?'],
    ] as const
  ).map(
    ([window, says]): Case => ({
      name: `the window "${window}"`,
      text: base.replace('- 12:00-13:00', `- "${window}"`),
      code: 'schema',
      line: lineOf(base, '12:00-13:00'),
      column: columnOf(base, '12:00-13:00'),
      path: 'schedule.windows[1]',
      says: [`"${window}"`, says],
    }),
  ),
  {
    name: 'an inverted series window',
    text: base.replace('window: 20:00-21:00', 'window: 21:00-20:00'),
    code: 'schema',
    line: lineOf(base, 'window: 20:00-21:00'),
    path: 'series[0].window',
    says: ['ends before it starts'],
  },
  {
    name: 'a series on a rest day',
    text: base.replace('day: fri', 'day: sun'),
    code: 'schema',
    line: lineOf(base, 'day: fri'),
    path: 'series[0].day',
    says: ['"周五夜跑打卡" is on sun, which is a rest day'],
  },
  {
    name: 'min posts above max posts',
    text: base.replace('min: 1', 'min: 3'),
    code: 'schema',
    line: lineOf(base, 'min: 1'),
    path: 'schedule.postsPerDay.min',
    says: ['min (3) is above postsPerDay.max (2)'],
  },
  {
    name: 'a rest day that is not a weekday',
    text: base.replace('- sun', '- sunday'),
    code: 'schema',
    line: lineOf(base, '- sun'),
    path: 'schedule.restDays[0]',
    says: ['"mon", "tue"'],
  },
  // Events
  {
    name: 'an event at a time without a date',
    text: base.replace('2026-12-03T20:00', '20:00'),
    code: 'schema',
    line: lineOf(base, '2026-12-03T20:00'),
    path: 'events[0].at',
    says: ['"20:00" is not a local date and time'],
  },
  {
    name: 'an event on a day the calendar does not have',
    text: base.replace('2026-12-03T20:00', '2026-02-30T20:00'),
    code: 'schema',
    line: lineOf(base, '2026-12-03T20:00'),
    path: 'events[0].at',
    says: ['2026-02-30 is not a day of the calendar'],
  },
  {
    name: 'an event at a time the spring-forward change skips',
    text: base.replace('Asia/Shanghai', 'America/Los_Angeles').replace('2026-12-03T20:00', '2027-03-14T02:30'),
    code: 'schema',
    line: lineOf(base, '2026-12-03T20:00'),
    path: 'events[0].at',
    says: ['event at 2027-03-14T02:30 does not exist in America/Los_Angeles', 'such as 2027-03-14T03:30'],
  },
  {
    name: 'an event for a product the persona does not sell',
    text: base.replace('product: longjing', 'product: pu-er'),
    code: 'schema',
    line: lineOf(base, 'product: longjing'),
    path: 'events[0].product',
    says: ['"pu-er"', 'longjing'],
  },
  // Density stricter-only
  {
    name: 'a marketing share above the policy',
    text: base.replace('maxMarketingShare: 0.2', 'maxMarketingShare: 0.4'),
    code: 'density-looser',
    line: lineOf(base, 'maxMarketingShare'),
    column: columnOf(base, '0.2'),
    path: 'density.maxMarketingShare',
    says: ['0.4', '0.25'],
  },
  {
    name: 'fewer hours between marketing posts than the policy',
    text: base.replace('minHoursBetweenMarketing: 48', 'minHoursBetweenMarketing: 24'),
    code: 'density-looser',
    line: lineOf(base, 'minHoursBetweenMarketing'),
    path: 'density.minHoursBetweenMarketing',
    says: ['24', '36'],
  },
  {
    name: 'a looser value against a team policy stricter than the defaults',
    text: base,
    policy: strictPolicy(),
    code: 'density-looser',
    line: lineOf(base, 'maxMarketingShare'),
    path: 'density.maxMarketingShare',
    says: ['is 0.2', "policy's 0.1"],
  },
  // Hostile input
  {
    name: 'a __proto__ key',
    text: base.replace('voice:', 'voice:\n  __proto__:\n    polluted: yes'),
    code: 'schema',
    line: lineOf(base, 'voice:') + 1,
    column: 3,
    says: ['"__proto__" is not allowed'],
  },
  {
    name: 'a constructor key at the top',
    text: `constructor: {}\n${base}`,
    code: 'schema',
    line: 1,
    says: ['"constructor" is not allowed'],
  },
  {
    name: 'a list instead of a mapping',
    text: '- id: lin-cha\n- name: 林茶\n',
    code: 'schema',
    line: 1,
    says: ['must be a YAML mapping'],
  },
  {
    name: 'an empty file',
    text: '',
    code: 'schema',
    line: 1,
    says: ['must be a YAML mapping'],
  },
];

describe('parsePersona rejects bad profiles with one problem at the offending node', () => {
  it.each(cases)('$name', (c) => {
    expectOneProblem(problemsOf(c.text, c.file ?? FILE, c.policy ?? defaultPolicy()), c.file ?? FILE, c);
  });
});

describe('parsePersona accepts good profiles', () => {
  it('parses the base fixture and fills the defaults', () => {
    const r = parsePersona(makePersonaYaml({ voice: { phrases: undefined, avoid: undefined } }), FILE, defaultPolicy());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('lin-cha');
    expect(r.value.voice.phrases).toEqual([]);
    expect(r.value.voice.avoid).toEqual([]);
  });

  it('accepts a UTF-8 byte order mark (files saved by Windows Notepad)', () => {
    const r = parsePersona(`\uFEFF${base}`, FILE, defaultPolicy());
    expect(r.ok).toBe(true);
  });

  it('accepts CRLF line ends', () => {
    expect(parsePersona(base.replace(/\n/g, '\r\n'), FILE, defaultPolicy()).ok).toBe(true);
  });

  it('keeps times and dates as text (YAML 1.2, no sexagesimal numbers or timestamps)', () => {
    const text = base.replace('- 12:00-13:00', '- 12:00-13:00').replace('2026-12-03T20:00', '2026-12-03T20:00');
    const r = parsePersona(text, FILE, defaultPolicy());
    expect(r.ok && r.value.schedule.windows[1]).toBe('12:00-13:00');
    expect(r.ok && r.value.events[0]!.at).toBe('2026-12-03T20:00');
  });

  it('accepts a late window split at midnight, the first half ending at 24:00', () => {
    const r = parsePersona(base.replace('- 12:00-13:00', '- "23:00-24:00"\n    - "00:00-00:30"'), FILE, defaultPolicy());
    expect(r.ok && r.value.schedule.windows).toContain('23:00-24:00');
  });

  it('accepts an event in the hour the autumn change repeats (it happens at the first 01:30)', () => {
    const text = base.replace('Asia/Shanghai', 'America/Los_Angeles').replace('2026-12-03T20:00', '2026-11-01T01:30');
    expect(parsePersona(text, FILE, defaultPolicy()).ok).toBe(true);
  });

  it('accepts IANA links such as US/Pacific and UTC', () => {
    for (const tz of ['US/Pacific', 'UTC', 'Europe/London']) {
      expect(parsePersona(base.replace('Asia/Shanghai', tz), FILE, defaultPolicy()).ok, tz).toBe(true);
    }
  });

  it('accepts density values equal to the policy (as strict as the team)', () => {
    const text = base.replace('maxMarketingShare: 0.2', 'maxMarketingShare: 0.25').replace('minHoursBetweenMarketing: 48', 'minHoursBetweenMarketing: 36');
    expect(parsePersona(text, FILE, defaultPolicy()).ok).toBe(true);
  });

  it('does not pollute Object.prototype, whatever the file says', () => {
    problemsOf(base.replace('voice:', '__proto__:\n  polluted: yes\nvoice:'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
