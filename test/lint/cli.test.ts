// `persona lint` and `persona score` driven like a user: exit codes, formats, options, languages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadsWanted } from '../../src/cli/actions/lint.js';
import { cli } from '../helpers/cli.js';
import { fixtureRepo } from '../helpers/repo.js';
import { tempDir, writeTree } from '../helpers/tmp.js';
import { makeTemplate } from '../helpers/persona-yaml.js';

const CLEAN = makeTemplate('kind: lifestyle\ntopics: [tea]\nlocale: zh-CN', '{{#pick}}雨停了。{{or}}窗外有鸟。{{/pick}}\n第一次试着冷泡，唯一的缺点是要等一晚。');
const WARN = makeTemplate('kind: product\nlocale: en', 'Love it!! Really.');
const ERROR = makeTemplate('kind: product\nlocale: zh-CN', '赶紧下单！');

/** A templates folder with no config and no personas above it (tmpdir). */
function library(files: Record<string, string>): string {
  return writeTree(tempDir(), files);
}

describe('persona lint', () => {
  it('exits 0 on a clean templates folder, with no config and no personas', async () => {
    const dir = library({ 'templates/zh-CN/a.hbs': CLEAN });
    const r = await cli(['lint', 'templates'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 template(s), no problems');
    expect(r.stdout).toContain('linted the template text only');
  });

  it('says when a repo has no templates of its own to lint, instead of a bare pass, and keeps stdout a clean report', async () => {
    const dir = library({ 'persona.config.yaml': 'templates: []\nbannedWords: [说实话]\n' });
    const r = await cli(['lint', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/^note: no templates of your own to lint .* To lint it against your policy: persona lint \S*templates\n$/s);
    // Named paths, or templates of its own: no note.
    const own = library({ 'persona.config.yaml': 'templates: [templates]\n', 'templates/zh-CN/a.hbs': CLEAN });
    expect((await cli(['lint'], { cwd: own })).stderr).toBe('');
  });

  it('exits 2 on a template it cannot read, and never shows a check mark beside it', async () => {
    const dir = library({ 'templates/a.hbs': CLEAN, 'templates/broken.hbs': '---\nkind: lifestyle\ntopics: [tea\nlocale: zh-CN\n---\n今天\n' });
    const stylish = await cli(['lint', 'templates'], { cwd: dir });
    expect(stylish.code).toBe(2);
    expect(stylish.stderr).toMatch(/templates\/broken\.hbs:3:9: error\[front-matter\]/);
    expect(stylish.stdout).not.toContain('✔');
    expect(stylish.stdout).toContain('✖ 1 problem(s) stopped files from being linted (listed on standard error); 1 template(s) linted');
    const github = await cli(['lint', 'templates', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.stdout.split('\n')[0]).toMatch(/^::error file=templates\/broken\.hbs,line=3,col=9,title=persona lint%3A front-matter::YAML syntax error/);
    // JSON: the file gets an entry of its own with one fatal message, as ESLint reports a parse error.
    const json = await cli(['lint', 'templates', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    const entries = JSON.parse(json.stdout) as { file: string; kind: string | null; salesiness: number | null; messages: Record<string, unknown>[] }[];
    expect(entries.map((e) => e.file)).toEqual(['templates/a.hbs', 'templates/broken.hbs']);
    expect(entries[1]).toMatchObject({ kind: null, salesiness: null, suppressedMessages: [] });
    expect(entries[1]!.messages).toEqual([
      expect.objectContaining({ ruleId: null, code: 'front-matter', fatal: true, severity: 'error', line: 3, column: 9, message: expect.stringMatching(/^YAML syntax error/) }),
    ]);
    // SARIF: a run that did not succeed, the file in a tool execution notification.
    const sarif = JSON.parse((await cli(['lint', 'templates', '--format', 'sarif'], { cwd: dir })).stdout);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        descriptor: { id: 'front-matter' },
        message: { text: expect.stringMatching(/^YAML syntax error/) },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'templates/broken.hbs', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 9 } } }],
      },
    ]);
    const clean = JSON.parse((await cli(['lint', 'templates/a.hbs', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('leaves a SARIF log of the failed run when the config itself is broken (code scanning uploads it)', async () => {
    const dir = tempDir();
    writeTree(dir, { 'persona.config.yaml': 'density:\n  maxMarketingShare: [oops\n', 'templates/a.hbs': '---\nkind: lifestyle\nlocale: zh-CN\n---\n今天去公园。\n' });
    const r = await cli(['lint', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('persona.config.yaml:2:22: error[yaml-syntax]');
    const [invocation] = JSON.parse(r.stdout).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', descriptor: { id: 'yaml-syntax' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'persona.config.yaml' }, region: { startLine: 2 } } }] });
    // Other formats print nothing on stdout then: an empty JSON list would read as "no findings".
    expect((await cli(['lint', '--format', 'json'], { cwd: dir })).stdout).toBe('');
  });

  it('reads a template whole whatever its size, around the 64 KiB read buffer', async () => {
    // Filler lines of calm text, then a hard sell on the last line: found only if the file was read to its end.
    const head = '---\nkind: product\nlocale: zh-CN\n---\n';
    const tail = '赶紧下单！\n';
    const sized = (bytes: number) => {
      const line = '今天的茶很好喝。\n';
      const fill = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
      const lines = line.repeat(Math.floor(fill / Buffer.byteLength(line)));
      return head + lines + 'x'.repeat(fill - Buffer.byteLength(lines)) + tail;
    };
    const files = { 'templates/a.hbs': sized(65535), 'templates/b.hbs': sized(65536), 'templates/c.hbs': sized(65537), 'templates/d.hbs': sized(200_000) };
    for (const text of Object.values(files).slice(0, 3)) expect([65535, 65536, 65537]).toContain(Buffer.byteLength(text));
    const dir = library(files);
    const r = await cli(['lint', 'templates', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string; match: string }[] }[];
    expect(results.map((x) => x.file)).toEqual(['templates/a.hbs', 'templates/b.hbs', 'templates/c.hbs', 'templates/d.hbs']);
    for (const x of results) expect(x.messages.some((m) => m.ruleId === 'cta' && m.match === '赶紧下单')).toBe(true);
  });

  it.each([
    ['a persona file', 'personas/lin-cha.yaml', 'id: lin-cha\n', 'is a persona file, not a template', 'persona validate personas/lin-cha.yaml'],
    ['the team policy', 'persona.config.yaml', 'personas: personas\n', 'is the team policy, not a template', 'persona validate persona.config.yaml'],
    ['a YAML file that is neither', '.github/workflows/ci.yml', 'on: push\n', 'is not a template: templates are .hbs or .md files', 'Pass template files (.hbs, .md)'],
    ['a file of another kind', 'package.json', '{}\n', 'is not a template: templates are .hbs or .md files', 'Pass template files (.hbs, .md)'],
    ['Markdown without front matter', 'README.md', '# Templates\n', 'has no front matter, so it is documentation, not a template', 'start it with a "---" line'],
  ])('exits 2 when a file named on the command line is %s, saying what it is', async (_what, file, text, said, fix) => {
    const dir = library({ 'templates/zh-CN/a.hbs': CLEAN, [file]: text });
    const r = await cli(['lint', file, 'templates'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: error[`);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(fix);
    // A folder still skips its Markdown documentation without a word.
    const folder = await cli(['lint', '.'], { cwd: writeTree(tempDir(), { 'templates/zh-CN/a.hbs': CLEAN, 'templates/README.md': '# Templates\n' }) });
    expect(folder.code).toBe(0);
  });

  it('exits 1 on errors and names file:line:column', async () => {
    const dir = library({ 'templates/b.hbs': ERROR });
    const r = await cli(['lint', 'templates/b.hbs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/templates\/b\.hbs/);
    expect(r.stdout).toMatch(/5:1\s+error\s+hard call to action "赶紧下单"/);
  });

  it('exits 0 on warnings, and 1 when they exceed --max-warnings', async () => {
    const dir = library({ 'templates/w.hbs': WARN });
    expect((await cli(['lint', 'templates'], { cwd: dir })).code).toBe(0);
    expect((await cli(['lint', 'templates', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    const over = await cli(['lint', 'templates', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (1, at most 0 allowed by --max-warnings)');
  });

  it('--quiet reports errors only', async () => {
    const dir = library({ 'templates/w.hbs': WARN, 'templates/e.hbs': ERROR });
    const r = await cli(['lint', 'templates', '--quiet', '--format', 'json'], { cwd: dir });
    const severities = JSON.parse(r.stdout).flatMap((t: { messages: { severity: string }[] }) => t.messages.map((m) => m.severity));
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('refuses a template saved in another encoding (GBK) and lints the others', async () => {
    const dir = library({ 'templates/ok.hbs': WARN });
    const head = Buffer.from('---\nkind: lifestyle\ntopics: [tea]\nlocale: zh-CN\n---\n', 'utf8');
    writeFileSync(join(dir, 'templates/gbk.hbs'), Buffer.concat([head, Buffer.from([0xbd, 0xf1, 0xcc, 0xec, 0xba, 0xc8, 0xb2, 0xe8, 0x0a])]));
    const r = await cli(['lint', 'templates'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/gbk.hbs: error[encoding]: templates/gbk.hbs is not UTF-8 text');
    expect(r.stdout).toContain('templates/ok.hbs');
  });

  it('--quiet with warnings only says no errors, not no problems', async () => {
    const r = await cli(['lint', 'templates', '--quiet'], { cwd: library({ 'templates/w.hbs': WARN }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ 1 template\(s\), no errors \(\d+ warning\(s\) and note\(s\) not shown with --quiet\)/);
  });

  it.each([
    ['a bad --max-warnings', ['lint', 'templates', '--max-warnings', 'many'], {}, /--max-warnings must be a whole number/],
    ['a missing path', ['lint', 'nowhere'], {}, /nowhere does not exist/],
    ['broken front matter', ['lint', 'templates'], { 'templates/bad.hbs': '---\nkind: lifestile\n---\nhi' }, /bad\.hbs:2/],
    ['a Handlebars syntax error', ['lint', 'templates'], { 'templates/bad.hbs': makeTemplate('kind: story\nlocale: en', '{{#pick}}a{{/if}}') }, /bad\.hbs:5:4: .*syntax/],
    ['an unknown rule in lint.rules', ['lint', 'templates'], { 'persona.config.yaml': 'lint:\n  rules:\n    ctaa: off\n' }, /persona\.config\.yaml:3:\d+: error\[config\]: unknown lint rule "ctaa"/],
  ] as const)('exits 2 on %s, without a stack trace', async (_, argv, files, message) => {
    const dir = library({ 'templates/ok.hbs': CLEAN, ...files });
    const r = await cli([...argv], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('applies lint.rules and lint.ceilings from the config', async () => {
    const dir = library({ 'templates/e.hbs': ERROR, 'persona.config.yaml': 'lint:\n  rules:\n    cta: warning\n  ceilings:\n    product: 0.9\n' });
    const r = await cli(['lint', 'templates', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages).toMatchObject([{ ruleId: 'cta', severity: 'warning' }]);
  });

  it('lints the config template folders by default, rendering for every persona they fit', async () => {
    const repo = fixtureRepo({
      'templates/zh-CN/lifestyle/tea-morning.hbs': makeTemplate('kind: lifestyle\nlocale: zh-CN\ntopics: [tea]', '早上泡茶。{{phrase}}'),
      'personas/lin-cha.yaml': null,
    });
    const base = await cli(['lint', '--format', 'json'], { cwd: repo });
    expect(base.code).toBe(0);
    // lin-cha's pet phrase is one of the words lin-cha avoids: only her render shows it.
    const withPersona = fixtureRepo({
      'templates/zh-CN/lifestyle/tea-morning.hbs': makeTemplate('kind: lifestyle\nlocale: zh-CN\ntopics: [tea]', '早上泡茶。{{phrase}}'),
    });
    const { readFileSync } = await import('node:fs');
    const file = `${withPersona}/personas/lin-cha.yaml`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('phrases: [慢慢喝, 说真的]', 'phrases: [家人们]'));
    const r = await cli(['lint', '--format', 'json'], { cwd: withPersona });
    expect(r.code).toBe(1);
    const messages = JSON.parse(r.stdout).flatMap((t: { messages: unknown[] }) => t.messages);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'persona-avoid', match: '家人们', persona: 'lin-cha', line: 6, column: 6 }));
    expect((await cli(['lint'], { cwd: withPersona })).stdout).toMatch(/rendered \d+ post\(s\) and chat script\(s\) for 2 persona\(s\)/);
  });

  it('lints a templates folder alone exactly as with an empty config (the fast path skips the YAML loader)', async () => {
    const files = { 'templates/zh-CN/a.hbs': CLEAN, 'templates/b.hbs': ERROR, 'templates/w.hbs': WARN, 'templates/readme.md': '# notes\n' };
    const bare = await cli(['lint', 'templates', '--format', 'json'], { cwd: library(files) });
    const configured = await cli(['lint', 'templates', '--format', 'json'], { cwd: library({ ...files, 'persona.config.yaml': 'builtinTemplates: true\n' }) });
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe(configured.stdout);
    expect(JSON.parse(bare.stdout).map((t: { file: string }) => t.file)).toEqual(['templates/b.hbs', 'templates/w.hbs', 'templates/zh-CN/a.hbs']);
  });

  it.each([
    [{}, 2, 0, 1],
    [{}, 2, 1.9, 1],
    [{}, 4, 0, 4],
    [{}, 4, 1.2, 3],
    [{}, 8, 0.5, 4],
    [{}, 4, 9, 1],
    [{ PERSONA_LINT_THREADS: '1' }, 8, 0, 1],
    [{ PERSONA_LINT_THREADS: '3' }, 2, 0, 2],
    [{ PERSONA_LINT_THREADS: 'lots' }, 2, 0, 1],
    [{ PERSONA_LINT_THREADS: 'lots' }, 8, 0, 4],
  ] as const)('starts threads for idle cores only, and none on two cores: env %j, %i cores, load %d → %i', (env, cores, load, threads) => {
    expect(threadsWanted(env, cores, load)).toBe(threads);
  });

  it('renders chat scripts for every persona and product they fit, and holds them to the chat ceiling', async () => {
    const script = makeTemplate('kind: chat\nstage: recommendation\nlocale: zh-CN', '{{#if contact}}{{contact.name}}，{{/if}}最近在喝{{product.name}}，{{lookup product.points 0}}。');
    const repo = fixtureRepo({ 'templates/zh-CN/chat/recommend.hbs': script });
    const { readFileSync } = await import('node:fs');
    const file = `${repo}/personas/lin-cha.yaml`;
    // The product's selling point, not the script, carries the hard sell: only a render shows it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('points: [豆香清楚, 耐泡三四道]', 'points: [限时秒杀赶紧下单, 耐泡三四道]'));
    const r = await cli(['lint', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const chat = (JSON.parse(r.stdout) as { file: string; kind: string; salesiness: number; messages: Record<string, unknown>[] }[]).find((t) => t.file.endsWith('recommend.hbs'))!;
    expect(chat.kind).toBe('chat');
    expect(chat.salesiness).toBeGreaterThan(0.6);
    expect(chat.messages).toContainEqual(expect.objectContaining({ ruleId: 'kind-ceiling', persona: 'lin-cha', product: 'longjing' }));
    expect(chat.messages).toContainEqual(expect.objectContaining({ ruleId: 'urgency', match: '限时秒杀', persona: 'lin-cha', product: 'longjing' }));
    const text = await cli(['lint'], { cwd: repo });
    expect(text.stdout).toMatch(/salesiness \S+ is over the chat ceiling 0\.60 \(rendered for persona lin-cha, product longjing\)/);
    expect(text.stdout).not.toMatch(/rendered 0 post/);
  });

  it('does not render a chat script for a sample persona when none of the repo fits it', async () => {
    const script = makeTemplate('kind: chat\nstage: recommendation\nlocale: en\nproducts: [nothing-like-this]', 'Been drinking {{product.name}} lately.');
    const repo = fixtureRepo({ 'templates/en/chat/recommend.hbs': script });
    const r = await cli(['lint', '--format', 'json'], { cwd: repo });
    expect(r.stderr).toBe('');
    const chat = (JSON.parse(r.stdout) as { file: string; messages: Record<string, unknown>[] }[]).find((t) => t.file.endsWith('recommend.hbs'))!;
    expect(chat.messages.filter((m) => m.persona)).toEqual([]);
  });

  it.each([
    ['en', 'find salesy phrasing', '--max-warnings'],
    ['zh-CN', '检查模板中的推销腔', '退出码'],
  ] as const)('has help in %s', async (lang, description, detail) => {
    const r = await cli(['lint', '--help'], { lang });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(description);
    expect(r.stdout).toContain(detail);
  });
});

describe('persona score', () => {
  it('scores standard input and suggests gentler wording', async () => {
    const r = await cli(['score'], { readStdin: async () => '限时秒杀！赶紧下单！' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^salesiness 0\.9\d/);
    expect(r.stdout).toContain('hard sell');
    expect(r.stdout).toContain('Gentler:');
    expect(r.stdout).toContain('想了解的可以问我。');
  });

  it('scores each line with --lines --format json, numbering lines as in the input', async () => {
    const dir = library({ 'drafts.txt': '很多客户会直接下单\n\n赶紧下单！\nThe best part of my day.\n' });
    const r = await cli(['score', 'drafts.txt', '--lines', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { line: number; salesiness: number; hits: { ruleId: string; match: string }[]; gentler: { text: string; salesiness: number } }[];
    expect(out.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(out[0]!.salesiness).toBeLessThan(0.1);
    expect(out[1]!.salesiness).toBeGreaterThan(0.5);
    expect(out[1]!.hits).toMatchObject([{ ruleId: 'cta', match: '赶紧下单' }]);
    // Each line's gentler version, as the text view prints it (salesperson walk: the JSON had none).
    expect(out[1]!.gentler.text).not.toContain('赶紧下单');
    expect(out[1]!.gentler.salesiness).toBeLessThan(out[1]!.salesiness);
    expect(out[2]).toEqual({ line: 4, salesiness: 0, hits: [], gentler: { text: 'The best part of my day.', salesiness: 0 } });
  });

  it.each([
    ['no locale at all', {}, '推销分 0.9'],
    ['the C locale of a container', { LANG: 'C.UTF-8' }, '推销分 0.9'],
    ['an English system locale', { LANG: 'en_US.UTF-8' }, 'salesiness 0.9'],
    ['PERSONA_LANG', { PERSONA_LANG: 'en', LANG: 'C' }, 'salesiness 0.9'],
  ] as const)('speaks the language of a Chinese draft unless the user chose one: %s', async (_name, env, opening) => {
    const r = await cli(['score'], { lang: undefined, env: { NO_COLOR: '1', ...env }, readStdin: async () => '限时秒杀！赶紧下单！' });
    expect(r.stdout.startsWith(opening), r.stdout).toBe(true);
  });

  it('reads - as standard input and takes --locale', async () => {
    const r = await cli(['score', '-', '--locale', 'en', '--format', 'json'], { readStdin: async () => 'Buy now!' });
    expect(JSON.parse(r.stdout)).toMatchObject({ locale: 'en', marketing: true, gentler: { text: 'Happy to tell you more if you ask.' } });
  });

  it('exits 2 on empty input and on a missing file', async () => {
    expect((await cli(['score'], { readStdin: async () => '  \n' })).code).toBe(2);
    const missing = await cli(['score', 'nope.txt'], { cwd: tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt: error[not-found]: nope.txt does not exist');
    expect(missing.stderr).toContain('fix: Check the path');
  });

  it('says how to pass text when the draft itself was typed where the file name goes', async () => {
    const r = await cli(['score', '限时秒杀，赶紧下单！'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[usage]: no file "限时秒杀，赶紧下单！": persona score reads a file, or the text from standard input');
    expect(r.stderr).toContain("fix: Pipe the text in: echo '…' | persona score");
  });

  it('takes a draft of up to 200,000 characters as one text, and says to use --lines beyond', async () => {
    const long = '今天去公园走了走。\n'.repeat(25_000);
    const r = await cli(['score'], { readStdin: async () => long });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[usage]: the text has 250000 characters; persona score takes a draft of up to 200000 as one text');
    expect(r.stderr).toContain('fix: Score it line by line with --lines');
    expect((await cli(['score', '--lines', '--format', 'json'], { readStdin: async () => long })).code).toBe(0);
  });

  it('refuses what is not text (a photo piped in by mistake) instead of scoring its bytes', async () => {
    const r = await cli(['score'], { readStdin: async () => 'PNG\u0000\u0000IHDR\uFFFD\uFFFD' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin is not text: it holds NUL bytes or is not UTF-8');
  });

  it('lists the heaviest 30 hits of a very long text and counts the rest; an English draft ends in English', async () => {
    const r = await cli(['score', '--locale', 'zh-CN'], { lang: 'en', readStdin: async () => '限时秒杀！赶紧下单！'.repeat(400) });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^\s+\+\d/.test(l))).toHaveLength(30);
    expect(r.stdout).toMatch(/… and \d+ more \(the heaviest are listed\)/);
    const en = await cli(['score', '--locale', 'en', '--format', 'json'], { readStdin: async () => 'Walked the long way home today. 私聊我 for prices.' });
    expect(JSON.parse(en.stdout).gentler.text).toMatch(/Happy to tell you more if you ask\.$/);
  });

  it('speaks the UI language', async () => {
    const r = await cli(['score'], { lang: 'zh-CN', readStdin: async () => '楼下的猫又来了。' });
    expect(r.stdout).toMatch(/^推销分 0\.00/);
    expect(r.stdout).toContain('没有发现推销用语');
  });
});
