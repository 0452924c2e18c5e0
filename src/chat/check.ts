// Strict-render checks of chat templates for `persona validate` and `persona lint`: every way a script may be
// rendered (with and without a contact's name; per product; live-invite with a stream), as render/check does for posts.
import type { Problem } from '../model/errors.js';
import { productsFor } from '../model/fit.js';
import type { Persona, PersonaEvent, Product } from '../model/persona.js';
import type { Template } from '../model/template.js';
import { makeContext, type RenderContact } from '../render/context.js';
import { tryRender, type Compiled } from '../render/engine.js';
import { msg as renderMsg } from '../render/messages.js';
import { SAMPLE_PERSONAS } from '../render/samples.js';
import { nextEvent } from './scripts.js';
import { needsProduct } from './stages.js';

/** The same fixed Wednesday render/check uses. */
const CHECK_DATE = '2026-12-02';
const SAMPLE_CONTACT: Record<Persona['locale'], RenderContact> = { 'zh-CN': { name: '王姐' }, en: { name: 'Jamie' } };

export interface ChatRenderCase {
  persona: Persona;
  productId?: string;
  contact?: string;
  text: string;
}

function chatFits(template: Template, persona: Persona): boolean {
  if (template.locale !== persona.locale) return false;
  const products = productsFor(template, persona);
  return products.length > 0 || (template.products.length === 0 && !needsProduct(template.stage!));
}

/** A persona that fits: the repo's own when any does, else the locale's sample with a product of the right category. */
function targets(template: Template, personas: readonly Persona[]): Persona[] {
  const fitting = personas.filter((p) => chatFits(template, p));
  if (fitting.length) return fitting;
  const base = SAMPLE_PERSONAS[template.locale];
  const product = { ...base.products[0]!, category: template.products[0] ?? base.products[0]!.category };
  return [{ ...base, products: [product], events: [{ type: 'live', at: `${CHECK_DATE}T20:00`, title: base.events[0]?.title ?? 'live', product: product.id }] }];
}

function eventFor(persona: Persona, product: Product): PersonaEvent {
  return nextEvent(persona, CHECK_DATE, product.id) ?? { type: 'live', at: `${CHECK_DATE}T20:00`, title: persona.locale === 'zh-CN' ? '直播预告' : 'live stream', product: product.id };
}

export function chatRenderCases(template: Template, render: Compiled, personas: readonly Persona[], seed = 'check'): { cases: ChatRenderCase[]; problems: Problem[] } {
  const cases: ChatRenderCase[] = [];
  for (const persona of targets(template, personas)) {
    const fitting = productsFor(template, persona);
    const products: (Product | undefined)[] = needsProduct(template.stage!) ? fitting : [undefined, ...fitting.slice(0, 1)];
    for (const product of products) {
      for (const contact of [undefined, SAMPLE_CONTACT[persona.locale]]) {
        const ctx = makeContext({
          persona,
          isoDate: CHECK_DATE,
          ...(product ? { product } : {}),
          ...(product && template.stage === 'live-invite' ? { event: eventFor(persona, product) } : {}),
          ...(contact ? { contact } : {}),
        });
        const r = tryRender(render, ctx, seed);
        if (!r.ok) {
          const message = product
            ? renderMsg('rendering-for-product', { message: r.problem.message, persona: persona.id, product: product.id })
            : renderMsg('rendering-for', { message: r.problem.message, persona: persona.id });
          return { cases, problems: [{ ...r.problem, message }] };
        }
        cases.push({ persona, ...(product ? { productId: product.id } : {}), ...(contact ? { contact: contact.name } : {}), text: r.text });
      }
    }
  }
  return { cases, problems: [] };
}
