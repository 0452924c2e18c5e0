import { describe, expect, it } from 'vitest';
import { fill, t } from '../../src/i18n/translate.js';

describe('fill: placeholders of a catalog template', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string][] = [
    ['no data leaves the template as it is', 'text is {n} characters', undefined, 'text is {n} characters'],
    ['one placeholder', 'text is {n} characters', { n: 12 }, 'text is 12 characters'],
    ['several, and one twice', '{a} and {b}, then {a} again', { a: 'x', b: 'y' }, 'x and y, then x again'],
    ['at both ends', '{a}-{b}', { a: 1, b: 2 }, '1-2'],
    ['a name without data stays visible', 'from {persona} for {product}', { persona: 'lin-cha' }, 'from lin-cha for {product}'],
    ['braces that are not a placeholder', '{ not one } {also-not} {}', { not: 'x' }, '{ not one } {also-not} {}'],
    ['Chinese text around', '模板 {id} 有 {n} 个问题', { id: 'tea/morning', n: 3 }, '模板 tea/morning 有 3 个问题'],
    ['values that look like placeholders are not filled again', '{a}{b}', { a: '{b}', b: 'z' }, '{b}z'],
    ['false and zero are values', '{a} {b}', { a: false, b: 0 }, 'false 0'],
  ];
  it.each(cases)('%s', (_, template, data, expected) => {
    expect(fill(template, data as never, 'en')).toBe(expected);
  });

  it('a Text value is rendered in the same language', () => {
    expect(fill('why: {reason}', { reason: { key: 'verbatim', data: { value: 'quiet day' } } } as never, 'zh-CN')).toBe('why: quiet day');
  });

  it('the same template twice gives the same text (the cut template is reused)', () => {
    expect(fill('{x}!', { x: 1 } as never, 'en')).toBe('1!');
    expect(fill('{x}!', { x: 2 } as never, 'en')).toBe('2!');
  });

  it('t falls back to the key for an unknown key', () => {
    expect(t('en', { key: 'nope.missing', data: { a: 1 } })).toBe('nope.missing {"a":1}');
  });
});
