// Every lint and score message speaks the UI language: no English fragment of a lint message in zh-CN output
// (stylish, github, json and SARIF message texts, score text and JSON), and no Chinese one in English output.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import type { Lang } from '../../src/i18n/text.js';
import { cli } from '../helpers/cli.js';
import { makeTemplate } from '../helpers/persona-yaml.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

/** Templates that between them trip every text rule, a suppression, an unused one and a kind ceiling. */
const FILES: Record<string, string> = {
  'persona.config.yaml': 'bannedWords: [宝子]\nlint:\n  rules:\n    hashtag-spam: warning\n',
  'templates/zh.hbs': makeTemplate(
    'kind: lifestyle\ntopics: [tea]\nlocale: zh-CN',
    '宝子们！！想了解的可以问我。赶紧下单，限时秒杀，仅剩3件，原价199，全网最低价，根治失眠，加我微信 13812345678 #好茶#\n{{!-- persona-lint-disable-next-line price -- 牌价 --}}\n现价99\n{{!-- persona-lint-disable-next-line urgency --}}\n今天很好。🔥🔥🔥\n' +
      '早上去江边跑步，风很大。'.repeat(12),
  ),
  'templates/en.hbs': makeTemplate('kind: product\nlocale: en', 'BUY NOW!!! DM me if you are curious. Only 2 left, 30% off, the best price, cures colds, https://example.com #tea'),
};

const FORMATS = ['stylish', 'github', 'json', 'sarif'] as const;

/** The fixed words of every lint message in one language (the text between its {placeholders}). */
function fragments(lang: Lang): string[] {
  const out = new Set<string>();
  for (const [key, entry] of Object.entries(CATALOG)) {
    if (!key.startsWith('lint.') || entry.en === entry['zh-CN']) continue;
    for (const part of entry[lang].split(/\{\w+\}/)) {
      // The command's own name is the same in every language.
      const words = part.replace(/persona lint/g, ' ').replace(/["“”"（）()：:，,。.；;…→✔✖]/g, ' ').trim();
      if (lang === 'en' ? words.split(/\s+/).length >= 2 && words.length >= 8 : /[\u4e00-\u9fff]{2}/.test(words)) out.add(words);
    }
  }
  return [...out];
}

async function outputs(lang: Lang): Promise<string> {
  const dir = writeTree(tempDir(), FILES);
  const texts: string[] = [];
  for (const format of FORMATS) {
    const r = await cli(['lint', 'templates', '--format', format], { cwd: dir, lang });
    expect(r.code).toBe(1);
    // Machine fields stay as they are; the message texts are what a person reads.
    if (format === 'json') texts.push(...(JSON.parse(r.stdout) as { messages: { message: string }[]; suppressedMessages: { message: string }[] }[]).flatMap((t) => [...t.messages, ...t.suppressedMessages].map((m) => m.message)));
    else if (format === 'sarif') {
      const run = JSON.parse(r.stdout).runs[0];
      texts.push(...run.results.map((x: { message: { text: string } }) => x.message.text));
      texts.push(...run.tool.driver.rules.flatMap((x: { shortDescription: { text: string }; help: { text: string } }) => [x.shortDescription.text, x.help.text]));
    } else texts.push(r.stdout);
  }
  for (const draft of ['想了解的可以问我。赶紧下单！宝子们', 'DM me if you are curious. Buy now!! Only 2 left.']) {
    const text = await cli(['score', '--config', 'persona.config.yaml'], { cwd: dir, lang, readStdin: async () => draft });
    texts.push(text.stdout);
    const json = await cli(['score', '--format', 'json'], { cwd: dir, lang, readStdin: async () => draft });
    texts.push(...(JSON.parse(json.stdout).hits as { message: string }[]).map((h) => h.message));
  }
  return texts.join('\n');
}

describe('lint and score messages', () => {
  it.each([
    ['zh-CN', 'en'],
    ['en', 'zh-CN'],
  ] as const)('in %s carry no %s message text', async (lang, other) => {
    const shown = await outputs(lang);
    // The drafts and templates themselves are in both languages; only the messages around them must not be.
    const leaks = fragments(other).filter((f) => shown.includes(f));
    expect(leaks).toEqual([]);
    if (lang === 'zh-CN') expect(shown).not.toMatch(/\. See /);
  });

  it('has every lint message in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(CATALOG)) {
      if (!key.startsWith('lint.')) continue;
      expect(entry['zh-CN'].trim(), key).not.toBe('');
      expect(placeholders(entry['zh-CN']), key).toEqual(placeholders(entry.en));
    }
  });
});
