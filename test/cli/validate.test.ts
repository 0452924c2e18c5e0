import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { columnOf, lineOf, makePersonaYaml } from '../helpers/persona-yaml.js';
import { FIXTURE_REPO, fixtureRepo } from '../helpers/repo.js';

const read = (rel: string) => readFileSync(join(FIXTURE_REPO, rel), 'utf8');
const LIN = 'personas/lin-cha.yaml';
const TEA = 'templates/zh-CN/lifestyle/tea-morning.hbs';
const lin = read(LIN);
const tea = read(TEA);
const config = read('persona.config.yaml');

/** A stack trace line, as node prints them. */
const STACK = /^\s+at .+(\(|:\d+:\d+)/m;

interface BadInput {
  name: string;
  changes: Record<string, string | null>;
  /** The first line of the one error: `file:line[:column]: error[code]: …`. */
  at: string;
  code: string;
  says: string[];
  /** The same case in Chinese: words the zh-CN message contains. */
  zh?: string[];
}

const badInputs: BadInput[] = [
  {
    name: 'malformed YAML',
    changes: { [LIN]: lin.replace('role: 茶叶店店主', 'role: 店主: 茶叶') },
    at: `${LIN}:${lineOf(lin, 'role:')}:`,
    code: 'yaml-syntax',
    says: ['YAML syntax error'],
  },
  {
    name: 'a wrong type',
    changes: { [LIN]: lin.replace('emoji: light', 'emoji: 3') },
    at: `${LIN}:${lineOf(lin, 'emoji:')}:${columnOf(lin, 'light')}`,
    code: 'schema',
    says: ['voice.emoji', 'expected: one of "none", "light", "rich"'],
    zh: ['voice.emoji：须为以下之一', '应为: 以下之一'],
  },
  {
    name: 'an unknown key',
    changes: { [LIN]: lin.replace('signature:', 'signatur:') },
    at: `${LIN}:${lineOf(lin, 'signature:')}:3`,
    code: 'unknown-key',
    says: ['unknown field "signatur" in voice', 'Did you mean "signature"?'],
    zh: ['voice 中有未知字段 "signatur"', '你是不是想写 "signature"？'],
  },
  {
    name: 'an id that is not the file name',
    changes: { [LIN]: lin.replace('id: lin-cha', 'id: lincha') },
    at: `${LIN}:${lineOf(lin, 'id: lin-cha')}:5`,
    code: 'id-mismatch',
    says: ['id "lincha" does not match the file name "lin-cha.yaml"'],
  },
  {
    name: 'an unsafe id',
    changes: { [LIN]: lin.replace('id: lin-cha', 'id: ../x') },
    at: `${LIN}:${lineOf(lin, 'id: lin-cha')}:5`,
    code: 'unsafe-id',
    says: ['"../x" is not a slug'],
  },
  {
    name: 'a file name that is not a slug',
    changes: { [LIN]: null, 'personas/Lin Cha.yaml': lin },
    at: 'personas/Lin Cha.yaml:1',
    code: 'unsafe-id',
    says: ['"Lin Cha" is not a usable persona id'],
  },
  {
    name: 'an invalid time zone',
    changes: { [LIN]: lin.replace('Asia/Shanghai', 'Asia/Beijing') },
    at: `${LIN}:${lineOf(lin, 'timezone:')}:11`,
    code: 'schema',
    says: ['"Asia/Beijing" is not an IANA time zone'],
    zh: ['"Asia/Beijing" 不是 IANA 时区'],
  },
  {
    name: 'a malformed window',
    changes: { [LIN]: lin.replace('"12:00-13:00"', '"12:00-1pm"') },
    at: `${LIN}:${lineOf(lin, 'windows:')}:${columnOf(lin, '"12:00-13:00"')}`,
    code: 'schema',
    says: ['"12:00-1pm" is not a window like "07:30-08:30"'],
  },
  {
    name: 'an inverted window',
    changes: { [LIN]: lin.replace('"20:30-22:00"', '"22:00-20:30"') },
    at: `${LIN}:${lineOf(lin, 'windows:')}:${columnOf(lin, '"20:30-22:00"')}`,
    code: 'schema',
    says: ['window "22:00-20:30" ends before it starts'],
  },
  {
    name: 'a density looser than the policy',
    changes: { [LIN]: lin.replace('maxMarketingShare: 0.2', 'maxMarketingShare: 0.3') },
    at: `${LIN}:${lineOf(lin, 'maxMarketingShare')}:${columnOf(lin, '0.2')}`,
    code: 'density-looser',
    says: ["density.maxMarketingShare is 0.3, looser than the policy's 0.25", 'expected: ≤ 0.25'],
    zh: ['density.maxMarketingShare 为 0.3，比团队策略的 0.25 更宽松'],
  },
  {
    name: 'a template syntax error',
    changes: { [TEA]: tea.replace('{{/pick}}', '{{/pik}}') },
    at: `${TEA}:${lineOf(tea, '{{/pick}}')}:`,
    code: 'template-syntax',
    says: ['Handlebars syntax error', "doesn't match pik"],
  },
  {
    name: 'malformed front matter',
    changes: { [TEA]: tea.replace('topics: [tea]', 'topics: [tea') },
    at: `${TEA}:${lineOf(tea, 'topics:')}:9`,
    code: 'front-matter',
    says: ['never closed'],
  },
  {
    name: 'front matter that is never closed',
    changes: { [TEA]: tea.replace(/\n---\n/, '\n') },
    at: `${TEA}:1`,
    code: 'front-matter',
    says: ['never closed'],
  },
  {
    name: 'an unknown template kind',
    changes: { [TEA]: tea.replace('kind: lifestyle', 'kind: vlog') },
    at: `${TEA}:2:7`,
    code: 'schema',
    says: ['kind: must be one of "lifestyle"'],
  },
  {
    name: 'an unknown variable (file line of the body)',
    changes: { [TEA]: `${tea}今天是{{persona.nmae}}值班。\n` },
    at: `${TEA}:${tea.split('\n').length}:6`,
    code: 'template-render',
    says: ['unknown variable "persona.nmae"', 'rendering for persona lin-cha'],
    zh: ['未知变量 "persona.nmae"'],
  },
  {
    name: 'an unknown helper (file line of the body)',
    changes: { [TEA]: tea.replace('{{phrase}}', '{{shout phrase}}') },
    at: `${TEA}:${lineOf(tea, '{{phrase}}')}:1`,
    code: 'template-syntax',
    says: ['unknown helper "shout"', 'expected: one of pick, or, emoji'],
  },
  {
    name: 'a malformed persona.config.yaml',
    changes: { 'persona.config.yaml': config.replace('maxMarketingShare: 0.25', 'maxMarketingShare: lots') },
    at: `persona.config.yaml:${lineOf(config, 'maxMarketingShare')}:22`,
    code: 'schema',
    says: ['density.maxMarketingShare: expected a number, got text'],
  },
  {
    name: 'an unknown key in persona.config.yaml',
    changes: { 'persona.config.yaml': config.replace('bannedWords', 'bannedWord') },
    at: `persona.config.yaml:${lineOf(config, 'bannedWords')}:1`,
    code: 'unknown-key',
    says: ['unknown field "bannedWord"', 'Did you mean "bannedWords"?'],
  },
  {
    name: 'an empty persona folder',
    changes: { 'personas/lin-cha.yaml': null, 'personas/grace.yaml': null },
    at: 'personas:',
    code: 'no-personas',
    says: ['no persona profiles in personas'],
    zh: ['personas 中没有人设文件'],
  },
  {
    name: 'an empty template folder',
    changes: { templates: null, 'templates/.keep': '' },
    at: 'templates:',
    code: 'no-templates',
    says: ['no templates found'],
  },
  {
    name: 'a YAML alias bomb',
    changes: {
      [LIN]: `${lin}x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n${Array.from({ length: 12 }, (_, i) => `x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(', ')}]`).join('\n')}\n`,
    },
    at: `${LIN}:${lin.split('\n').length + 1}:`,
    code: 'yaml-syntax',
    says: ['YAML aliases (*name) would expand into too much data'],
  },
  {
    name: 'a __proto__ key',
    changes: { [LIN]: lin.replace('voice:', 'voice:\n  __proto__: { polluted: true }') },
    at: `${LIN}:${lineOf(lin, 'voice:') + 1}:3`,
    code: 'schema',
    says: ['the key "__proto__" is not allowed'],
  },
];

describe('persona validate: bad input is one clear message, exit 2', () => {
  it.each(badInputs)('$name', async (c) => {
    const cwd = fixtureRepo(c.changes);
    const started = performance.now();
    const r = await cli(['validate'], { cwd });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.code, r.stderr).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => /error\[/.test(l));
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0]!.startsWith(c.at), `${errors[0]} should start with ${c.at}`).toBe(true);
    expect(errors[0]).toContain(`error[${c.code}]`);
    for (const words of c.says) expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toMatch(/^✖ checked .*: 1 error\(s\), \d+ warning\(s\)\n$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(badInputs.filter((c) => c.zh))('$name, in Chinese (--lang zh-CN)', async (c) => {
    const cwd = fixtureRepo(c.changes);
    const r = await cli(['--lang', 'zh-CN', 'validate'], { cwd, lang: undefined });
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => /错误\[/.test(l));
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0]!.startsWith(c.at)).toBe(true);
    for (const words of c.zh!) expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toMatch(/^✖ 已检查 .*：1 个错误，\d+ 个提醒\n$/);
  });

  it('prints no stack trace for bad input even with --debug (the message is the whole story)', async () => {
    const cwd = fixtureRepo({ [LIN]: lin.replace('emoji: light', 'emoji: 3') });
    const r = await cli(['--debug', 'validate'], { cwd, debug: true });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('accepts a UTF-8 byte order mark in personas, templates and the config', async () => {
    const cwd = fixtureRepo({ [LIN]: `\uFEFF${lin}`, [TEA]: `\uFEFF${tea}`, 'persona.config.yaml': `\uFEFF${config}` });
    const r = await cli(['validate'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports every broken file, not just the first', async () => {
    const cwd = fixtureRepo({ [LIN]: lin.replace('emoji: light', 'emoji: 3'), [TEA]: tea.replace('kind: lifestyle', 'kind: vlog') });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => /error\[/.test(l))).toHaveLength(2);
    expect(r.stdout).toContain('2 error(s)');
  });

  it('a persona built from the test helper passes in the fixture repo (the helper is realistic)', async () => {
    const cwd = fixtureRepo({ [LIN]: makePersonaYaml() });
    const r = await cli(['validate'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('persona validate: what it checks and its exit codes', () => {
  it('exit 0 on a clean repo, saying what it checked', async () => {
    const r = await cli(['validate'], { cwd: fixtureRepo() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ checked persona.config.yaml, 2 persona(s) in personas, 7 template(s) in templates, 8 strict render(s): no problems\n');
  });

  it('the summary in Chinese', async () => {
    const r = await cli(['validate', '--lang', 'zh-CN'], { cwd: fixtureRepo(), lang: undefined });
    expect(r.stdout).toBe('✔ 已检查 persona.config.yaml，personas 中的 2 个人设，templates 中的 7 个模板，8 次严格渲染：没有问题\n');
  });

  it('exit 1 when an interest has no lifestyle template in the persona language, pointing at the interest', async () => {
    const grace = read('personas/grace.yaml');
    const cwd = fixtureRepo({ 'personas/grace.yaml': grace.replace('  - { topic: coffee, weight: 2 }', '  - { topic: coffee, weight: 2 }\n  - { topic: tea, weight: 1 }') });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(1);
    const line = lineOf(grace, 'topic: coffee') + 1;
    expect(r.stderr).toContain(`personas/grace.yaml:${line}:14: warning[no-template-for-topic]: interest "tea" has no en lifestyle template, so grace never posts about it`);
    expect(r.stderr).toContain('fix: Add a template with kind: lifestyle, locale: en, topics: [tea]');
    expect(r.stdout).toMatch(/^✖ .*: 0 error\(s\), 1 warning\(s\)\n$/);
  });

  it.each([
    ['a series topic', { [TEA]: null, 'templates/zh-CN/lifestyle/running-night.hbs': null }, 'no-template-for-topic', 'series "周五夜跑打卡" has no zh-CN template with topic "running"'],
    ['a product', { 'templates/en/product/why-i-use-it.hbs': null }, 'no-template-for-product', 'no en product template fits product "house-blend"'],
    ['a live event', { 'templates/en/live/see-you.hbs': null }, 'no-template-for-event', 'no en live template fits the event "Cupping at the roastery"'],
  ])('exit 1 when %s has no template', async (_name, changes, code, says) => {
    const r = await cli(['validate'], { cwd: fixtureRepo(changes as Record<string, string | null>) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warning[${code}]`);
    expect(r.stderr).toContain(says);
  });

  it('exit 1 when the windows are so narrow that a full day\'s posts land minutes apart (no rule broken, but it reads as spam)', async () => {
    const lin = read(LIN);
    const windows = /^  windows: .*$/m.exec(lin)![0];
    const cwd = fixtureRepo({ [LIN]: lin.replace(windows, '  windows: ["21:00-21:05"]') });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/personas\/lin-cha\.yaml:\d+:\d+: warning\[crowded-windows\]: the posting windows hold 5 minute\(s\) in all for up to 2 posts a day/);
    expect(r.stderr).toContain('fix: Give the windows at least 30 minutes in all');
  });

  it('exit 1 when a product name or selling point reads as a hard sell, pointing at the field (every post naming it carries it)', async () => {
    const cwd = fixtureRepo({ [LIN]: read(LIN).replace('    name: 明前龙井', '    name: 限时秒杀明前龙井') });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(1);
    const line = lineOf(read(LIN), 'name: 明前龙井');
    expect(r.stderr).toMatch(new RegExp(`personas/lin-cha\\.yaml:${line}:11: warning\\[salesy-field\\]: products\\[0\\]\\.name "限时秒杀明前龙井" reads as selling on its own \\(salesiness 0\\.\\d+: 限时秒杀\\)`));
    expect(r.stderr).toContain('fix: Write it as a friend would say it');
    // The fixture's own names and points are calm: nothing said of them.
    expect((await cli(['validate'], { cwd: fixtureRepo() })).stderr).not.toContain('salesy-field');
  });

  it('exit 1 when every template of a series topic is limited by days: to other weekdays, pointing at the series day', async () => {
    const RUN = 'templates/zh-CN/lifestyle/running-night.hbs';
    const cwd = fixtureRepo({ [RUN]: read(RUN).replace('time: evening', 'time: evening\ndays: [mon, wed]') });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(1);
    const line = lineOf(read(LIN), 'day: fri');
    expect(r.stderr).toContain(`personas/lin-cha.yaml:${line}:10: warning[no-template-for-topic]: series "周五夜跑打卡" goes out on fri, but every zh-CN template with topic "running" is limited by days: to mon, wed`);
    expect(r.stderr).toContain('fix: Add a running template with days: [fri] or without days:, or move the series to one of those days.');
  });

  it('a single persona file: checks it against the repo policy and library', async () => {
    const cwd = fixtureRepo();
    const ok = await cli(['validate', 'personas/grace.yaml'], { cwd });
    expect(ok.code).toBe(0);
    // grace fits three templates of the library: each renders for her.
    expect(ok.stdout).toBe('✔ checked 1 persona file(s), 3 strict render(s): no problems\n');
    const cwdBad = fixtureRepo({ [LIN]: lin.replace('maxMarketingShare: 0.2', 'maxMarketingShare: 0.5') });
    const bad = await cli(['validate', LIN], { cwd: cwdBad });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("looser than the policy's 0.25");
  });

  it('a template folder: ids stay relative to the configured templates folder, renders use the repo personas', async () => {
    const cwd = fixtureRepo({ 'templates/en/lifestyle/coffee-window.hbs': read('templates/en/lifestyle/coffee-window.hbs').replace('{{phrase}}', '{{persona.voice.signatur}}') });
    const r = await cli(['validate', 'templates/en'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/en/lifestyle/coffee-window.hbs:10:3: error[template-render]: unknown variable "persona.voice.signatur" (rendering for persona grace)');
    expect(r.stdout).toContain('3 template(s) in templates/en');
  });

  it('the config file: its schema and the folders it names', async () => {
    const cwd = fixtureRepo();
    expect((await cli(['validate', 'persona.config.yaml'], { cwd })).code).toBe(0);
    const missing = fixtureRepo({ 'persona.config.yaml': config.replace('personas: personas', 'personas: people') });
    const r = await cli(['validate', 'persona.config.yaml'], { cwd: missing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('persona.config.yaml: error[no-personas]: personas: folder people does not exist');
  });

  it('a folder holding a persona.config.yaml is checked as that repo, whatever the current folder holds', async () => {
    const repo = fixtureRepo();
    const r = await cli(['validate', repo], { cwd: join(repo, 'personas') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 persona(s)');
    expect(r.stdout).toContain('7 template(s)');
  });

  it('--config points at another repo', async () => {
    const repo = fixtureRepo();
    const r = await cli(['--config', join(repo, 'persona.config.yaml'), 'validate'], { cwd: join(repo, 'templates') });
    expect(r.code).toBe(0);
  });

  it('finds persona.config.yaml in a parent folder', async () => {
    const repo = fixtureRepo();
    const r = await cli(['validate'], { cwd: join(repo, 'templates', 'zh-CN') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 persona(s)');
  });

  it.each([
    [['validate', 'personas/nobody.yaml'], 'personas/nobody.yaml: error[not-found]: personas/nobody.yaml does not exist'],
    [['validate', 'notes.txt'], 'notes.txt: error[usage]: notes.txt is not a persona (.yaml), template (.hbs, .md) or persona.config.yaml'],
    [['--config', 'nope.yaml', 'validate'], 'nope.yaml: error[not-found]: config file nope.yaml does not exist'],
  ])('unusable arguments: %j', async (argv, message) => {
    const r = await cli(argv, { cwd: fixtureRepo({ 'notes.txt': 'hello' }) });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('--format json for CI: counts, errors and warnings with positions', async () => {
    const cwd = fixtureRepo({ [LIN]: lin.replace('emoji: light', 'emoji: loud') });
    const r = await cli(['validate', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { ok: boolean; checked: Record<string, unknown>; errors: Record<string, unknown>[]; warnings: unknown[] };
    expect(out.ok).toBe(false);
    expect(out.checked).toEqual({ configs: ['persona.config.yaml'], personas: 2, templates: 7, renders: 7 });
    expect(out.errors).toEqual([
      {
        code: 'schema',
        message: 'voice.emoji: must be one of "none", "light", "rich"',
        file: LIN,
        line: lineOf(lin, 'emoji:'),
        column: columnOf(lin, 'light'),
        path: 'voice.emoji',
        expected: 'one of "none", "light", "rich"',
        hint: 'Set voice.emoji to one of the expected values.',
      },
    ]);
    expect(out.warnings).toEqual([]);
  });

  it('.md files without front matter are notes, not templates; node_modules is never searched', async () => {
    const cwd = fixtureRepo({ 'templates/node_modules/x/broken.hbs': 'not a template', 'templates/zh-CN/NOTES.md': '# 写模板的注意事项\n' });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('7 template(s)');
  });

  it('two persona files with one id (a.yaml beside a.yml)', async () => {
    const r = await cli(['validate'], { cwd: fixtureRepo({ 'personas/lin-cha.yml': lin }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('personas/lin-cha.yml:1: error[duplicate-id]: persona id "lin-cha" is also defined by personas/lin-cha.yaml');
  });

  it('two templates with the same id in two folders', async () => {
    const cwd = fixtureRepo({
      'persona.config.yaml': config.replace('templates: [templates]', 'templates: [templates, more]'),
      'more/zh-CN/lifestyle/tea-morning.hbs': tea,
    });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more/zh-CN/lifestyle/tea-morning.hbs:1: error[duplicate-id]: template id "zh-CN/lifestyle/tea-morning" is also defined by templates/zh-CN/lifestyle/tea-morning.hbs');
  });
});

describe('persona validate: one cause, one message', () => {
  it.each([
    ['personas: people', 'no-personas', 'no persona profiles in people'],
    ['templates: [templates, more]', 'no-templates', 'template folder more does not exist'],
  ])('a config naming a missing folder (%s)', async (setting, code, says) => {
    const config = readFileSync(join(FIXTURE_REPO, 'persona.config.yaml'), 'utf8');
    const key = setting.split(':')[0]!;
    const cwd = fixtureRepo({ 'persona.config.yaml': config.replace(new RegExp(`^${key}:.*$`, 'm'), setting) });
    const r = await cli(['validate'], { cwd });
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => /error\[/.test(l));
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0]).toContain(`error[${code}]: ${says}`);
  });
});
