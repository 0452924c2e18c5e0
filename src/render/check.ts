// Render every template against every persona (and product) that may use it, collecting strict-render problems.
import type { Problem } from '../model/errors.js';
import { productsFor, templateFits } from '../model/fit.js';
import type { Persona, PersonaEvent, Product, Series } from '../model/persona.js';
import type { Template } from '../model/template.js';
import { chatRenderCases } from '../chat/check.js';
import { makeContext } from './context.js';
import { createRenderer, tryRender, type Compiled } from './engine.js';
import { SAMPLE_PERSONAS } from './samples.js';
import { msg } from './messages.js';

/** A fixed Wednesday, so checks are reproducible and weekday/date render in full. */
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
  return (
    persona.events.find((e) => e.product === productId) ?? {
      type: 'live',
      at: `${CHECK_DATE}T20:00`,
      title: persona.locale === 'zh-CN' ? '直播预告' : 'live stream',
      product: productId,
    }
  );
}

export interface RenderCase {
  persona: Persona;
  productId?: string;
  series?: string;
  text: string;
}

interface Variant {
  product?: Product;
  series?: Series;
}

/** The ways the planner may render this template for this persona: per product, and for each matching series. */
function variants(template: Template, persona: Persona): Variant[] {
  if (template.kind === 'product' || template.kind === 'live') return productsFor(template, persona).map((product) => ({ product }));
  const series = persona.series.filter((s) => template.topics.includes(s.topic));
  return [{}, ...series.map((s) => ({ series: s }))];
}

/** Every (persona, product, series) a template can be rendered for; falls back to a sample persona. */
export function renderCases(template: Template, render: Compiled, personas: readonly Persona[], seed = 'check'): { cases: RenderCase[]; problems: Problem[] } {
  if (template.kind === 'chat') return chatRenderCases(template, render, personas, seed);
  const fitting = personas.filter((p) => templateFits(template, p));
  const targets = fitting.length ? fitting : [sampleFor(template)];
  const cases: RenderCase[] = [];
  for (const persona of targets) {
    for (const { product, series } of variants(template, persona)) {
      const ctx = makeContext({
        persona,
        isoDate: CHECK_DATE,
        ...(product ? { product } : {}),
        ...(series ? { series } : {}),
        ...(template.kind === 'live' && product ? { event: eventFor(persona, product.id) } : {}),
      });
      const r = tryRender(render, ctx, seed);
      if (!r.ok) {
        // One problem per template: the same mistake would repeat for every persona.
        const message = product
          ? msg('rendering-for-product', { message: r.problem.message, persona: persona.id, product: product.id })
          : msg('rendering-for', { message: r.problem.message, persona: persona.id });
        return { cases, problems: [{ ...r.problem, message }] };
      }
      cases.push({ persona, ...(product ? { productId: product.id } : {}), ...(series ? { series: series.name } : {}), text: r.text });
    }
  }
  return { cases, problems: [] };
}

export interface CheckResult {
  problems: Problem[];
  /** How many strict renders ran. */
  renders: number;
}

export function checkTemplates(templates: readonly Template[], personas: readonly Persona[]): CheckResult {
  const renderer = createRenderer();
  const problems: Problem[] = [];
  let renders = 0;
  for (const template of templates) {
    const compiled = renderer.compile(template);
    if (!compiled.ok) {
      problems.push(compiled.problem);
      continue;
    }
    const r = renderCases(template, compiled.render, personas);
    renders += r.cases.length + r.problems.length;
    for (const item of r.problems) problems.push(item);
  }
  return { problems, renders };
}
