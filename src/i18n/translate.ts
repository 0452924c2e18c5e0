// Render a Text in a language: look up the template in the merged catalog and fill in its data.
import { CATALOG } from './catalog.js';
import { isText, type Data, type Lang, type Text } from './text.js';

/**
 * A catalog template cut at its placeholders once: literal, name, literal, …, literal. A memo of a pure function
 * (catalog templates are a fixed, small set): a lint of 10,000 templates renders tens of thousands of messages
 * from a few dozen templates, and a regular expression replace with a callback for each was a measurable part.
 */
const PARTS = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = PARTS.get(template);
  if (!parts) PARTS.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** Exported for tests. */
export function fill(template: string, data: Data | undefined, lang: Lang): string {
  if (!data) return template;
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    out += value === undefined ? `{${name}}` : isText(value) ? t(lang, value) : String(value);
    out += parts[i + 1]!;
  }
  return out;
}

export function t(lang: Lang, text: Text): string {
  if (text.key === 'verbatim') return String(text.data?.value ?? '');
  const entry = CATALOG[text.key];
  // A missing key is a programming error; show the key rather than nothing so it gets reported.
  if (!entry) return `${text.key}${text.data ? ` ${JSON.stringify(text.data)}` : ''}`;
  return fill(entry[lang], text.data, lang);
}

/** English rendering, for logs, JSON outputs and tests. */
export function en(text: Text): string {
  return t('en', text);
}
