// The static text of a template body: positions through front matter and the Handlebars AST, pick variants,
// whole posts, comments and variables; and the fast scanner gives exactly what Handlebars gives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lint/scan-body.js';
import { unitsOf } from '../../src/lint/units.js';
import { visualLines } from '../../src/lint/rules/length.js';
import { GAP, parseBody as parseWith, scanStaticText, staticText, type StaticText } from '../../src/lint/static-text.js';

const parseBody = (body: string) => parseWith(body, (b) => Handlebars.parseWithoutProcessing(b));
import { splitFrontMatter } from '../../src/load/template.js';

const BODY_LINE = 10;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.hbs') ? [full] : [];
  });
}

function view(ast: hbs.AST.Program) {
  return viewOf(staticText(ast, BODY_LINE));
}

function viewOf(st: StaticText) {
  return {
    text: st.text,
    wholeUnits: st.units,
    posts: Array.from({ length: st.postCount }, (_, k) => st.post(k)),
    units: Array.from({ length: st.postCount }, (_, k) => st.unitsOfPost(k)),
    comments: st.comments,
    variables: st.variables,
    positions: [...st.text].map((_, i) => st.positionOf(i)),
    membership: Array.from({ length: st.postCount }, (_, k) => [...st.text].map((_, i) => st.inPost(i, k))),
    widestBound: st.linesBoundOfWidest(),
    widest: st.widestPost(),
  };
}

const library = fileURLToPath(new URL('../../templates', import.meta.url));
const bodies = files(library).map((f) => {
  const split = splitFrontMatter(readFileSync(f, 'utf8'));
  return [f.slice(library.length + 1), typeof split === 'object' ? split.body : ''] as const;
});

describe('static text', () => {
  const body = '早上好{{!-- note --}}\n{{#pick}}立即下单！{{or}}  想了解的可以问我{{/pick}}\n适合{{join product.audience "、"}}的人{{emoji "☕"}}\n{{signature}}';
  const st = staticText(parseBody(body), BODY_LINE);

  it('keeps every pick variant, one per line, and stands variables in as a gap', () => {
    expect(st.text).toBe(`早上好\n${GAP}立即下单！\n  想了解的可以问我${GAP}\n适合${GAP}的人${GAP}☕${GAP}\n${GAP}`);
  });

  it('maps offsets to file line and column (1-based, after the front matter)', () => {
    const at = (needle: string) => st.positionOf(st.text.indexOf(needle));
    expect(at('早上好')).toEqual({ line: 10, column: 1 });
    expect(at('立即下单')).toEqual({ line: 11, column: 10 });
    expect(at('想了解')).toEqual({ line: 11, column: 23 });
    expect(at('适合')).toEqual({ line: 12, column: 1 });
    expect(at('☕')).toEqual({ line: 12, column: 43 });
    expect(body.split('\n')[2]!.slice(42, 43)).toBe('☕');
  });

  it('builds whole posts, one variant of each pick per post', () => {
    expect([st.post(0), st.post(1)]).toEqual([`早上好\n立即下单！\n适合${GAP}的人☕\n${GAP}`, `早上好\n想了解的可以问我\n适合${GAP}的人☕\n${GAP}`]);
    expect(st.postCount).toBe(2);
    expect([st.unitsOfPost(0), st.unitsOfPost(1)]).toEqual([unitsOf(st.post(0)), unitsOf(st.post(1))]);
    const offer = st.text.indexOf('立即');
    const soft = st.text.indexOf('想了解');
    expect([st.inPost(offer, 0), st.inPost(offer, 1), st.inPost(soft, 0), st.inPost(soft, 1)]).toEqual([true, false, false, true]);
  });

  it('bounds the phone lines of each post without building it', () => {
    for (const [, body] of [...bodies, ['long', `${'今天早上去河边跑步，'.repeat(9)}\n{{#pick}}${'a'.repeat(90)}{{or}}b{{/pick}}\n\n结尾`] as const]) {
      const whole = staticText(parseBody(body), 1);
      for (let k = 0; k < whole.postCount; k++) {
        expect(visualLines(whole.post(k))).toBeLessThanOrEqual(whole.linesBoundOfPost(k));
        expect(whole.linesBoundOfPost(k)).toBeLessThanOrEqual(whole.linesBound());
      }
    }
  });

  it('bounds the phone lines when variables stand side by side (found by the property below, seed 1966048982)', () => {
    const whole = staticText(parseBody('今天早上去河边跑步 {{persona.name}}{{persona.name}}今天早上去河边跑步'), 1);
    expect(visualLines(whole.post(0))).toBeLessThanOrEqual(whole.linesBoundOfPost(0));
  });

  it('bounds the phone lines of any body: generated picks, branches, whitespace control and variables', () => {
    const words = fc.constantFrom('今天早上去河边跑步', 'a quiet walk home along the canal', '下雨了', ' ', '\n', '\n\n\n', '  \n', '{{persona.name}}', '{{emoji "☕"}}', '{{pick "甲" "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙"}}');
    const text = fc.array(words, { maxLength: 6 }).map((w) => w.join(''));
    const body: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('pick'), tie('branch')),
      pick: fc.tuple(fc.boolean(), fc.array(fc.array(tie('node'), { maxLength: 3 }).map((n) => (n as string[]).join('')), { minLength: 1, maxLength: 4 })).map(([tight, vs]) => (tight ? `{{~#pick~}}${vs.join('{{~or~}}')}{{~/pick~}}` : `{{#pick}}${vs.join('{{or}}')}{{/pick}}`)),
      branch: fc.tuple(fc.array(tie('node'), { maxLength: 2 }), fc.array(tie('node'), { maxLength: 2 })).map(([a, b]) => `{{#if product}}${(a as string[]).join('')}{{else}}${(b as string[]).join('')}{{/if}}`),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 4 }), (parts) => {
        const whole = staticText(parseBody(parts.join('')), 1);
        expect(whole.units).toBe(unitsOf(whole.text));
        for (let k = 0; k < whole.postCount; k++) {
          expect(visualLines(whole.post(k))).toBeLessThanOrEqual(whole.linesBoundOfPost(k));
          expect(whole.linesBoundOfPost(k)).toBeLessThanOrEqual(whole.linesBound());
          expect(whole.unitsOfPost(k)).toBeCloseTo(unitsOf(whole.post(k)), 6);
        }
        expect(visualLines(whole.widestPost())).toBeLessThanOrEqual(whole.linesBoundOfWidest());
        expect(whole.linesBoundOfWidest()).toBeLessThanOrEqual(whole.linesBound());
      }),
      { numRuns: 1500 },
    );
  });

  it('counts the bound of every post as the text is built, as a pass over a body without alternatives counts it', () => {
    const piece = fc.constantFrom('今天早上去河边跑步，', 'a quiet walk home along the canal ', '\n', '\n\n', '{{persona.name}}', '{{signature}}', '{{emoji "☕"}}', '{{! note }}', '{{#if product}}有货{{/if}}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const whole = staticText(parseBody(pieces.join('')), 1);
        expect(whole.linesBound()).toBe(whole.linesBoundOfPost(0));
      }),
      { numRuns: 500 },
    );
  });

  it('counts the units of each post without building it', () => {
    for (const [, body] of bodies) {
      const whole = staticText(parseBody(body), 1);
      for (let k = 0; k < whole.postCount; k++) expect(whole.unitsOfPost(k)).toBeCloseTo(unitsOf(whole.post(k)), 6);
    }
  });

  it('collects comments and the variables with the paths they read', () => {
    expect(st.comments).toEqual([{ value: ' note ', start: { line: 10, column: 4 }, end: { line: 10, column: 19 } }]);
    expect(st.variables.map((v) => v.paths)).toEqual([['join', 'product.audience'], ['emoji'], ['persona.voice.signature', 'signature']]);
  });

  it('reads {{#each}} items as the list they iterate', () => {
    const each = staticText(parseBody('{{#each product.points}}{{this}}、{{/each}}'), 1);
    expect(each.variables.map((v) => v.paths)).toEqual([['product.points']]);
  });
});

describe('fast scanner', () => {
  it.each(bodies)('gives what Handlebars gives for the bundled %s', (_, body) => {
    const fast = scanBody(body);
    expect(fast).not.toBeNull();
    expect(view(fast as unknown as hbs.AST.Program)).toEqual(view(Handlebars.parseWithoutProcessing(body)));
  });

  it.each([
    ['whitespace control', 'a {{~#pick~}} b {{~or~}} c {{~/pick~}} d'],
    ['else branches', '{{#if product.audience.length}}适合{{lookup product.audience 0}}{{else}}谁都行{{/if}}'],
    ['hash arguments', '{{emoji "🌿" rich=true}} {{formatDate event.at "h:mm a"}}'],
    ['comments with dashes', '{{!-- persona-lint-disable-next-line cta -- a -- b --}}\n{{! short }}x'],
    ['nested picks', '{{#pick}}a{{#pick}}b{{or}}c{{/pick}}{{or}}d{{/pick}}'],
    ['multi-line text', '第一行\n\n第三行 {{persona.name}}\n'],
  ])('matches Handlebars on %s', (_, body) => {
    const fast = scanBody(body);
    expect(fast).not.toBeNull();
    expect(view(fast as unknown as hbs.AST.Program)).toEqual(view(Handlebars.parseWithoutProcessing(body)));
  });

  it.each([
    ['a subexpression', '{{join (lookup product.points 0) "、"}}'],
    ['a partial', '{{> footer}}'],
    ['an escaped mustache', 'literal \\{{name}}'],
    ['an unclosed block', '{{#pick}}a{{or}}b'],
    ['a mismatched close', '{{#pick}}a{{/if}}'],
    ['chained else', '{{#if a}}x{{else if b}}y{{/if}}'],
    ['a triple stash', '{{{persona.name}}}'],
    ['a full-width space in a mustache (the scanner once looped on it)', '{{persona.name\u3000}}'],
    ['a no-break space between arguments', '{{join product.audience\u00a0"、"}}'],
  ])('leaves %s to Handlebars', (_, body) => {
    expect(scanBody(body)).toBeNull();
  });

  it('reports syntax errors through Handlebars', () => {
    expect(() => parseBody('{{#pick}}a{{/if}}')).toThrow(/Parse error|doesn't match/);
  });
});

describe('static text straight from the body', () => {
  /** The direct path, and the tree path through both parsers; all three must agree. */
  const expectSame = (body: string) => {
    const direct = scanStaticText(body, BODY_LINE);
    expect(direct).not.toBeNull();
    const expected = view(Handlebars.parseWithoutProcessing(body));
    expect(viewOf(direct!)).toEqual(expected);
    expect(view(scanBody(body) as unknown as hbs.AST.Program)).toEqual(expected);
  };

  it.each(bodies)('gives what the tree gives for the bundled %s', (_, body) => expectSame(body));

  it.each([
    ['plain text', '今天早上去河边跑步\n回来泡了一壶茶'],
    ['whitespace control', 'a {{~#pick~}} b {{~or~}} c {{~/pick~}} d\n{{~persona.name~}}'],
    ['else branches', '{{#if product.audience.length}}适合{{lookup product.audience 0}}{{else}}谁都行{{/if}}'],
    ['an empty else', '{{#if product}}有货{{else}}{{/if}}结尾'],
    ['hash arguments', '{{emoji "🌿" rich=true}} {{formatDate event.at "h:mm a"}}'],
    ['comments with dashes', '{{!-- persona-lint-disable-next-line cta -- a -- b --}}\n{{! short }}x'],
    ['nested picks', '{{#pick}}a{{#pick}}b{{or}}c{{/pick}}{{or}}d{{/pick}}'],
    ['a pick inside a branch', '{{#if product}}{{#pick}}立即下单{{or}}问我{{/pick}}{{else}}{{pick "甲" "乙" "丙"}}{{/if}}'],
    ['an empty pick', '{{#pick}}{{/pick}}{{#pick}}{{or}}{{/pick}}'],
    ['text helpers with several strings', '{{pick "限时" "今天" x}} {{emoji "☕" "🌿" "🍵"}} {{pick y}}'],
    ['each with this', '{{#each product.points}}{{this}}、{{.}}{{/each}}{{this}}'],
    ['each with else', '{{#each product.points}}{{this}}{{else}}{{this}}无{{/each}}'],
    ['a block helper standing for a variable', '前{{#withProduct product.name "x"}}里{{signature}}{{/withProduct}}后'],
    ['persona field helpers', '{{signature}}\n{{phrase 0}} {{@index}}'],
    ['multi-line text and mustaches', '第一行\n\n第三行 {{persona.name}}\n{{#pick}}\n  甲\n{{or}}\n  乙\n{{/pick}}\n'],
    ['a string spanning lines', '{{pick "第一\n第二" "乙"}}尾'],
  ])('matches the tree on %s', (_, body) => expectSame(body));

  it.each([
    ['{{or}} outside a pick', 'a{{or}}b'],
    ['{{or}} with arguments', '{{#pick}}a{{or x}}b{{/pick}}'],
    ['{{or}} in a branch inside a pick', '{{#pick}}{{#if x}}a{{or}}b{{/if}}{{/pick}}'],
    ['an else in a pick', '{{#pick}}a{{else}}b{{/pick}}'],
    ['a subexpression', '{{join (lookup product.points 0) "、"}}'],
    ['an unclosed block', '{{#pick}}a{{or}}b'],
  ])('leaves %s to the tree path', (_, body) => {
    expect(scanStaticText(body, BODY_LINE)).toBeNull();
  });

  it('leaves out what Handlebars leaves out around a comment alone on its line, so directives add no blank lines', () => {
    const text = fc.constantFrom('今天早上去河边跑步', 'a quiet walk', ' ', '\n', '\n\n', '  \n', '\n  ', '\t', '，');
    const comment = fc.constantFrom('{{! note }}', '{{!-- persona-lint-disable-next-line cta -- reason --}}');
    fc.assert(
      fc.property(fc.array(fc.oneof(text, comment), { minLength: 1, maxLength: 8 }), (parts) => {
        const body = parts.join('');
        const rendered = Handlebars.compile(body)({});
        expect(scanStaticText(body, BODY_LINE)!.text, JSON.stringify(body)).toBe(rendered);
        expect(staticText(Handlebars.parse(body), BODY_LINE).text, JSON.stringify(body)).toBe(rendered);
      }),
      { numRuns: 1000 },
    );
    const body = '今天早上去河边跑步\n{{!-- persona-lint-disable-next-line cta -- 顾客原话 --}}\n回来泡了一壶茶';
    const st = scanStaticText(body, BODY_LINE)!;
    expect(st.text).toBe('今天早上去河边跑步\n回来泡了一壶茶');
    // Positions still point into the file: 回 is on the body's third line.
    expect(st.positionOf(st.text.indexOf('回'))).toEqual({ line: BODY_LINE + 2, column: 1 });
  });

  it('matches the tree on any body built from what templates use', () => {
    const text = fc.constantFrom('今天早上去河边跑步', 'a quiet walk home', '限时秒杀，立即下单！', '下雨了', ' ', '\n', '\n\n', '  \n', '、');
    const tilde = fc.constantFrom('', '~');
    const mustache = fc
      .tuple(tilde, fc.constantFrom('persona.name', 'product.name', 'signature', 'phrase 0', 'emoji "☕"', 'emoji "☕" "🌿"', 'pick "甲" "乙乙"', 'join product.audience "、"', 'formatDate event.at "h:mm a"', 'this', '@index'), tilde)
      .map(([a, inside, b]) => `{{${a}${inside}${b}}}`);
    const comment = fc.constantFrom('{{! note }}', '{{!-- persona-lint-disable-next-line cta --}}', '{{~!-- a -- b --~}}');
    const body: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, mustache, comment, tie('pick'), tie('branch'), tie('each')),
      nodes: fc.array(tie('node'), { maxLength: 3 }).map((n) => (n as string[]).join('')),
      pick: fc.tuple(tilde, fc.array(tie('nodes'), { minLength: 1, maxLength: 4 }), tilde).map(([a, vs, b]) => `{{${a}#pick${b}}}${(vs as string[]).join(`{{${a}or${b}}}`)}{{${a}/pick${b}}}`),
      branch: fc
        .tuple(fc.constantFrom('if product', 'unless product.points', 'with persona'), tie('nodes'), fc.option(tie('nodes')))
        .map(([open, a, b]) => `{{#${open}}}${a as string}${b === null ? '' : `{{else}}${b as string}`}{{/${open.split(' ')[0]}}}`),
      each: tie('nodes').map((n) => `{{#each product.points}}${n as string}{{/each}}`),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 5 }), (parts) => expectSame(parts.join(''))),
      { numRuns: 1000 },
    );
  });
});
