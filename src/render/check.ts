// Render every template against every persona (and product) that may use it, collecting strict-render problems.
import type { Problem } from '../model/errors.js';
import { productsFor, templateFits } from '../model/fit.js';
import type { Persona, PersonaEvent } from '../model/persona.js';
import type { Template } from '../model/template.js';
import { makeContext } from './context.js';
import { createRenderer, tryRender, type Compiled } from './engine.js';
import { SAMPLE_PERSONAS } from './samples.js';
import { msg } from './messages.js';

const CHECK_DATE = '2026-12-02';

/** A sample persona shaped to fit a template nobody in the repo fits yet (e.g. linting a library on its own). */
export function sampleFor(template: Template): Persona {
  const base = SAMPLE_PERSONAS[template.locale];
  const category = template.products[0] ?? 'sample';
  const product = { ...base.products[0]!, category };
  return {
    ...base,
    interests: template.topics.length ? template.topics.map((topic) => ({ topic, weight: 1 })) : base.interests,
    products: [product],
    events: [{ type: 'live', at: `${CHECK_DATE}T20:00`, title: base.events[0]?.title ?? 'live', product: product.id }],
  };
}

function eventFor(persona: Persona, productId: string): PersonaEvent {
  return persona.events.find((e) => e.product === productId) ?? { type: 'live', at: `${CHECK_DATE}T20:00`, title: persona.locale === 'zh-CN' ? '直播预告' : 'live stream', product: productId };
}

export interface RenderCase {
  persona: Persona;
  productId?: string;
  text: string;
}

/** Every (persona, product) a template can be rendered for; falls back to a sample persona. */
export function renderCases(template: Template, render: Compiled, personas: readonly Persona[], seed = 'check'): { cases: RenderCase[]; problems: Problem[] } {
  const fitting = personas.filter((p) => templateFits(template, p));
  const targets = fitting.length ? fitting : [sampleFor(template)];
  const cases: RenderCase[] = [];
  const problems: Problem[] = [];
  for (const persona of targets) {
    const needsProduct = template.kind === 'product' || template.kind === 'live';
    const products = needsProduct ? productsFor(template, persona) : [undefined];
    for (const product of products) {
      const ctx = makeContext({
        persona,
        isoDate: CHECK_DATE,
        ...(product ? { product } : {}),
        ...(template.kind === 'live' && product ? { event: eventFor(persona, product.id) } : {}),
      });
      const r = tryRender(render, ctx, seed);
      if (r.ok) {
        cases.push({ persona, ...(product ? { productId: product.id } : {}), text: r.text });
      } else {
        const message = product
          ? msg('rendering-for-product', { message: r.problem.message, persona: persona.id, product: product.id })
          : msg('rendering-for', { message: r.problem.message, persona: persona.id });
        problems.push({ ...r.problem, message });
        break;
      }
    }
    if (problems.length) break;
  }
  return { cases, problems };
}

export function checkTemplates(templates: readonly Template[], personas: readonly Persona[]): Problem[] {
  const renderer = createRenderer();
  const problems: Problem[] = [];
  for (const template of templates) {
    const compiled = renderer.compile(template);
    if (!compiled.ok) {
      problems.push(compiled.problem);
      continue;
    }
    problems.push(...renderCases(template, compiled.render, personas).problems);
  }
  return problems;
}
