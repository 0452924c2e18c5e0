// `persona new`: the questions driven through a pretend terminal (main path, an answer asked again, Ctrl-C),
// the flags a script uses instead, and what happens without a terminal.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/actions/new.js';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy } from '../../src/load/policy.js';
import { cli } from '../helpers/cli.js';
import { captureIo } from '../helpers/io.js';
import { FakeTerminal } from '../helpers/terminal.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

/** An empty content repo: the bundled library only. */
function emptyRepo(): string {
  return writeTree(tempDir('persona-new-'), { 'persona.config.yaml': 'personas: personas\ntemplates: []\nout: plans\n' });
}

describe('persona new without a terminal (flags, --yes)', () => {
  it('writes a persona from --id --name --locale --yes that validates and plans', async () => {
    const cwd = emptyRepo();
    const r = await cli(['new', '--id', 'xiao-mei', '--name', '小美', '--locale', 'zh-CN', '--yes'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote personas/xiao-mei.yaml');
    expect(r.stdout).toContain('Two posts from the library in the voice of 小美');
    const text = readFileSync(join(cwd, 'personas/xiao-mei.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/persona/schemas/persona.schema.json');
    expect(text).toMatch(/^# Written by `persona new`/m);
    const parsed = parsePersona(text, 'personas/xiao-mei.yaml', defaultPolicy());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ id: 'xiao-mei', name: '小美', locale: 'zh-CN', timezone: 'Asia/Shanghai', voice: { signature: '—— 小美', emoji: 'light' } });
    expect(parsed.value.interests.length).toBeGreaterThan(0);
    expect((await cli(['validate'], { cwd })).code).toBe(0);
    const plan = await cli(['plan', 'xiao-mei', '--week', '2026-W49'], { cwd });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(existsSync(join(cwd, 'plans/2026-W49/xiao-mei.json'))).toBe(true);
  });

  it('takes every question as a flag', async () => {
    const cwd = emptyRepo();
    const r = await cli(
      ['new', '--id', 'emma-w', '--name', 'Emma', '--trade', 'coffee roaster', '--locale', 'en', '--timezone', 'America/Los_Angeles',
        '--interests', 'coffee:3,running', '--products', 'house blend: chocolate notes, roasted Tuesdays', '--category', 'coffee',
        '--windows', '07:00-08:00, 20:00-21:00', '--rest-days', 'sat,sun', '--posts-per-day', '1-1', '--emoji', 'none', '--avoid', 'babe,hun', '--quiet'],
      { cwd },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const parsed = parsePersona(readFileSync(join(cwd, 'personas/emma-w.yaml'), 'utf8'), 'personas/emma-w.yaml', defaultPolicy());
    expect(parsed.ok && parsed.value).toMatchObject({
      role: 'coffee roaster',
      timezone: 'America/Los_Angeles',
      interests: [{ topic: 'coffee', weight: 3 }, { topic: 'running', weight: 1 }],
      products: [{ id: 'house-blend', name: 'house blend', category: 'coffee', points: ['chocolate notes', 'roasted Tuesdays'] }],
      schedule: { windows: ['07:00-08:00', '20:00-21:00'], postsPerDay: { min: 1, max: 1 }, restDays: ['sat', 'sun'] },
      voice: { emoji: 'none', avoid: ['babe', 'hun'], signature: '' },
    });
    expect((await cli(['plan', 'emma-w', '--week', '2026-W49', '--quiet'], { cwd })).code).toBe(0);
  });

  it('a Chinese name gives the persona and its products ids in pinyin', async () => {
    const cwd = emptyRepo();
    const r = await cli(['new', '--name', '小美', '--products', '武夷肉桂: 岩韵足; 重阳糕: 松软', '--yes', '--lang', 'en'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parsed = parsePersona(readFileSync(join(cwd, 'personas/xiao-mei.yaml'), 'utf8'), 'personas/xiao-mei.yaml', defaultPolicy());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // A dictionary reading: 重阳 is chong yang, not zhong yang.
    expect(parsed.value.products.map((p) => [p.id, p.name])).toEqual([['wu-yi-rou-gui', '武夷肉桂'], ['chong-yang-gao', '重阳糕']]);
  });

  it('takes rest days and a locale as a Chinese user writes them (周日, 星期三, zh_CN)', async () => {
    const cwd = emptyRepo();
    const r = await cli(['new', '--name', '阿美', '--rest-days', '周日,星期三', '--locale', 'zh_CN', '--yes', '--quiet', '--lang', 'en'], { cwd });
    expect(r.stderr).toBe('');
    const parsed = parsePersona(readFileSync(join(cwd, 'personas/a-mei.yaml'), 'utf8'), 'personas/a-mei.yaml', defaultPolicy());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect([parsed.value.locale, parsed.value.schedule.restDays]).toEqual(['zh-CN', ['sun', 'wed']]);
  });

  it.each([
    ['曾小贤', 'zeng-xiao-xian'],
    ['单田芳', 'shan-tian-fang'],
  ])('reads a surname as one: %s → %s', async (name, id) => {
    const cwd = emptyRepo();
    const r = await cli(['new', '--name', name, '--yes', '--quiet', '--lang', 'en'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, `personas/${id}.yaml`))).toBe(true);
  });

  it('--yes says what it filled in, as the flags that set it, and leaves out what was given', async () => {
    const cwd = emptyRepo();
    const r = await cli(['new', '--name', '小美', '--avoid', '亲', '--yes', '--lang', 'en'], { cwd });
    expect(r.code).toBe(0);
    const block = r.stdout.slice(r.stdout.indexOf('Filled in with defaults'), r.stdout.indexOf('Next steps'));
    expect(block).toContain('(edit personas/xiao-mei.yaml to change them; these flags set them next time):');
    for (const line of ['--id xiao-mei', '--trade 销售顾问', '--interests ', '--windows 07:30-08:30,12:00-13:00,21:00-22:00', '--rest-days sun', '--emoji light', '--posts-per-day 1-2', '--tone 温和,实在', '--signature "—— 小美"']) {
      expect(block).toContain(`  ${line}`);
    }
    // Given on the command line: not a default.
    expect(block).not.toContain('--avoid');
    expect(block).not.toContain('--name');
  });

  it.each([
    [['new'], /no terminal\); missing: --name, --id, --trade, --locale, --timezone, --interests, --products, --windows, --rest-days, --emoji, --avoid/],
    [['new', '--yes'], /missing: --name, --id[\s\S]*a persona needs an id and a name/],
    [['new', '--id', 'x', '--name', 'X', '--locale', 'fr', '--yes'], /--locale: locale must be one of "zh-CN", "en"|--locale: .*zh-CN/],
    [['new', '--id', 'x', '--name', 'X', '--timezone', 'Asia/Shangai', '--yes'], /--timezone: .*Asia\/Shanghai/],
    [['new', '--id', 'x', '--name', 'X', '--windows', '09:00-08:00', '--yes'], /--windows: .*09:00-08:00/],
    [['new', '--id', 'x', '--name', 'X', '--interests', 'knitting', '--yes'], /--interests: the library has no en lifestyle template about: knitting[\s\S]*Topics you can use: .*tea/],
    [['new', '--id', '../x', '--name', 'X', '--yes'], /^error\[usage\]: --id: "\.\.\/x" cannot be a persona id[^\n]*\n  expected: lowercase letters, digits and "-"[^\n]*\n  fix: Try x\n$/],
    [['new', '--id', 'Maya Lin', '--name', 'Maya', '--yes'], /^error\[usage\]: --id: "Maya Lin" cannot be a persona id[\s\S]*fix: Try maya-lin\n$/],
    [['new', '--id', '小美', '--name', '小美', '--yes'], /fix: Try xiao-mei\n$/],
    [['new', '--id', '🍵', '--name', '🍵', '--yes'], /fix: Pick a short id in Latin letters, e\.g\. xiao-mei for 小美\n$/],
    [['new', '--id', 'x', '--name', 'X', '--products', '武夷肉桂', '--yes'], /--products: .*products\[0\]\.points/],
    // An empty name says so, without the schema's "≥ 1".
    [['new', '--id', 'x', '--name', '', '--yes'], /^error\[usage\]: --name: name: must not be empty\n  fix: /],
    [['new', '--id', 'x', '--name', 'X', '--posts-per-day', 'abc', '--yes'], /^error\[usage\]: --posts-per-day "abc": expected min-max such as 1-2, or one number\n  fix: For example --posts-per-day 1-2/],
    [['new', '--id', 'x', '--name', 'X', '--interests', 'coffee:abc', '--yes'], /^error\[usage\]: --interests "coffee:abc": the weight of coffee is not a number\n  fix: Write topic:weight with a number, e\.g\. coffee:3/],
    // A flag's problem names the flag, not a line of a file that was never written.
    [['new', '--id', 'x', '--name', 'X', '--team', 'Bad Team', '--yes'], /^error\[usage\]: --team: team: "Bad Team" is not a slug[^\n]*\n  fix: See what --team takes in persona new --help/],
    [['new', '--id', 'x', '--name', 'X', '--locale', 'fr', '--yes'], /^error\[usage\]: --locale:[^\n]*\n  expected: one of "zh-CN", "en"\n  fix: /],
  ])('%j exits 2 and says what is wrong', async (argv, message) => {
    const cwd = emptyRepo();
    const r = await cli([...argv, '--lang', 'en'], { cwd });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'personas'))).toBe(false);
  });

  it('never overwrites a persona', async () => {
    const cwd = emptyRepo();
    writeTree(cwd, { 'personas/xiao-mei.yaml': '# mine\n' });
    const r = await cli(['new', '--id', 'xiao-mei', '--name', '小美', '--yes'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('personas/xiao-mei.yaml already exists');
    expect(readFileSync(join(cwd, 'personas/xiao-mei.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('speaks Chinese, and writes its comments in Chinese', async () => {
    const cwd = emptyRepo();
    const missing = await cli(['new'], { cwd, lang: 'zh-CN' });
    expect(missing.stderr).toContain('这里没有终端，persona new 无法提问；缺少：--name, --id');
    const r = await cli(['new', '--id', 'a-mei', '--name', '阿美', '--yes'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入 personas/a-mei.yaml');
    expect(r.stdout).toContain('接下来：');
    expect(readFileSync(join(cwd, 'personas/a-mei.yaml'), 'utf8')).toContain('# 由 `persona new` 生成');
  });
});

/** Run the questions against a pretend terminal; `script` plays the user. */
async function wizard(cwd: string, script: (term: FakeTerminal) => Promise<void>, lang: 'en' | 'zh-CN' = 'en') {
  const term = new FakeTerminal();
  const { io, out, err } = captureIo({ cwd, lang });
  const done = runNew({}, io, term.streams);
  await Promise.race([script(term), done]);
  const code = await done;
  return { code, out: out(), err: err(), screen: term.screen() };
}

describe('persona new on a terminal', () => {
  it('asks every question, asks a bad answer again with the reason, previews two posts and saves', async () => {
    const cwd = emptyRepo();
    const r = await wizard(cwd, async (term) => {
      await term.answer('Name friends know this persona by', '小美');
      // A bad id is refused with the reason and asked again.
      await term.answer('Id, also the file name', 'Xiao Mei');
      await term.waitFor(/Id, also the file name[\s\S]*(lowercase|slug|letters)/);
      term.press('clearLine');
      term.type('xiao-mei');
      term.press('enter');
      await term.answer('What does this persona do or sell', '茶铺店员');
      await term.waitFor('Language of the posts');
      term.press('enter'); // Chinese is the first choice
      await term.answer('Time zone', 'Asia/Shangai');
      await term.waitFor('Asia/Shanghai');
      term.press('clearLine');
      term.type('Asia/Shanghai');
      term.press('enter');
      await term.waitFor('Lifestyle topics');
      term.press('enter'); // nothing picked yet: refused
      await term.waitFor('Pick at least one topic.');
      term.press('space', 'down', 'space', 'enter');
      await term.answer('A product this persona sells', '武夷肉桂');
      await term.answer('Selling points of 武夷肉桂', '岩韵足，耐泡');
      await term.answer('Another product', '');
      await term.waitFor('Posting windows');
      term.press('clearLine');
      term.type('07:30-08:30, 21:00-22:00');
      term.press('enter');
      await term.waitFor('Days with posts');
      term.press('enter');
      await term.waitFor('Emoji in posts');
      term.press('down', 'enter'); // light → rich
      await term.waitFor('never uses');
      term.press('enter');
      await term.waitFor('Save personas/xiao-mei.yaml?');
      term.press('enter');
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    if (process.env.SHOW_SCREEN) console.log(r.screen);
    expect(r.screen).toMatch(/tea \(\d+ templates\)/);
    expect(r.out).toContain('Two posts from the library in the voice of 小美');
    expect(r.out).toContain('Wrote personas/xiao-mei.yaml');
    const parsed = parsePersona(readFileSync(join(cwd, 'personas/xiao-mei.yaml'), 'utf8'), 'personas/xiao-mei.yaml', defaultPolicy());
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toMatchObject({
      id: 'xiao-mei',
      role: '茶铺店员',
      locale: 'zh-CN',
      timezone: 'Asia/Shanghai',
      products: [{ name: '武夷肉桂', points: ['岩韵足', '耐泡'] }],
      schedule: { windows: ['07:30-08:30', '21:00-22:00'], restDays: ['sun'] },
      voice: { emoji: 'rich' },
    });
    expect(parsed.ok && parsed.value.interests).toHaveLength(2);
    expect((await cli(['validate'], { cwd })).code).toBe(0);
  }, 20_000);

  it('leaves no file behind on Ctrl-C', async () => {
    const cwd = emptyRepo();
    const r = await wizard(cwd, async (term) => {
      await term.answer('Name friends know this persona by', 'Maya Lin');
      await term.waitFor('(maya-lin)'); // a Latin name proposes an id
      term.press('enter');
      await term.waitFor('What does this persona do or sell');
      term.press('ctrlC');
    });
    expect(r.code).toBe(130);
    expect(r.err).toContain('Cancelled: nothing was written.');
    expect(existsSync(join(cwd, 'personas'))).toBe(false);
  }, 20_000);

  it('writes nothing when the user quits at the preview, and asks in Chinese', async () => {
    const cwd = emptyRepo();
    const r = await wizard(
      cwd,
      async (term) => {
        await term.answer('朋友们怎么称呼这个人设', '阿青');
        await term.answer('id，也是文件名', 'a-qing');
        await term.answer('做什么、卖什么', '花店店主');
        await term.waitFor('发圈用什么语言');
        term.press('enter');
        await term.waitFor('时区');
        term.press('enter');
        await term.waitFor('生活话题');
        term.press('space', 'enter');
        await term.answer('卖的一个产品', '');
        await term.waitFor('发圈时段');
        term.press('enter');
        await term.waitFor('哪几天发圈');
        term.press('enter');
        await term.waitFor('内容里的表情');
        term.press('enter');
        await term.waitFor('从不用的词');
        term.press('enter');
        await term.waitFor('保存 personas/a-qing.yaml？');
        term.press('down', 'down', 'enter');
      },
      'zh-CN',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('用 阿青 的口吻');
    expect(r.screen).toContain('↑↓ 移动 • space 选择');
    expect(r.err).toContain('已退出，没有保存');
    expect(existsSync(join(cwd, 'personas'))).toBe(false);
  }, 20_000);

  it('leaves an existing persona alone: an id that is taken is asked again', async () => {
    const cwd = emptyRepo();
    writeTree(cwd, { 'personas/maya.yaml': '# mine\n' });
    const r = await wizard(cwd, async (term) => {
      await term.answer('Name friends know this persona by', 'Maya');
      await term.waitFor('(maya)');
      term.press('enter');
      await term.waitFor('personas/maya.yaml already exists');
      term.press('ctrlC');
    });
    expect(r.code).toBe(130);
    expect(readdirSync(join(cwd, 'personas'))).toEqual(['maya.yaml']);
    expect(readFileSync(join(cwd, 'personas/maya.yaml'), 'utf8')).toBe('# mine\n');
  }, 20_000);
});

it('non-TTY stdin with a TTY stdout still counts as no terminal', async () => {
  const cwd = emptyRepo();
  const r = await cli(['new', '--name', 'X'], { cwd, stdoutIsTTY: true, stdinIsTTY: false });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('missing: --id');
});
