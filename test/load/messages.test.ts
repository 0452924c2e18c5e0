import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/text.js';
import { CATALOG } from '../../src/i18n/catalog.js';
import { messages as load } from '../../src/load/messages.js';
import { messages as model } from '../../src/model/messages.js';
import { messages as render } from '../../src/render/messages.js';

const placeholders = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();

describe.each([
  ['load', load],
  ['model', model],
  ['render', render],
] as [string, Catalog][])('the %s messages', (part, catalog) => {
  it.each(Object.entries(catalog))('%s says the same thing in both languages', (key, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    expect(CATALOG[`${part}.${key}`]).toBe(entry);
  });
});
