import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import { MAX_ALIAS_COUNT, parseYaml } from '../../src/load/yaml-source.js';

/** The classic "billion laughs": each level refers to the one below ten times. */
function aliasBomb(levels: number, fanout = 10): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) {
    lines.push(`a${i}: &a${i} [${Array.from({ length: fanout }, () => `*a${i - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** A narrower bomb hidden in block style deep inside a plausible profile. */
function deepBomb(levels: number): string {
  const lines = ['name: 林茶', 'voice:', '  phrases: &p0', '    - 慢慢喝', '    - 说真的'];
  for (let i = 1; i <= levels; i++) lines.push(`  p${i}: &p${i} [*p${i - 1}, *p${i - 1}, *p${i - 1}]`);
  return `${lines.join('\n')}\n`;
}

function timed<T>(fn: () => T): { value: T; ms: number; heapMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

describe('parseYaml: hostile input stays bounded', () => {
  it.each([
    ['billion laughs (9 levels x 10)', aliasBomb(9)],
    ['deep bomb (40 levels x 3)', deepBomb(40)],
    ['very deep bomb (200 levels x 2)', aliasBomb(200, 2)],
  ])('%s is refused quickly with a clear problem', (_name, text) => {
    const { value: r, ms, heapMb } = timed(() => parseYaml(text, 'personas/bomb.yaml'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'personas/bomb.yaml' });
    expect(en(r.problems[0]!.message)).toContain('would expand into too much data');
    // The first alias is where the reader should look.
    expect(r.problems[0]!.line).toBeGreaterThan(1);
    expect(ms).toBeLessThan(1000);
    expect(heapMb).toBeLessThan(100);
  });

  it(`accepts ordinary use of anchors and aliases (up to ${MAX_ALIAS_COUNT} copied nodes)`, () => {
    const r = parseYaml('base: &b { min: 1, max: 2 }\nweekday: *b\nweekend: *b\n', 'personas/a.yaml');
    expect(r.ok).toBe(true);
    expect(r.ok && r.data).toEqual({ base: { min: 1, max: 2 }, weekday: { min: 1, max: 2 }, weekend: { min: 1, max: 2 } });
  });

  it('refuses nesting deep enough to overflow a stack, quickly', () => {
    const text = `${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const { value: r, ms } = timed(() => parseYaml(text, 'personas/deep.yaml'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problems[0]!.message)).toMatch(/nested more than \d+ levels/);
    expect(ms).toBeLessThan(2000);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere, without polluting prototypes', (key) => {
    const text = `voice:\n  tone: [x]\nproducts:\n  - id: a\n    ${key}:\n      polluted: yes\n`;
    const r = parseYaml(text, 'personas/p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'schema', line: 5, column: 5, path: key });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('strips a UTF-8 byte order mark and keeps positions right', () => {
    const r = parseYaml('\uFEFFname: 林茶\nrole: [\n', 'personas/bom.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 2, column: 7 });
    const ok = parseYaml('\uFEFFname: 林茶\n', 'personas/bom.yaml');
    expect(ok.ok && ok.data).toEqual({ name: '林茶' });
  });

  it('shifts positions by the line offset (front matter starts on line 2)', () => {
    const r = parseYaml('kind: lifestyle\nlocale: [zh-CN\n', 'templates/a.hbs', 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3, column: 9 });
  });

  it('rejects a second YAML document in one file', () => {
    const r = parseYaml('name: a\n---\nname: b\n', 'personas/two.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problems[0]!.message)).toContain('more than one YAML document');
  });
});

describe('parseYaml: a key indented too far is blamed on its own line', () => {
  it.each([
    ['after a value on the line above', 'voice:\n  tone: 温和\n    emoji: light\n', 3, 5, 'Indent "emoji:" by 2 spaces, like the key above it.'],
    ['after a flow list on the line above', 'voice:\n  tone: [温和]\n     emoji: light\n', 3, 6, 'Indent "emoji:" by 2 spaces, like the key above it.'],
    ['in a list item, past its dash', 'products:\n  - id: a\n      name: 武夷肉桂\n', 3, 7, 'Indent "name:" by 4 spaces, like the key above it.'],
  ])('%s', (_name, text, line, column, hint) => {
    const r = parseYaml(text, 'personas/x.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line, column });
    expect(en(r.problems[0]!.hint!)).toBe(hint);
  });
});
