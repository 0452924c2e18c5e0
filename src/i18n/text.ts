// Language-neutral messages: the core returns a message key with data; the shell renders it in the UI language.

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** Values a message template interpolates; a nested Text is rendered in the same language. */
export type Data = Readonly<Record<string, string | number | Text>>;

export interface Text {
  readonly key: string;
  readonly data?: Data;
}

/** One part's messages, both languages side by side so a translation cannot drift out of sight. */
export type Catalog = Readonly<Record<string, { readonly en: string; readonly 'zh-CN': string }>>;

/** A typed constructor of Texts for one catalog: `msg('unknown-field', { key })`. */
export function messenger<C extends Catalog>(prefix: string, _catalog: C) {
  return (key: keyof C & string, data?: Data): Text => (data ? { key: `${prefix}.${key}`, data } : { key: `${prefix}.${key}` });
}

/** A Text for text that is already in the user's words (a name, a file path), shown as is. */
export function verbatim(value: string): Text {
  return { key: 'verbatim', data: { value } };
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).key === 'string';
}
