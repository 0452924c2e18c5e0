import { describe, expect, it } from 'vitest';
import { parseTemplate, splitFrontMatter } from '../../src/load/template.js';
import type { Problem } from '../../src/model/errors.js';
import { makeTemplate } from '../helpers/persona-yaml.js';
import { expectOneProblem } from '../helpers/problems.js';

const FILE = 'templates/zh-CN/lifestyle/tea-morning.hbs';
const ID = 'zh-CN/lifestyle/tea-morning';

const FRONT = `kind: lifestyle
locale: zh-CN
topics: [tea]
cooldownDays: 21
time: morning
images:
  - 晨光里的盖碗，侧光
  - 窗台上晾着的茶叶`;

const BODY = '{{weekday}}早上，先泡一壶茶{{emoji "🍵"}}\n{{#pick}}今天的水有点甜。{{or}}茶汤亮亮的。{{/pick}}\n';

interface Case {
  name: string;
  text: string;
  code: Problem['code'];
  line: number;
  column?: number;
  path?: string;
  says: string[];
  hint?: string;
}

const cases: Case[] = [
  { name: 'no front matter at all', text: BODY, code: 'front-matter', line: 1, says: ['missing front matter'] },
  { name: 'front matter never closed', text: `---\n${FRONT}\n${BODY}`, code: 'front-matter', line: 1, says: ['never closed'] },
  {
    name: 'malformed YAML in the front matter (line counted in the file)',
    text: makeTemplate(FRONT.replace('topics: [tea]', 'topics: [tea'), BODY),
    code: 'front-matter',
    line: 4,
    column: 9,
    says: ['never closed'],
  },
  {
    name: 'a front matter that is a list',
    text: makeTemplate('- kind: lifestyle', BODY),
    code: 'front-matter',
    line: 2,
    says: ['must be a YAML mapping'],
  },
  {
    name: 'an unknown kind',
    text: makeTemplate(FRONT.replace('kind: lifestyle', 'kind: blog'), BODY),
    code: 'schema',
    line: 2,
    column: 7,
    path: 'kind',
    says: ['kind', '"lifestyle", "expertise"'],
  },
  {
    name: 'a misspelt front matter key',
    text: makeTemplate(FRONT.replace('cooldownDays', 'cooldown'), BODY),
    code: 'unknown-key',
    line: 5,
    column: 1,
    path: 'cooldown',
    says: ['unknown field "cooldown"'],
    hint: 'Did you mean "cooldownDays"?',
  },
  {
    name: 'a time of day that does not exist',
    text: makeTemplate(FRONT.replace('time: morning', 'time: dawn'), BODY),
    code: 'schema',
    line: 6,
    path: 'time',
    says: ['"morning", "noon", "evening", "any"'],
  },
  {
    name: 'a declared salesiness above 1',
    text: makeTemplate(`${FRONT}\nsalesiness: 1.5`, BODY),
    code: 'schema',
    line: 10,
    path: 'salesiness',
    says: ['must be ≤ 1'],
  },
  {
    name: 'a lifestyle template without topics',
    text: makeTemplate(FRONT.replace('topics: [tea]\n', ''), BODY),
    code: 'schema',
    line: 2,
    path: 'topics',
    says: ['at least one topic'],
  },
  {
    name: 'a chat template without a stage',
    text: makeTemplate('kind: chat\nlocale: zh-CN', '你好呀'),
    code: 'schema',
    line: 2,
    path: 'stage',
    says: ['needs a stage'],
  },
  {
    name: 'a stage on a lifestyle template',
    text: makeTemplate(`${FRONT}\nstage: greeting`, BODY),
    code: 'schema',
    line: 10,
    path: 'stage',
    says: ['stage is for chat templates only'],
  },
  {
    name: 'an unknown chat stage',
    text: makeTemplate('kind: chat\nlocale: zh-CN\nstage: hello', '你好呀'),
    code: 'schema',
    line: 4,
    path: 'stage',
    says: ['"greeting"'],
  },
  {
    name: 'topics on a product template',
    text: makeTemplate('kind: product\nlocale: zh-CN\ntopics: [tea]', '{{product.name}}'),
    code: 'schema',
    line: 4,
    path: 'topics',
    says: ['topics are for non-product templates'],
  },
  {
    name: 'a locale we do not write in',
    text: makeTemplate(FRONT.replace('locale: zh-CN', 'locale: zh-TW'), BODY),
    code: 'schema',
    line: 3,
    path: 'locale',
    says: ['"zh-CN", "en"'],
  },
  {
    name: 'nothing after the front matter',
    text: makeTemplate(FRONT, '\n  \n'),
    code: 'template-syntax',
    line: 11,
    says: ['no text after its front matter'],
  },
];

describe('parseTemplate rejects bad front matter at the right file line', () => {
  it.each(cases)('$name', (c) => {
    const r = parseTemplate(c.text, FILE, ID);
    expect(r.ok).toBe(false);
    if (!r.ok) expectOneProblem(r.problems, FILE, c);
  });
});

describe('parseTemplate reads good templates', () => {
  it('keeps the body, its first file line, the defaults and the shot list', () => {
    const r = parseTemplate(makeTemplate(FRONT, BODY), FILE, ID);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      id: ID,
      file: FILE,
      kind: 'lifestyle',
      locale: 'zh-CN',
      topics: ['tea'],
      products: [],
      weight: 1,
      time: 'morning',
      cooldownDays: 21,
      images: ['晨光里的盖碗，侧光', '窗台上晾着的茶叶'],
      body: BODY,
      bodyLine: 11,
    });
  });

  it.each([
    ['a byte order mark', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['trailing spaces after the fences', (t: string) => t.replace(/^---\n/gm, '---  \n')],
    ['"..." as the closing fence', (t: string) => t.replace(/\n---\n/, '\n...\n')],
  ])('accepts %s', (_name, change) => {
    const r = parseTemplate(change(makeTemplate(FRONT, BODY)), FILE, ID);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.bodyLine).toBe(11);
  });

  it('keeps dates in front matter as text', () => {
    const r = parseTemplate(makeTemplate(FRONT.replace(/images:[\s\S]*/, 'images: [2026-12-02]'), BODY), FILE, ID);
    expect(r.ok && r.value.images).toEqual(['2026-12-02']);
  });

  it('does not take "----" for a closing fence (gray-matter does)', () => {
    expect(splitFrontMatter('---\nkind: story\n----\nbody\n---\nrest')).toEqual({ yaml: 'kind: story\n----\nbody', body: 'rest', bodyLine: 6 });
  });
});
