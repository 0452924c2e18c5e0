// A persona's own words that every post naming them would carry: a product called 限时秒杀芒果干, a selling point
// 买一送一, a signature with a phone number. Templates are linted; these are data, so validate reads them here.
import type { Persona } from '../model/persona.js';
import type { LintScorer } from './score.js';

/** Above this a field reads as selling on its own (the lifestyle ceiling is 0.2; a field should be calmer still). */
export const FIELD_CEILING = 0.3;

export interface SalesyField {
  /** Where it is in the profile, e.g. ['products', 0, 'name']. */
  path: (string | number)[];
  value: string;
  salesiness: number;
  /** The phrases that weigh most, e.g. "限时秒杀". */
  phrases: string[];
}

/** The fields of a persona that templates insert into posts, each scored as the planner would score a post. */
export function salesyFields(persona: Persona, scorer: LintScorer): SalesyField[] {
  const fields: [SalesyField['path'], string][] = [];
  persona.products.forEach((p, i) => {
    fields.push([['products', i, 'name'], p.name]);
    p.points.forEach((point, j) => fields.push([['products', i, 'points', j], point]));
  });
  if (persona.voice.signature) fields.push([['voice', 'signature'], persona.voice.signature]);
  persona.voice.phrases.forEach((phrase, i) => fields.push([['voice', 'phrases', i], phrase]));
  persona.events.forEach((e, i) => fields.push([['events', i, 'title'], e.title]));
  const out: SalesyField[] = [];
  for (const [path, value] of fields) {
    const a = scorer.analyze(value, persona.locale);
    if (a.salesiness < FIELD_CEILING) continue;
    const phrases = a.findings.filter((f) => !f.mention && f.weight > 0).map((f) => f.match);
    out.push({ path, value, salesiness: a.salesiness, phrases: [...new Set(phrases)] });
  }
  return out;
}
