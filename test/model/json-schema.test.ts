import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../../src/i18n/translate.js';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy, parsePolicy } from '../../src/load/policy.js';
import { parseTemplate } from '../../src/load/template.js';
import { INSTALLED_PERSONA_SCHEMA, JSON_SCHEMAS, personaYamlHeader, schemaJson, type SchemaName } from '../../src/model/json-schema.js';
import { personaSchema } from '../../src/model/persona.js';
import { policySchema } from '../../src/model/policy.js';
import { frontMatterSchema } from '../../src/model/template.js';
import { isValidJsonSchema, jsonSchemaValidator } from '../helpers/ajv.js';
import { makePersona } from '../helpers/persona-yaml.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NAMES = Object.keys(JSON_SCHEMAS) as SchemaName[];
const validatePersona = jsonSchemaValidator(JSON.parse(schemaJson('persona')));
const validateConfig = jsonSchemaValidator(JSON.parse(schemaJson('config')));

describe('the shipped JSON Schemas', () => {
  it.each(NAMES)('schemas/… for %s is what the zod schema generates (run `npm run build` after changing a schema)', (name) => {
    const file = join(ROOT, JSON_SCHEMAS[name].file);
    expect(readFileSync(file, 'utf8')).toBe(schemaJson(name));
  });

  it.each(NAMES)('%s is a valid draft-07 JSON Schema with a title', (name) => {
    const schema = JSON.parse(schemaJson(name)) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe(JSON_SCHEMAS[name].title);
    expect(isValidJsonSchema(schema)).toBe(true);
  });

  it('unknown keys are refused by the JSON Schema too (editors flag typos)', () => {
    expect(validatePersona(makePersona({ nmae: 'x' }))).toBe(false);
    expect(validatePersona(makePersona({ voice: { emjoi: 'light' } }))).toBe(false);
    expect(validateConfig({ densty: {} })).toBe(false);
  });
});

/** What zod enforces beyond a JSON Schema: refinements (custom issues) such as a real time zone or min ≤ max. */
function onlyRefinementsFail(value: unknown, schema: typeof personaSchema | typeof policySchema): boolean {
  const r = schema.safeParse(value);
  return !r.success && r.error.issues.every((i) => i.code === 'custom');
}

describe('zod and the JSON Schema agree', () => {
  it.each([
    ['a realistic persona', makePersona(), true],
    ['the persona with optional parts left out', makePersona({ team: undefined, series: undefined, density: undefined, events: undefined, voice: { phrases: undefined, avoid: undefined, signature: undefined } }), true],
    ['a wrong type', makePersona({ voice: { emoji: 3 } }), false],
    ['an unknown emoji level', makePersona({ voice: { emoji: 'lots' } }), false],
    ['an unsafe id', makePersona({ id: '../x' }), false],
    ['a malformed window', makePersona({ schedule: { windows: ['7:30-8:30'] } }), false],
    ['a share above 1', makePersona({ density: { maxMarketingShare: 1.5 } }), false],
    ['a fractional post count', makePersona({ schedule: { postsPerDay: { min: 1, max: 1.5 } } }), false],
    ['a missing field', makePersona({ timezone: undefined }), false],
    ['no windows at all', makePersona({ schedule: { windows: [] } }), false],
    ['a date-time without a date', makePersona({ events: [{ type: 'live', at: '20:00', title: 'x', product: 'longjing' }] }), false],
  ])('%s', (_name, value, valid) => {
    expect(personaSchema.safeParse(value).success).toBe(valid);
    expect(validatePersona(value)).toBe(valid);
  });

  it.each([
    ['an inverted window', makePersona({ schedule: { windows: ['21:00-20:00'] } })],
    ['a time zone that does not exist', makePersona({ timezone: 'Asia/Beijing' })],
    ['a day the calendar does not have', makePersona({ events: [{ type: 'live', at: '2026-02-30T20:00', title: 'x', product: 'longjing' }] })],
    ['min posts above max', makePersona({ schedule: { postsPerDay: { min: 3, max: 2 } } })],
    ['an event for an unknown product', makePersona({ events: [{ type: 'live', at: '2026-12-03T20:00', title: 'x', product: 'pu-er' }] })],
  ])('only zod catches %s (a refinement no JSON Schema keyword expresses)', (_name, value) => {
    expect(validatePersona(value)).toBe(true);
    expect(onlyRefinementsFail(value, personaSchema)).toBe(true);
  });

  // Field values people actually get wrong, mixed at random into the realistic persona.
  const pools = {
    id: ['lin-cha', 'a', 'Lin', '../x', '', 'a'.repeat(65), 7],
    locale: ['zh-CN', 'en', 'fr', null],
    timezone: ['Asia/Shanghai', 'UTC', 'asia/shanghai', 'CST', 8],
    emoji: ['none', 'light', 'rich', 'lots', true],
    window: ['07:30-08:30', '20:00-21:30', '21:00-20:00', '7:30-8:30', '24:00-24:30', 730],
    count: [0, 1, 2, 5, 1.5, -1, '1'],
    weight: [1, 3, 0.5, 0, -1, 'high'],
    share: [0, 0.1, 0.25, 1, 1.5, -0.1, '0.2'],
    weekday: ['mon', 'fri', 'sun', 'sunday', 'Fri', 1],
    at: ['2026-12-03T20:00', '2026-02-30T20:00', '2026-12-03 20:00', '20:00', 20],
    extra: [undefined, 1, 'x'],
  } as const;
  const pick = <K extends keyof typeof pools>(k: K) => fc.constantFrom(...(pools[k] as readonly unknown[]));
  const mutated = fc
    .record({
      id: pick('id'),
      locale: pick('locale'),
      timezone: pick('timezone'),
      emoji: pick('emoji'),
      windows: fc.array(pick('window'), { maxLength: 3 }),
      min: pick('count'),
      max: pick('count'),
      weight: pick('weight'),
      share: pick('share'),
      day: pick('weekday'),
      restDay: pick('weekday'),
      at: pick('at'),
      extra: pick('extra'),
    })
    .map((m) =>
      makePersona({
        id: m.id as string,
        locale: m.locale as string,
        timezone: m.timezone as string,
        voice: { emoji: m.emoji as string },
        interests: [{ topic: 'tea', weight: m.weight as number }],
        series: [{ name: '周五夜跑打卡', day: m.day as string, window: '20:00-21:00', topic: 'running' }],
        schedule: { windows: m.windows as string[], postsPerDay: { min: m.min as number, max: m.max as number }, restDays: [m.restDay as string] },
        density: { maxMarketingShare: m.share as number },
        events: [{ type: 'live', at: m.at as string, title: '冬天喝什么茶', product: 'longjing' }],
        ...(m.extra === undefined ? {} : { extra: m.extra as string }),
      }),
    );

  it('whatever zod accepts, the JSON Schema accepts; whatever the JSON Schema refuses, zod refuses (property)', () => {
    fc.assert(
      fc.property(mutated, (persona) => {
        const byZod = personaSchema.safeParse(persona).success;
        const bySchema = validatePersona(persona);
        if (byZod) expect(bySchema).toBe(true);
        if (bySchema && !byZod) expect(onlyRefinementsFail(persona, personaSchema)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the repo config and a front matter validate on both sides', () => {
    const config = parse(readFileSync(join(ROOT, 'test/fixtures/repo/persona.config.yaml'), 'utf8')) as unknown;
    expect(policySchema.safeParse(config).success).toBe(true);
    expect(validateConfig(config)).toBe(true);
    expect(frontMatterSchema.safeParse({ kind: 'lifestyle', locale: 'zh-CN', topics: ['tea'] }).success).toBe(true);
  });
});

describe('personaYamlHeader: the first line of a generated persona file', () => {
  it.each([
    ['personas', '../node_modules/persona/schemas/persona.schema.json'],
    ['./personas', '../node_modules/persona/schemas/persona.schema.json'],
    ['content/personas', '../../node_modules/persona/schemas/persona.schema.json'],
    ['personas/', '../node_modules/persona/schemas/persona.schema.json'],
    ['.', 'node_modules/persona/schemas/persona.schema.json'],
  ])('for personas in %s points at %s', (dir, path) => {
    expect(personaYamlHeader(dir)).toBe(`# yaml-language-server: $schema=${path}\n`);
  });

  it('can point at a schema file the content repo keeps itself', () => {
    expect(personaYamlHeader('personas', 'schemas/persona.schema.json')).toBe('# yaml-language-server: $schema=../schemas/persona.schema.json\n');
  });

  it('is a YAML comment, so the file still parses to the same persona', () => {
    const text = `${personaYamlHeader()}id: lin-cha\n`;
    expect(parse(text)).toEqual({ id: 'lin-cha' });
    expect(INSTALLED_PERSONA_SCHEMA.endsWith(JSON_SCHEMAS.persona.file)).toBe(true);
  });
});

describe('the README documents every field', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  /** Every property name of a JSON Schema, nested ones included. */
  function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(schema)) schema.forEach((s) => fieldNames(s, out));
    else if (schema && typeof schema === 'object') {
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && value && typeof value === 'object') Object.keys(value).forEach((k) => out.add(k));
        fieldNames(value, out);
      }
    }
    return out;
  }

  it.each(['persona', 'config'] as const)('every %s field appears as a key in the README', (name) => {
    const missing = [...fieldNames(JSON.parse(schemaJson(name)))].filter((field) => !new RegExp(`(^|[\\s{,-])${field}:`, 'm').test(readme));
    expect(missing).toEqual([]);
  });
});

describe('the README examples are valid', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  /** The fenced block of `lang` that follows `heading`. */
  function example(heading: string, lang: string): string {
    const from = readme.indexOf(heading);
    expect(from, heading).toBeGreaterThan(-1);
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(from));
    return m![1]!;
  }

  it('the annotated persona parses as personas/lin-cha.yaml', () => {
    const r = parsePersona(example('## Persona profiles', 'yaml'), 'personas/lin-cha.yaml', defaultPolicy());
    expect(r.ok ? [] : r.problems.map((p) => `${p.line}: ${en(p.message)}`)).toEqual([]);
  });

  it('the annotated persona.config.yaml parses', () => {
    const r = parsePolicy(example('## The team policy', 'yaml'), 'persona.config.yaml');
    expect(r.ok ? [] : r.problems.map((p) => `${p.line}: ${en(p.message)}`)).toEqual([]);
  });

  it('the annotated template parses and names every front matter field', () => {
    const text = example('## Templates', 'handlebars');
    const r = parseTemplate(text, 'templates/zh-CN/lifestyle/tea-morning.hbs', 'zh-CN/lifestyle/tea-morning');
    expect(r.ok ? [] : r.problems.map((p) => `${p.line}: ${en(p.message)}`)).toEqual([]);
    const fields = Object.keys(z.toJSONSchema(frontMatterSchema, { io: 'input', unrepresentable: 'any' }).properties ?? {});
    expect(fields.filter((f) => !new RegExp(`^#? ?${f}:`, 'm').test(text))).toEqual([]);
  });
});
