// Every message exists in both UI languages: walks the merged catalog (and the shell's help texts through
// --help) and fails on a missing or empty translation, a placeholder in one language only, or an English
// sentence left untranslated in zh-CN.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/i18n/text.js';
import { detectLang, unknownLang } from '../../src/cli/lang.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { Command } from 'commander';
import { cli } from '../helpers/cli.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Words of a message once placeholders, `code`, flags, paths and ids are taken out. */
function prose(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ')
    .replace(/[\w.-]*[/.][\w./-]+/g, ' ')
    .split(/[^A-Za-z']+/)
    .filter((w) => w.length > 1);
}

/** Words that only a sentence has: a list of codes ("persona | config | plan") has none of them. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'be', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'not', 'no', 'this', 'that', 'it', 'you', 'your', 'has', 'have', 'can', 'will']);

/** Short codes (a unit, a format name, a list of ids) may read the same in both languages; a sentence may not. */
export function untranslated(en: string, zh: string): boolean {
  const words = prose(en).map((w) => w.toLowerCase());
  return en === zh && words.length >= 2 && words.some((w) => FUNCTION_WORDS.has(w));
}

describe('the message catalog', () => {
  const entries = Object.entries(CATALOG);

  it('has messages from every part, including the first-ten-minutes ones', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(CATALOG['onboard.review-needs-tty']).toBeDefined();
  });

  it.each(entries)('%s exists, non-empty, in every language with the same placeholders', (_key, entry) => {
    for (const lang of LANGS) expect(typeof entry[lang] === 'string' && entry[lang].trim().length > 0, lang).toBe(true);
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    expect(untranslated(entry.en, entry['zh-CN'])).toBe(false);
  });

  it('tells a sentence left in English from a short code', () => {
    expect(untranslated('text is {n} characters long', 'text is {n} characters long')).toBe(true);
    expect(untranslated('{detail}', '{detail}')).toBe(false);
    expect(untranslated('persona | config | plan', 'persona | config | plan')).toBe(false);
    expect(untranslated('ok', 'ok')).toBe(false);
    expect(untranslated('use either --week or --from', 'use either --week or --from')).toBe(true);
  });
});

describe('help texts of every command', () => {
  const names = COMMANDS.map((register) => register(new Command('persona'), { io: { lang: 'en' } as never, globals: () => ({}), setExit: () => {} }).name());

  it.each(names)('persona %s --help differs between en and zh-CN and keeps no English heading in zh-CN', async (name) => {
    const en = await cli([name, '--help'], { lang: 'en' });
    const zh = await cli([name, '--help'], { lang: 'zh-CN' });
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    expect(zh.stdout).not.toBe(en.stdout);
    expect(zh.stdout).toMatch(/^用法： persona /);
    for (const heading of ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'Examples:', '(default:', 'show help for a command']) {
      expect(zh.stdout, heading).not.toContain(heading);
    }
    // The description line (third line) is in Chinese.
    expect(zh.stdout.split('\n')[2]).toMatch(/\p{Script=Han}/u);
  });
});

describe('choosing the UI language', () => {
  it.each([
    [['--lang', 'zh-CN'], {}, 'zh-CN'],
    [['--lang=en'], { PERSONA_LANG: 'zh-CN' }, 'en'],
    [[], { PERSONA_LANG: 'zh-CN', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    [[], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    [[], { LC_MESSAGES: 'zh_TW.UTF-8' }, 'zh-CN'],
    [[], { LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [[], { LANG: 'fr_FR.UTF-8' }, 'en'],
    [[], { LANG: 'C' }, 'en'],
    [[], {}, 'en'],
  ] as const)('%j with %j → %s', (argv, env, lang) => {
    expect(detectLang(argv, env)).toBe(lang);
  });

  it('refuses a language it does not speak when asked by name (a French system locale is no request)', async () => {
    const flag = await cli(['validate', '--lang', 'fr']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('error[usage]: --lang "fr": persona speaks en and zh-CN\n  fix: Set --lang to en or zh-CN (zh, zh-Hans and en-GB work too).\n');
    const env = await cli(['validate'], { env: { PERSONA_LANG: 'de' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('PERSONA_LANG "de": persona speaks en and zh-CN');
    expect(unknownLang([], { LANG: 'fr_FR.UTF-8' })).toBeNull();
  });

  it('speaks the language LANG asks for when nothing else is set, and commander errors follow', async () => {
    const r = await cli(['plan', '--bogus'], { lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误[usage]: 未知选项 '--bogus'\n（加 --help 查看用法）\n");
    const typo = await cli(['plam'], { lang: 'zh-CN' });
    expect(typo.stderr).toContain("错误[usage]: 未知命令 'plam'\n（你是不是想用 plan？）");
    const missing = await cli(['swap'], { lang: 'zh-CN' });
    expect(missing.stderr).toContain("错误[usage]: 缺少必填参数 'id'");
    const choice = await cli(['validate', '--format', 'xml'], { lang: 'zh-CN' });
    expect(choice.stderr).toContain("错误[usage]: 选项 '--format <format>' 的取值 'xml' 无效。可选值：");
    const en = await cli(['plan', '--bogus'], { lang: 'en' });
    expect(en.stderr).toBe("error[usage]: unknown option '--bogus'\n(run with --help for usage)\n");
  });
});
