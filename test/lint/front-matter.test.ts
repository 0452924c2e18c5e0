// The fast front-matter path gives exactly what the YAML parser gives, or steps aside (null).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fastFrontMatter } from '../../src/lint/front-matter.js';

describe('fast front matter', () => {
  it('reads the shape templates use', () => {
    const yaml = [
      'kind: lifestyle            # comment',
      'topics: [tea, coffee]',
      'locale: zh-CN',
      'salesiness: 0.05',
      'cooldownDays: 28',
      'weight: 1',
      'time: morning',
      'images:',
      '  - 窗台上冒热气的盖碗，侧逆光',
      '  - "Your hand, adjusting the phone stand"',
      'season: 立冬',
    ].join('\n');
    expect(fastFrontMatter(yaml)).toEqual(parse(yaml));
  });

  it.each([
    ['a null', 'stage: ~'],
    ['an empty value', 'stage:'],
    ['a nested map', 'a:\n  b: 1'],
    ['an escaped string', 'a: "x\\ny"'],
    ['a hex number', 'a: 0x1F'],
    ['an exponent', 'a: 1e3'],
    ['an anchor', 'a: &x 1'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['a prototype key', '__proto__: 1'],
    ['a continued scalar', 'a: one\n  two'],
    ['a colon in a plain scalar', 'a: b: c'],
    ['mixed list indentation', 'a:\n  - 1\n    - 2'],
  ])('steps aside for %s', (_, yaml) => {
    expect(fastFrontMatter(yaml)).toBeNull();
  });

  it('agrees with the YAML parser whenever it answers', () => {
    const scalar = fc.oneof(
      fc.constantFrom('tea', 'zh-CN', 'morning', '窗台上的猫', 'true', 'False', '0.05', '28', '-3', '2026-12-01', '12:30', 'a b c', "it's", 'x#y', '"quoted"', "'single'", '[a, b]', '[]', 'null', '~', '.5', '1.', '+1'),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.tuple(fc.constantFrom('kind', 'topics', 'images', 'weight', 'x_y', 'a-b'), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (pairs) => {
        const yaml = pairs
          .map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((x) => `  - ${x}`).join('\n')}` : `${k}: ${v}`))
          .join('\n');
        const fast = fastFrontMatter(yaml);
        if (fast === null) return true;
        let slow: unknown;
        try {
          slow = parse(yaml, { uniqueKeys: true });
        } catch {
          return false;
        }
        expect(fast).toEqual(slow);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
