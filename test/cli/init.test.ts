// `persona init`: a content repo that validates, lints clean and plans as created, in either language;
// nothing overwritten without --force, and nothing half-written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePolicy } from '../../src/load/policy.js';
import { policySchema } from '../../src/model/policy.js';
import { cli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const read = (root: string, rel: string) => readFileSync(join(root, rel), 'utf8');

function tree(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tree(root, join(dir, e.name)) : [join(dir, e.name)])).sort();
}

describe.each([
  ['en', 'maya', 'en'],
  ['zh-CN', 'a-qing', 'zh-CN'],
] as const)('persona init (UI %s)', (lang, persona, locale) => {
  it('scaffolds a repo that validates, lints clean and plans', async () => {
    const root = tempDir('persona-init-');
    const r = await cli(['init', 'repo'], { cwd: root, lang });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const repo = join(root, 'repo');
    expect(tree(repo)).toEqual(
      [
        '.github/workflows/persona.yml',
        '.gitignore',
        'package.json',
        'persona.config.yaml',
        `personas/${persona}.yaml`,
        ...readdirSync(join(repo, 'templates/custom', locale), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath.slice(repo.length + 1), e.name)),
      ].sort(),
    );
    expect(tree(repo).filter((f) => f.startsWith('templates/')).length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toContain(`persona plan ${persona} --week next`);
    expect(r.stdout).toContain('cd repo');

    const validate = await cli(['validate'], { cwd: repo });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    const lint = await cli(['lint', '--format', 'json'], { cwd: repo });
    expect(lint.code).toBe(0);
    const findings = (JSON.parse(lint.stdout) as { messages: { severity: string }[] }[]).flatMap((f) => f.messages);
    expect(findings.filter((m) => m.severity !== 'info')).toEqual([]);
    const plan = await cli(['plan', '--all', '--week', '2026-W49'], { cwd: repo });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(existsSync(join(repo, `plans/2026-W49/${persona}.json`))).toBe(true);
    expect((await cli(['plan', '--check', 'plans'], { cwd: repo })).code).toBe(0);
  }, 30_000);

  it('writes the persona with the schema line, in the chosen language', async () => {
    const root = tempDir('persona-init-');
    await cli(['init'], { cwd: root, lang });
    const text = read(root, `personas/${persona}.yaml`);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/persona/schemas/persona.schema.json');
    expect((parseYaml(text) as { locale: string }).locale).toBe(locale);
    expect(read(root, 'persona.config.yaml')).toMatch(lang === 'zh-CN' ? /^# persona.config.yaml —— 团队规则/ : /^# persona.config.yaml — the team policy/);
  });
});

describe('persona init: the files', () => {
  it.each(['en', 'zh-CN'] as const)('comments every setting of persona.config.yaml (%s), and the file parses to the defaults', async (lang) => {
    const root = tempDir('persona-init-');
    await cli(['init'], { cwd: root, lang });
    const text = read(root, 'persona.config.yaml');
    const parsed = parsePolicy(text, 'persona.config.yaml');
    expect(parsed.ok).toBe(true);
    const defaults = policySchema.parse({});
    if (parsed.ok) expect({ ...parsed.value, bannedWords: [], lint: defaults.lint }).toEqual({ ...defaults, out: 'plans', bannedWords: [] });
    // Every key of the schema, nested ones included, is written out with a comment somewhere above it.
    const keys = (shape: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(shape).flatMap(([k, v]) => {
        const inner = (v as { def?: { innerType?: { def?: { shape?: Record<string, unknown> } }; shape?: Record<string, unknown> } }).def;
        const nested = inner?.innerType?.def?.shape ?? inner?.shape;
        return nested && k !== 'lint' ? [`${prefix}${k}`, ...keys(nested, `${prefix}${k}.`)] : [`${prefix}${k}`];
      });
    const lines = text.split('\n');
    for (const key of keys(policySchema.shape)) {
      const name = key.split('.').pop()!;
      const at = lines.findIndex((l) => new RegExp(`^\\s*${name}:`).test(l));
      expect(at, key).toBeGreaterThan(0);
      expect(lines.slice(Math.max(0, at - 6), at).some((l) => l.trim().startsWith('#')), `${key} has a comment`).toBe(true);
    }
  });

  it('keeps plans in git and contacts out of it, and runs validate and SARIF lint in CI', async () => {
    const root = tempDir('persona-init-');
    await cli(['init'], { cwd: root });
    const ignore = read(root, '.gitignore').split('\n');
    expect(ignore).toContain('contacts/');
    expect(ignore).toContain('*.contacts.csv');
    expect(ignore).toContain('*.contacts.json');
    expect(ignore.filter((l) => !l.startsWith('#')).some((l) => l.includes('plans'))).toBe(false);
    const workflow = parseYaml(read(root, '.github/workflows/persona.yml')) as { permissions: Record<string, string>; jobs: { check: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } } };
    const steps = workflow.jobs.check.steps;
    expect(workflow.permissions['security-events']).toBe('write');
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(expect.arrayContaining(['npx persona validate', 'npx persona lint --format sarif > persona-lint.sarif']));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('persona-lint.sarif');
    const pkg = JSON.parse(read(root, 'package.json')) as { devDependencies: Record<string, string> };
    expect(Object.keys(pkg.devDependencies)).toEqual(['persona']);
    // From its repository: the npm registry's "persona" is another project.
    expect(pkg.devDependencies.persona).toMatch(/^github:persona-cli\/persona(#v\d+\.\d+\.\d+)?$/);
  });

  it('refuses to overwrite, lists the files, exits 2 and writes nothing', async () => {
    const root = writeTree(tempDir('persona-init-'), { 'persona.config.yaml': '# ours\n', '.gitignore': 'node_modules/\n' });
    const r = await cli(['init'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('. already has 2 of the files init writes: persona.config.yaml, .gitignore');
    expect(r.stderr).toContain('--force');
    expect(r.stdout).toBe('');
    expect(tree(root)).toEqual(['.gitignore', 'persona.config.yaml']);
    expect(read(root, 'persona.config.yaml')).toBe('# ours\n');
  });

  it('overwrites with --force, and leaves an existing package.json alone', async () => {
    const root = writeTree(tempDir('persona-init-'), { 'persona.config.yaml': '# ours\n', 'package.json': '{"name":"team-content"}\n' });
    const r = await cli(['init', '--force'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/persona\.config\.yaml \(overwritten\)/);
    expect(r.stdout).toContain('npm install --save-dev persona');
    expect(read(root, 'persona.config.yaml')).not.toBe('# ours\n');
    expect(read(root, 'package.json')).toBe('{"name":"team-content"}\n');
    expect((await cli(['validate'], { cwd: root })).code).toBe(0);
  });

  it('prints what it wrote as JSON, or nothing with --quiet', async () => {
    const root = tempDir('persona-init-');
    const r = await cli(['init', 'a', '--json'], { cwd: root });
    expect(JSON.parse(r.stdout)).toMatchObject({ root: 'a', persona: 'maya', kept: [], overwritten: [] });
    const q = await cli(['init', 'b', '--quiet', '--locale', 'zh-CN'], { cwd: root });
    expect(q.stdout).toBe('');
    expect(existsSync(join(root, 'b/personas/a-qing.yaml'))).toBe(true);
  });

  it.each([
    [['init', '--locale', 'fr'], /unknown locale "fr"/],
    [['init', 'file.txt'], /file\.txt is a file, not a folder/],
  ])('%j exits 2', async (argv, message) => {
    const root = tempDir('persona-init-');
    writeFileSync(join(root, 'file.txt'), 'x');
    const r = await cli(argv, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('the CI workflow the README shows', () => {
  it('is the one persona init writes (English comments), so the two never drift apart', async () => {
    const { workflowYaml } = await import('../../src/scaffold/ci.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${workflowYaml('en')}\`\`\``);
  });

  it('lints and uploads SARIF even when validate failed, and uploads only a file that exists', async () => {
    const { workflowYaml } = await import('../../src/scaffold/ci.js');
    const steps = workflowYaml('en').split('\n      - ').slice(1);
    const lint = steps.find((s) => s.startsWith('id: lint'))!;
    expect(lint).toContain('if: always()');
    expect(steps.find((s) => s.includes('upload-sarif'))).toContain("if: always() && hashFiles('persona-lint.sarif') != ''");
    expect(steps.at(-1)).toContain("if: always() && steps.lint.outcome == 'failure'");
  });
});
