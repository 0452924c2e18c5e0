// Golden renders: the test templates under fixtures/ rendered for the two fixture personas (zh-CN and en).
// Regenerate on purpose with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplateFile, walk } from '../../src/load/workspace.js';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy } from '../../src/load/policy.js';
import type { Persona } from '../../src/model/persona.js';
import type { Template } from '../../src/model/template.js';
import { makeContext } from '../../src/render/context.js';
import { createRenderer } from '../../src/render/engine.js';
import { FIXTURE_REPO } from '../helpers/repo.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const TEMPLATES = join(HERE, 'fixtures', 'templates');
const GOLDEN = join(HERE, 'golden');
/** A Friday: lin-cha's series day, the day after her live stream is announced for. */
const DATE = '2026-12-04';

function persona(id: string): Persona {
  const r = parsePersona(readFileSync(join(FIXTURE_REPO, 'personas', `${id}.yaml`), 'utf8'), `personas/${id}.yaml`, defaultPolicy());
  if (!r.ok) throw new Error(`fixture persona ${id} is invalid`);
  return r.value;
}

const linCha = persona('lin-cha');
const grace = persona('grace');
const graceRich: Persona = { ...grace, voice: { ...grace.voice, emoji: 'rich' } };
const linChaPlain: Persona = { ...linCha, voice: { ...linCha.voice, emoji: 'none', phrases: [] } };

const templates: Template[] = walk(TEMPLATES, ['.hbs']).map((file) => {
  const r = loadTemplateFile(file, TEMPLATES);
  if (!r.template) throw new Error(`fixture template ${file} is invalid`);
  return r.template;
});

interface Variant {
  label: string;
  persona: Persona;
  seed: string;
  series?: boolean;
}

const VARIANTS: Record<string, Variant[]> = {
  'zh-CN': [
    { label: 'lin-cha, seed a', persona: linCha, seed: 'a' },
    { label: 'lin-cha, seed b', persona: linCha, seed: 'b' },
    { label: 'lin-cha as a series post', persona: linCha, seed: 'a', series: true },
    { label: 'lin-cha with emoji none and no phrases', persona: linChaPlain, seed: 'a' },
  ],
  en: [
    { label: 'grace (emoji none), seed a', persona: grace, seed: 'a' },
    { label: 'grace (emoji none), seed b', persona: grace, seed: 'b' },
    { label: 'grace with emoji rich', persona: graceRich, seed: 'a' },
  ],
};

function renderAll(template: Template): string {
  const renderer = createRenderer();
  const compiled = renderer.compile(template);
  if (!compiled.ok) throw new Error(`${template.file} does not compile`);
  const sections: string[] = [];
  for (const v of VARIANTS[template.locale]!) {
    const series = v.series ? v.persona.series.find((s) => template.topics.includes(s.topic)) : undefined;
    if (v.series && !series) continue;
    const product = template.kind === 'product' || template.kind === 'live' ? v.persona.products[0] : undefined;
    const ctx = makeContext({
      persona: v.persona,
      isoDate: DATE,
      ...(product ? { product } : {}),
      ...(template.kind === 'live' ? { event: v.persona.events[0]! } : {}),
      ...(series ? { series } : {}),
    });
    sections.push(`=== ${v.label}\n${compiled.render(ctx, v.seed)}\n`);
  }
  return sections.join('\n');
}

describe('golden renders of the test templates', () => {
  it('there are templates of both locales and every kind the context changes for', () => {
    expect(templates.map((t) => `${t.locale}:${t.kind}`).sort()).toEqual(
      ['en:lifestyle', 'en:live', 'en:product', 'zh-CN:lifestyle', 'zh-CN:live', 'zh-CN:product', 'zh-CN:story'].sort(),
    );
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s', (id, template) => {
    const actual = renderAll(template);
    const file = join(GOLDEN, `${id}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
