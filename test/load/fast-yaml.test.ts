// The fast YAML read (js-yaml) and the careful one (yaml, with positions) must give the same data, or the
// CLI would plan from one reading and report errors from another.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml-source.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.(ya?ml|hbs)$/.test(name) ? [full] : [];
  });
}

function yamlOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.hbs')) return text;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? m[1]! : '';
}

describe('fast and careful YAML reads agree', () => {
  const files = [...yamlFiles(join(root, 'personas')), join(root, 'persona.config.yaml'), ...yamlFiles(join(root, 'templates')), ...yamlFiles(join(root, 'test/fixtures'))];

  it('on every YAML file and front matter of the repo', () => {
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const text = yamlOf(file);
      const fast = parseYaml(text, file);
      let careful: unknown;
      try {
        careful = parse(text);
      } catch {
        continue;
      }
      if (fast.ok) expect(fast.data, file).toEqual(careful);
    }
  });

  it('on random plain data written as YAML', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constantFrom('2026-10-01', '07:30-08:30', 'yes', 'no', '010', '0x1F', '~', '1_000', '#1', '最好的茶'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(tree, fc.boolean(), (value, flow) => {
        const text = dump(value, { flowLevel: flow ? 1 : -1 });
        // js-yaml's writer quotes a few odd keys such as "A:{" wrongly; only texts YAML itself accepts count.
        fc.pre(parseDocument(text).errors.length === 0);
        const fast = parseYaml(text, 'x.yaml');
        expect(fast.ok).toBe(true);
        if (fast.ok) expect(fast.data).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  // Texts where js-yaml and yaml read differently; the fast path must hand each to the careful reader.
  it.each(['null: 1', '~: 1', '{: 1}', '[: 1]', '{a: 1, : 2}', 'voice:\n  null: calm\n'])('reads %j as yaml does', (text) => {
    const fast = parseYaml(text, 'x.yaml');
    expect(fast.ok).toBe(true);
    if (fast.ok) expect(fast.data).toEqual(parse(text));
  });

  it('positions still come from the careful read when a message needs them', () => {
    const r = parseYaml('name: 小美\nvoice:\n  emoji: lots\n', 'p.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.src.lines.linePos(r.src.doc.toString().indexOf('lots')).line).toBeGreaterThan(0);
  });
});
