// Repeated texts are compared by key; a key stands for its text wherever a text may stand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textKey } from '../../src/model/text-key.js';

describe('textKey', () => {
  it('is the same for the same text, and a key of a key is the key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(textKey(text)).toBe(textKey(text));
        expect(textKey(textKey(text))).toBe(textKey(text));
      }),
    );
  });

  it('tells apart texts that differ by one character, in Chinese and English', () => {
    const texts = ['周末去菜市场转了一圈，买了两斤橘子。', '周末去菜市场转了一圈，买了三斤橘子。', 'Rain on the window this morning.', 'Rain on the window this morning!', ''];
    expect(new Set(texts.map(textKey)).size).toBe(texts.length);
    const many = fc.sample(fc.string({ minLength: 1, maxLength: 60 }), 20_000);
    expect(new Set(many.map(textKey)).size).toBe(new Set(many).size);
  });
});
