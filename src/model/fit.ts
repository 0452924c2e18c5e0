// Which templates a persona can use, and with which products: one definition for validate, lint and plan.
import type { Weekday } from './constants.js';
import type { Persona, Product } from './persona.js';
import type { Template } from './template.js';

export function personaTopics(persona: Persona): Set<string> {
  return new Set([...persona.interests.map((i) => i.topic), ...persona.series.map((s) => s.topic)]);
}

/** Products of the persona a template may speak about (empty `products` fits any product). */
export function productsFor(template: Pick<Template, 'products'>, persona: Persona): Product[] {
  if (template.products.length === 0) return persona.products;
  return persona.products.filter((p) => template.products.includes(p.id) || template.products.includes(p.category));
}

/** Whether a template may go out on a weekday: one that names its days ("周日晚上") only on those. */
export function goesOutOn(template: Pick<Template, 'days'>, weekday: Weekday): boolean {
  return !template.days || template.days.includes(weekday);
}

export function templateFits(template: Template, persona: Persona): boolean {
  return fitsPersona(persona)(template);
}

/** `templateFits` for one persona and many templates: the persona's topics are gathered once. */
export function fitsPersona(persona: Persona): (template: Template) => boolean {
  const topics = personaTopics(persona);
  return (template) => {
    if (template.locale !== persona.locale || template.kind === 'chat') return false;
    if (template.topics.length > 0 && !template.topics.some((t) => topics.has(t))) return false;
    if (template.kind === 'product' || template.kind === 'live') return productsFor(template, persona).length > 0;
    if (template.products.length > 0) return productsFor(template, persona).length > 0;
    return true;
  };
}
