// How many different texts a template can render, read from its body: the unique-text rule lets no text repeat
// within 91 days, so a template of few variants goes out at most that often however short its cooldown. Used
// for the first-week note that the library is thin; a rough upper bound, never a reason to refuse a plan.

/** Variables that differ from day to day (or product to product): a body using one renders a new text each time. */
const VARYING = /\{\{[~#^/\s]*(?:date|isoDate|formatDate|event|product|contact)\b/;
/** Days a text stays unique for (verify.ts holds every plan to it). */
export const TEXT_MEMORY_DAYS = 91;

/** Templates stay the same objects for a whole run; their bodies are read once, not for every persona and week. */
const known = new WeakMap<object, number>();

/** distinctTexts of a template, worked out once per template object. */
export function variantsOf(template: { readonly body: string }): number {
  let n = known.get(template);
  if (n === undefined) known.set(template, (n = distinctTexts(template.body)));
  return n;
}

/** An upper bound of the distinct texts a body renders: its pick variants, emoji choices and weekdays multiplied. */
export function distinctTexts(body: string): number {
  // No text to judge from (a template made in code): no bound.
  if (!body.trim() || VARYING.test(body)) return Infinity;
  let count = /\{\{\s*weekday\s*\}\}/.test(body) ? 7 : 1;
  for (const block of body.matchAll(/\{\{#pick\}\}([\s\S]*?)\{\{\/pick\}\}/g)) count *= (block[1]!.match(/\{\{or\}\}/g)?.length ?? 0) + 1;
  for (const emoji of body.matchAll(/\{\{emoji((?:\s+"[^"]*")+)\s*\}\}/g)) count *= emoji[1]!.match(/"[^"]*"/g)!.length + 1;
  return count;
}
