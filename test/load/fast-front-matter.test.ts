// The fast front-matter path gives exactly what the YAML parser gives, or steps aside (null).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUT_DEFAULTS } from '../../src/cli/actions/lint.js';
import { splitFrontMatter, TEMPLATE_EXTENSIONS, walk } from '../../src/load/files.js';
import { defaultPolicy } from '../../src/load/policy.js';
import { fastFrontMatter, fastTemplateFrontMatter, flow, scalar, splitTemplate } from '../../src/load/fast-front-matter.js';
import { frontMatterSchema } from '../../src/model/template.js';

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

/** The fast front matter as first written, line by line with regular expressions: the offset walk must agree. */
function byLines(yaml: string): Record<string, unknown> | null {
  const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
  const ITEM = /^[ \t]+-[ \t]+(.*)$/;
  const skipped = (line: string) => /^[ \t]*(?:#|$)/.test(line) || !/\S/.test(line);
  const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  const data: Record<string, unknown> = {};
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = withoutCr(lines[i]!);
    if (skipped(line)) continue;
    const m = KEY.exec(line);
    if (!m) return null;
    const key = m[1]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || Object.hasOwn(data, key)) return null;
    const raw = (m[2] ?? '').trim();
    if (!raw || raw.startsWith('#')) {
      const items: unknown[] = [];
      let indent: string | null = null;
      while (i + 1 < lines.length) {
        const next = withoutCr(lines[i + 1]!);
        if (skipped(next)) {
          i++;
          continue;
        }
        const item = ITEM.exec(next);
        if (!item) break;
        const own = /^[ \t]*/.exec(next)![0];
        if (indent === null) indent = own;
        else if (own !== indent) return null;
        const v = scalar(item[1]!, false);
        if (v === undefined) return null;
        items.push(v);
        i++;
      }
      if (items.length === 0) return null;
      data[key] = items;
    } else if (raw.startsWith('[')) {
      const list = flow(raw);
      if (!list) return null;
      data[key] = list;
    } else {
      const v = scalar(raw, false);
      if (v === undefined) return null;
      data[key] = v;
    }
  }
  return Object.keys(data).length ? data : null;
}

describe('fast front matter by offsets', () => {
  it.each([
    ['CRLF lines', 'kind: story\r\nimages:\r\n  - a\r\n  - b\r\n'],
    ['a trailing newline and blank lines', '\nkind: story\n\n   \n# note\ntopics: [tea]\n'],
    ['items with comments and blanks between', 'images:\n  - a\n\n  # x\n  - b\nkind: story'],
    ['items indented differently', 'images:\n  - a\n\t- b'],
    ['items indented by a tab, then spaces', 'images:\n\t- a\n\t - b'],
    ['a first item indented further than the next', 'images:\n\t - a\n\t- b'],
    ['items indented alike', 'images:\n \t - a\n \t - b\nkind: story'],
    ['a key without a value at the end', 'kind: story\nimages:'],
    ['a line separator in a value', 'kind: sto\u2028ry'],
    ['a carriage return inside an item', 'images:\n  - a\rb'],
    ['a colon glued to the value', 'kind:story'],
    ['a space before the colon', 'kind : story'],
    ['a full-width space line', 'kind: story\n\u3000\ntopics: [tea]'],
    ['an empty document', ''],
  ])('reads %s as the line-by-line reading did', (_, yaml) => {
    expect(fastFrontMatter(yaml)).toEqual(byLines(yaml));
  });

  it('agrees with the line-by-line reading on any front matter', () => {
    const piece = fc.constantFrom('kind', 'images', 'a-b', '_x', '9k', ':', ': ', ':\t', ' ', '\t', '  - ', '\t- ', '-', '#', ' # c', '\n', '\r\n', '\r', '\u2028', '\u3000', 'story', '[tea, x]', '"q"', '0.5', '窗台');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const yaml = pieces.join('');
        expect(fastFrontMatter(yaml)).toEqual(byLines(yaml));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the zod-free template path of persona lint', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const library = walk(join(root, 'templates'), TEMPLATE_EXTENSIONS).map((file) => readFileSync(file, 'utf8'));

  it('splits a file exactly as splitFrontMatter does', () => {
    for (const text of library) expect(splitTemplate(text)).toEqual(splitFrontMatter(text));
    const piece = fc.constantFrom('---', '...', '----', '--- ', '---\r', '\n', '\r\n', 'kind: story', '', ' ', 'x', '.. .');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(splitTemplate(text)).toEqual(splitFrontMatter(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('checks front matter as frontMatterSchema does, or leaves it to the schema', () => {
    let fast = 0;
    for (const text of library) {
      const split = splitFrontMatter(text);
      if (typeof split !== 'object') continue;
      const data = fastFrontMatter(split.yaml);
      const checked = data && fastTemplateFrontMatter(data);
      if (!checked) continue;
      fast++;
      expect(checked).toEqual(frontMatterSchema.parse(data));
    }
    // Every template of the bundled library takes the fast path: posts, chat stages and cases, seasons.
    expect(fast).toBe(library.length);
    const odd = fc.oneof(fc.constant(''), fc.constant('Tea'), fc.double({ min: -2, max: 3 }), fc.integer({ min: -2, max: 60 }), fc.boolean());
    /** Mostly good values, sometimes a wrong one. */
    const mostly = <T,>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: odd, weight: 1 });
    const list = (...good: string[]) => fc.array(mostly(fc.constantFrom(...good)), { maxLength: 3 });
    const frontMatter = fc.record(
      {
        kind: mostly(fc.constantFrom('lifestyle', 'expertise', 'interaction', 'story', 'product', 'live', 'chat')),
        locale: mostly(fc.constantFrom('zh-CN', 'en')),
        topics: list('tea', 'running', 'a-b'),
        products: list('tea', 'longjing'),
        images: list('窗台上的杯子', 'a cup'),
        salesiness: mostly(fc.double({ min: -0.1, max: 1.1, noNaN: true })),
        cooldownDays: mostly(fc.oneof({ arbitrary: fc.integer({ min: -1, max: 60 }), weight: 4 }, { arbitrary: fc.double({ min: 0, max: 10 }), weight: 1 })),
        weight: mostly(fc.double({ min: -0.5, max: 5, noNaN: true })),
        time: mostly(fc.constantFrom('morning', 'noon', 'evening', 'any', 'night')),
        extra: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.constantFrom<[string, unknown]>(['other', 1], ['stages', 'greeting']), weight: 1 }),
      },
      { requiredKeys: ['kind', 'locale', 'extra'] },
    ).map(({ extra, ...data }) => (extra ? { ...data, [extra[0]]: extra[1] } : data) as Record<string, unknown>);
    // Stages and cases mostly where they belong (a chat template), seasons in either locale's words.
    const chatParts = fc.record(
      {
        stage: mostly(fc.constantFrom('greeting', 'objection', 'after-sale', 'live-invite', 'farewell')),
        case: mostly(fc.constantFrom('too-expensive', 'day-3', 'day-14', 'not-now', 'someday')),
        season: fc.oneof(mostly(fc.constantFrom('立冬', '中秋节', 'christmas', 'thanksgiving', '')), list('立冬', '冬至', 'christmas', 'mothers-day')),
        days: fc.array(mostly(fc.constantFrom('mon', 'sat', 'sun')), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const withParts = fc.tuple(frontMatter, chatParts, fc.integer({ min: 0, max: 9 })).map(([data, parts, roll]) => {
      const { stage, case: sub, season, days } = parts;
      const own: Record<string, unknown> = { ...data, ...(season !== undefined && roll < 4 ? { season } : {}), ...(days !== undefined && roll > 6 ? { days } : {}) };
      if (own.kind === 'chat' || roll === 9) Object.assign(own, stage !== undefined ? { stage } : {}, sub !== undefined && roll % 2 === 0 ? { case: sub } : {});
      return own;
    });
    const kinds = new Set<string>();
    let accepted = 0;
    fc.assert(
      fc.property(withParts, (data) => {
        const checked = fastTemplateFrontMatter(data);
        const slow = frontMatterSchema.safeParse(data);
        if (!checked) return;
        accepted++;
        kinds.add(`${checked.kind}${checked.case ? '+case' : ''}${checked.days ? '+days' : ''}${checked.season.length ? '+season' : ''}`);
        expect(slow.success).toBe(true);
        expect(checked).toEqual(slow.success ? slow.data : null);
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
    // The fast path answers for chat stages with cases and for seasonal posts too, not only plain posts.
    expect(kinds).toContain('chat+case');
    expect([...kinds].some((k) => k.endsWith('+season'))).toBe(true);
    expect([...kinds].some((k) => k.includes('+days'))).toBe(true);
  });

  it('lints a templates folder alone with the policy defaults', () => {
    const policy = defaultPolicy();
    expect({ personas: policy.personas, templates: policy.templates, builtinTemplates: policy.builtinTemplates }).toEqual(LAYOUT_DEFAULTS);
    expect({ bannedWords: policy.bannedWords, rules: policy.lint.rules, ceilings: policy.lint.ceilings }).toEqual({ bannedWords: [], rules: {}, ceilings: {} });
  });
});
