// Render a Text in a language: look up the template in the merged catalog and fill in its data.
import { CATALOG } from './catalog.js';
import { isText, type Data, type Lang, type Text } from './text.js';

function fill(template: string, data: Data | undefined, lang: Lang): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return isText(value) ? t(lang, value) : String(value);
  });
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
