// The direct renderer must give exactly what Handlebars gives — the same text for the same seed, the same
// problem at the same place — or step aside. Handlebars alone (`direct: false`) is the reference throughout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy } from '../../src/load/policy.js';
import { loadTemplateFile, walk } from '../../src/load/workspace.js';
import { productsFor, templateFits } from '../../src/model/fit.js';
import type { Persona } from '../../src/model/persona.js';
import type { Template } from '../../src/model/template.js';
import { makeContext, type RenderContext } from '../../src/render/context.js';
import { createRenderer, KNOWN_HELPERS, tryRender } from '../../src/render/engine.js';
import { interpretable } from '../../src/render/interpret.js';
import { makePersonaYaml } from '../helpers/persona-yaml.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const direct = createRenderer();
const reference = createRenderer({ direct: false });

type Body = Pick<Template, 'id' | 'file' | 'body' | 'bodyLine'>;

/** Both renderers' answers for one body, context and seed: the text, or the problem (code, line, column, message). */
function both(template: Body, ctx: RenderContext, seed: string) {
  const answer = (renderer: typeof direct) => {
    const c = renderer.compile(template);
    if (!c.ok) return { compile: c.problem };
    const r = tryRender(c.render, ctx, seed);
    return r.ok ? { text: r.text } : { problem: r.problem };
  };
  return { direct: answer(direct), reference: answer(reference) };
}

function examplePersonas(): Persona[] {
  return walk(join(ROOT, 'personas'), ['.yaml']).flatMap((file) => {
    const r = parsePersona(readFileSync(file, 'utf8'), file, defaultPolicy());
    return r.ok ? [r.value] : [];
  });
}

const interpretedHelpers = Object.fromEntries(['pick', 'or', 'emoji', 'formatDate', 'signature', 'phrase', 'join', 'if', 'unless', 'lookup'].map((h) => [h, () => '']));

describe('the direct renderer', () => {
  const personas = examplePersonas();
  const templates = walk(join(ROOT, 'templates'), ['.hbs', '.md']).flatMap((file) => loadTemplateFile(file, join(ROOT, 'templates'), ROOT).template ?? []);

  it('covers the whole bundled library (so Handlebars compiles none of it to JavaScript)', () => {
    expect(templates.length).toBeGreaterThan(600);
    const outside = templates.filter((t) => !interpretable(Handlebars.parse(t.body), interpretedHelpers, new Set(KNOWN_HELPERS))).map((t) => t.id);
    expect(outside).toEqual([]);
  });

  it('renders every bundled template for every example persona it fits exactly as Handlebars does', () => {
    let compared = 0;
    for (const template of templates) {
      for (const persona of personas.filter((p) => templateFits(template, p))) {
        const product = template.kind === 'product' || template.kind === 'live' || template.kind === 'chat' ? productsFor(template, persona)[0] : undefined;
        const event = product ? persona.events.find((e) => e.product === product.id) : undefined;
        for (const [day, seed] of [['2026-12-01', 'a'], ['2026-12-05', 'b'], ['2027-02-17', 'c']] as const) {
          const ctx = makeContext({ persona, isoDate: day, ...(product ? { product } : {}), ...(event ? { event } : {}), contact: { name: '王姐' } });
          const r = both(template, ctx, `${seed}/${persona.id}`);
          expect(r.direct, `${template.id} for ${persona.id} on ${day}`).toEqual(r.reference);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  const linCha = (() => {
    const r = parsePersona(makePersonaYaml({ voice: { emoji: 'rich' } }), 'personas/lin-cha.yaml', defaultPolicy());
    if (!r.ok) throw new Error('fixture persona is invalid');
    return r.value;
  })();
  const withProduct = makeContext({ persona: linCha, isoDate: '2026-12-02', product: linCha.products[0]! });
  const without = makeContext({ persona: linCha, isoDate: '2026-12-02' });

  // Inside the subset, at its edges, and outside it (where Handlebars renders): the same answer either way.
  it.each([
    ['text only', 'just words\n'],
    ['a variable', '{{persona.name}} 今天'],
    ['a missing variable', '今天 {{persona.nme}}'],
    ['a missing head', '{{product.name}}'],
    ['a property of a string', '{{persona.name.length}}'],
    ['a prototype property', '{{persona.toString}}'],
    ['an array', '{{persona.interests}}'],
    ['if / else with and without a product', '{{#if product}}有 {{product.name}}{{else}}没有{{/if}}'],
    ['if on a missing head in a parameter', '{{#if product.name}}x{{/if}}'],
    ['unless', '{{#unless product}}none{{/unless}}'],
    ['else if chains', '{{#if product}}p{{else if persona.name}}n{{else}}z{{/if}}'],
    ['pick with variants and nested helpers', '{{#pick}}早{{emoji "🍵"}}{{or}}{{phrase}} 好{{or}}{{#if product}}{{product.name}}{{/if}}{{/pick}}'],
    ['nested picks', '{{#pick}}a{{#pick}}b{{or}}c{{/pick}}{{or}}d{{/pick}} {{pick "x" "y" "z"}}'],
    ['or outside pick', 'a {{or}} b'],
    ['emoji with a hash', '{{emoji "🌿" "✨" rich=true}}{{emoji "☕"}}'],
    ['formatDate', '{{formatDate "M月D日"}} {{formatDate "2026-02-30" "YYYY"}} {{formatDate "bad" "YYYY"}}'],
    ['join and lookup', '{{join persona.interests " / "}} {{lookup persona.interests 0}} {{lookup persona.interests 99}}'],
    ['signature', '{{signature}}'],
    ['a comment and whitespace control', '{{!-- note --}}\n{{#if product}}\n  line\n{{/if}}\n  {{~persona.name~}}  end'],
    ['each (left to Handlebars)', '{{#each persona.interests}}[{{this}} {{@index}}]{{/each}}'],
    ['with (left to Handlebars)', '{{#with persona}}{{name}}{{/with}}'],
    ['@root and this (left to Handlebars)', '{{@root.persona.name}} {{this.persona.name}}'],
    ['a sub-expression (left to Handlebars)', '{{join (lookup persona "interests") "+"}}'],
    ['a literal path', '{{"persona"}}'],
  ])('%s', (_, body) => {
    const template = { id: 'zh-CN/lifestyle/edge', file: 'templates/zh-CN/lifestyle/edge.hbs', body, bodyLine: 6 };
    for (const ctx of [withProduct, without]) {
      for (const seed of ['s1', 's2', 's3']) {
        const r = both(template, ctx, seed);
        expect(r.direct).toEqual(r.reference);
      }
    }
  });

  it('agrees with Handlebars on random bodies made of the subset and a little beyond', () => {
    const variable = fc.constantFrom('persona.name', 'persona.nme', 'product.name', 'product', 'weekday', 'date', 'persona.voice.signature', 'persona.interests', 'series.name');
    const atom = fc.oneof(
      fc.constantFrom('茶', ' ', '\n', 'a', '！', '{{or}}', '{{signature}}', '{{phrase}}', '{{emoji "🍵" "🌿"}}', '{{pick "x" "y"}}', '{{formatDate "M/D"}}', '{{lookup persona.interests 1}}', '{{#each persona.interests}}{{this}}{{/each}}'),
      variable.map((v) => `{{${v}}}`),
    );
    const body: fc.Arbitrary<string> = fc.letrec<{ body: string }>((tie) => ({
      body: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.array(atom, { maxLength: 5 }).map((xs) => xs.join('')),
        fc.tuple(tie('body'), tie('body')).map(([a, b]) => `{{#pick}}${a}{{or}}${b}{{/pick}}`),
        fc.tuple(variable, tie('body'), fc.option(tie('body'))).map(([v, a, b]) => `{{#if ${v}}}${a}${b === null ? '' : `{{else}}${b}`}{{/if}}`),
        fc.tuple(tie('body'), tie('body')).map(([a, b]) => a + b),
      ),
    })).body;
    fc.assert(
      fc.property(body, fc.boolean(), fc.string({ maxLength: 4 }), (text, product, seed) => {
        const template = { id: 'zh-CN/story/random', file: 'templates/zh-CN/story/random.hbs', body: text || 'x', bodyLine: 6 };
        const r = both(template, product ? withProduct : without, seed);
        expect(r.direct).toEqual(r.reference);
      }),
      { numRuns: 400 },
    );
  });
});
