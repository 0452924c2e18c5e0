// Lint output formats over the same fixture library: stylish (golden), json, SARIF 2.1.0 and GitHub annotations.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const cwd = fileURLToPath(new URL('fixtures', import.meta.url));
const golden = (name: string) => fileURLToPath(new URL(`golden/${name}`, import.meta.url));

function matchGolden(name: string, text: string) {
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(existsSync(file), `missing golden ${name}; run UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const run = (format: string, lang: 'en' | 'zh-CN' = 'en') => cli(['lint', 'library', '--format', format], { cwd, lang });

describe('lint formats', () => {
  it('stylish groups findings by file with the salesiness header (en, zh-CN)', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const r = await run('stylish', lang);
      expect(r.code).toBe(1);
      matchGolden(`stylish.${lang}.txt`, r.stdout);
    }
  });

  it('json lists every template with its salesiness, messages and suppressed messages', async () => {
    const r = await run('json');
    const out = JSON.parse(r.stdout) as { file: string; kind: string; salesiness: number; messages: Record<string, unknown>[]; suppressedMessages: Record<string, unknown>[] }[];
    expect(out.map((t) => t.file)).toEqual(['library/en/lifestyle/loud-morning.hbs', 'library/zh-CN/lifestyle/after-rain.hbs', 'library/zh-CN/product/hard-sell.hbs']);
    const clean = out[1]!;
    expect(clean).toEqual({ file: 'library/zh-CN/lifestyle/after-rain.hbs', kind: 'lifestyle', salesiness: 0, messages: [], suppressedMessages: [] });
    const hard = out[2]!;
    expect(hard.messages.map((m) => m.ruleId)).toEqual(['kind-ceiling', 'absolute-claim', 'scarcity', 'cta']);
    expect(hard.messages[1]).toEqual({
      ruleId: 'absolute-claim',
      severity: 'error',
      line: 6,
      column: 20,
      endLine: 6,
      endColumn: 23,
      message: 'absolute claim "国家级" (PRC Advertising Law, art. 9(3))',
      match: '国家级',
      gentler: '',
    });
    expect(hard.suppressedMessages.map((m) => [m.ruleId, m.match, m.justification])).toEqual([
      ['price', '原价', '店里挂出的牌价，客户常问'],
      ['price', '现价', '店里挂出的牌价，客户常问'],
    ]);
  });

  it('sarif is SARIF 2.1.0 as GitHub code scanning reads it', async () => {
    const log = JSON.parse((await run('sarif')).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('persona');
    for (const rule of driver.rules) {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(rule.helpUri).toMatch(new RegExp(`^https://.+/docs/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text).toMatch(/^(Disallow|Require|Enforce) /);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    const results = log.runs[0].results as Record<string, any>[];
    for (const r of results) {
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text).not.toBe('');
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).toMatch(/^library\//);
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
      if (loc.region.endColumn !== undefined) expect(loc.region.endLine * 1e6 + loc.region.endColumn).toBeGreaterThan(loc.region.startLine * 1e6 + loc.region.startColumn);
    }
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: '店里挂出的牌价，客户常问' }],
      [{ kind: 'inSource', justification: '店里挂出的牌价，客户常问' }],
    ]);
    expect(results.filter((r) => !r.suppressions).length).toBeGreaterThan(0);
  });

  it('github prints errors first, escapes data, and ends with the count GitHub will not annotate', async () => {
    const r = await run('github');
    const lines = r.stdout.trim().split('\n');
    const levels = lines.slice(0, -1).map((l) => /^::(\w+) /.exec(l)![1]);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a!) - ['error', 'warning', 'notice'].indexOf(b!)));
    expect(levels[0]).toBe('error');
    expect(lines).toContain(
      '::error file=library/zh-CN/product/hard-sell.hbs,line=6,col=20,endLine=6,endColumn=23,title=persona lint%3A absolute-claim::absolute claim "国家级" (PRC Advertising Law, art. 9(3))',
    );
    expect(lines[0]).toMatch(/^::error file=library\/en\/lifestyle\/loud-morning\.hbs,line=2,col=1,title=persona lint%3A kind-ceiling::/);
    expect(lines.at(-1)).toMatch(/^persona lint: \d+ error\(s\), \d+ warning\(s\), \d+ info; 0 finding\(s\) not annotated/);
  });
});

describe('github format: the count of findings left unannotated', () => {
  it('counts the templates that could not be read among the errors (they are annotated first)', async () => {
    const { github } = await import('../../src/lint/formatters/github.js');
    const message = (i: number) => ({ ruleId: 'cta', severity: 'error' as const, line: i + 1, column: 1, endLine: i + 1, endColumn: 3, message: { key: 'verbatim', data: { value: `hard sell ${i}` } }, match: 'x' });
    const report = {
      results: [{ file: 'templates/a.hbs', kind: 'lifestyle', salesiness: 0.9, messages: Array.from({ length: 9 }, (_, i) => message(i)) }],
      ceilings: {},
      renders: 0,
      personas: 0,
      unusable: [0, 1].map((i) => ({ code: 'front-matter', file: `templates/broken-${i}.hbs`, line: 1, message: { key: 'verbatim', data: { value: 'bad front matter' } } })),
    } as unknown as Parameters<typeof github>[0];
    const lines = github(report, { lang: 'en', color: false, version: '0.0.0' } as Parameters<typeof github>[1]).trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/1 finding\(s\) not annotated/);
    // The summary counts what it annotated as errors: 9 findings and 2 unreadable templates.
    expect(lines.at(-1)).toMatch(/^persona lint: 11 error\(s\)/);
  });
});

describe('sarif: where a file outside the working folder is', () => {
  it('names it by a file:// URI without a base (a base with an absolute path points nowhere)', async () => {
    const dir = fileURLToPath(new URL('fixtures', import.meta.url));
    const r = await cli(['lint', `${dir}/library`, '--format', 'sarif'], { cwd: fileURLToPath(new URL('../../scripts', import.meta.url)) });
    const locations = JSON.parse(r.stdout).runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) {
      expect(l.uri.startsWith('file:///')).toBe(true);
      expect(l.uriBaseId).toBeUndefined();
    }
  });
});
