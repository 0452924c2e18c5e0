// Every bundled template renders strictly for every example persona that may use it. The library and the
// examples grow on their own schedule, so this walks whatever exists under templates/ and personas/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import { parsePersona } from '../../src/load/persona.js';
import { defaultPolicy, parsePolicy } from '../../src/load/policy.js';
import { loadTemplateFile, walk } from '../../src/load/workspace.js';
import { productsFor, templateFits } from '../../src/model/fit.js';
import type { Persona } from '../../src/model/persona.js';
import type { Policy } from '../../src/model/policy.js';
import type { Template } from '../../src/model/template.js';
import { makeContext } from '../../src/render/context.js';
import { createRenderer, tryRender } from '../../src/render/engine.js';
import { renderCases } from '../../src/render/check.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATES = join(ROOT, 'templates');
const PERSONAS = join(ROOT, 'personas');

function policy(): Policy {
  const file = join(ROOT, 'persona.config.yaml');
  if (!existsSync(file)) return defaultPolicy();
  const r = parsePolicy(readFileSync(file, 'utf8'), 'persona.config.yaml');
  if (!r.ok) throw new Error(`persona.config.yaml: ${r.problems.map((p) => en(p.message)).join('; ')}`);
  return r.value;
}

const templateFiles = existsSync(TEMPLATES) ? walk(TEMPLATES, ['.hbs', '.md']) : [];
const personaFiles = existsSync(PERSONAS) ? walk(PERSONAS, ['.yaml', '.yml']) : [];

describe('the bundled library and the example personas', () => {
  it('every example persona is valid under the repo policy', () => {
    const problems = personaFiles.flatMap((file) => {
      const r = parsePersona(readFileSync(file, 'utf8'), file.slice(ROOT.length), policy());
      return r.ok ? [] : r.problems.map((p) => `${p.file}:${p.line}: ${en(p.message)}`);
    });
    expect(problems).toEqual([]);
  });

  it('every bundled template parses', () => {
    const problems = templateFiles.flatMap((file) => loadTemplateFile(file, TEMPLATES, ROOT).problems.map((p) => `${p.file}:${p.line}: ${en(p.message)}`));
    expect(problems).toEqual([]);
  });

  it('every bundled template renders for every example persona it fits (every product, event and series)', () => {
    const personas = personaFiles.flatMap((file) => {
      const r = parsePersona(readFileSync(file, 'utf8'), file, policy());
      return r.ok ? [r.value] : [];
    });
    const templates = templateFiles.flatMap((file) => loadTemplateFile(file, TEMPLATES, ROOT).template ?? []);
    const renderer = createRenderer();
    const failures: string[] = [];
    let renders = 0;
    for (const template of templates) {
      const compiled = renderer.compile(template);
      if (!compiled.ok) {
        failures.push(`${template.file}:${compiled.problem.line}: ${en(compiled.problem.message)}`);
        continue;
      }
      const fitting = personas.filter((p) => templateFits(template, p));
      const { cases, problems } = renderCases(template, compiled.render, fitting.length ? fitting : []);
      renders += cases.length;
      failures.push(...problems.map((p) => `${p.file}:${p.line}: ${en(p.message)}`));
      // Beyond the check date: every persona on every day of a week, so weekday-dependent text is covered.
      for (const persona of fitting) failures.push(...weekOf(template, persona, compiled.render));
    }
    expect(failures).toEqual([]);
    if (templates.length && personas.length) expect(renders).toBeGreaterThan(0);
  });
});

function weekOf(template: Template, persona: Persona, render: Parameters<typeof tryRender>[0]): string[] {
  const product = template.kind === 'product' || template.kind === 'live' ? productsFor(template, persona)[0] : undefined;
  const event = template.kind === 'live' && product ? persona.events.find((e) => e.product === product.id) : undefined;
  const out: string[] = [];
  for (let day = 1; day <= 7; day++) {
    const ctx = makeContext({ persona, isoDate: `2026-12-0${day}`, ...(product ? { product } : {}), ...(event ? { event } : {}) });
    if (template.kind === 'live' && !event) continue;
    const r = tryRender(render, ctx, `week-${day}`);
    if (!r.ok) out.push(`${template.file}:${r.problem.line}: ${en(r.problem.message)} (${persona.id}, 2026-12-0${day})`);
    else if (r.text.trim() === '') out.push(`${template.file}: renders empty for ${persona.id}`);
  }
  return out;
}
