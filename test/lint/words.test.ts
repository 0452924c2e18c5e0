// persona-avoid and banned-word find words as the planner does (src/model/words.ts): CJK anywhere, Latin
// whole words only, per edge, case- and width-insensitive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsWord, findWord, foldWord, foldWordReference } from '../../src/model/words.js';
import { createScorer } from '../../src/lint/score.js';

const scorer = createScorer({});
const CHARS = ['a', 'b', 'h', 'u', 'n', 'H', 'U', 'N', '1', ' ', ',', '-', '亲', '们', '宝', '子', '！', 'ｈ', 'ｕ', 'ｎ', 'é'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((cs) => cs.join(''));
const word = fc.array(fc.constantFrom(...CHARS.filter((c) => c.trim() && c !== ',')), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

describe('folding text for word matches', () => {
  const tricky = ['Hello', '亲们ＤＭ我', 'İstanbul', 'ΣΑΣ', 'Ⅻ Ⓐ', 'ＡＢＣ１２３', '😀A', '\ud800x', 'ß', 'ǅ', '\uffff', '中文 only', 'plain ascii'];
  it.each(tricky)('folds %j as the one-character-at-a-time reference does, twice over', (t) => {
    expect(foldWord(t)).toBe(foldWordReference(t));
    expect(foldWord(t)).toBe(foldWordReference(t));
    expect(foldWord(t).length).toBe(t.length);
  });

  it('agrees with the reference on any text, whatever was folded before', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => foldWord(t) === foldWordReference(t)),
      { numRuns: 2000 },
    );
  });

  it('leaves Chinese as it is and folds only full-width ASCII and capitals in it', () => {
    const t = '今天泡了一壶乌龙。窗外的云走得很慢'.repeat(20);
    expect(foldWord(t)).toBe(t);
    expect(foldWord(`${t}，ＤＭ Me`)).toBe(`${t},dm me`);
  });
});

describe('words to avoid and banned words', () => {
  it('report a word exactly when the planner finds it', () => {
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 3 }), (t, words) => {
        const planner = containsWord(t, words) !== null;
        const avoided = scorer.analyze(t, 'en', { avoid: words }).findings.some((f) => f.ruleId === 'persona-avoid');
        const banned = createScorer({ bannedWords: words }).analyze(t, 'en').findings.some((f) => f.ruleId === 'banned-word');
        return avoided === planner && banned === planner;
      }),
      { numRuns: 500 },
    );
  });

  it('match what they report: the same word, at its place in the text', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        for (const s of findWord(t, w)) expect(containsWord(t.slice(s.start, s.end), [w])).toBe(w);
      }),
    );
  });

  it.each([
    ['Went hunting for mushrooms', 'hun', []],
    ['Thanks hun, see you', 'hun', ['hun']],
    ['HUN and Hun', 'hun', ['HUN', 'Hun']],
    ['ｈｕｎ！', 'hun', ['ｈｕｎ']],
    ['我母亲们', '亲们', ['亲们']],
    ['宝子ok吗', '宝子ok', ['宝子ok']],
    ['宝子okay', '宝子ok', []],
    ['abc宝子', 'c宝子', []],
    ['1hun', 'hun', []],
  ] as const)('"%s" with "%s"', (t, w, found) => {
    expect(findWord(t, w).map((s) => t.slice(s.start, s.end))).toEqual(found);
  });
});
