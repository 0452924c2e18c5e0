// The Aho-Corasick matcher agrees with a naive search, folds width and case, and respects latin word boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, FOLD, foldCode, foldText } from '../../src/lint/matcher.js';

function naive(terms: string[], text: string) {
  const out: string[] = [];
  const folded = foldText(text);
  terms.forEach((t, entry) => {
    const f = foldText(t);
    for (let at = folded.indexOf(f); at >= 0; at = folded.indexOf(f, at + 1)) out.push(`${entry}@${at}-${at + f.length}`);
  });
  return out.sort();
}

describe('matcher', () => {
  it('folds through a table holding foldCode of every code unit', () => {
    const differs: number[] = [];
    for (let c = 0; c < 65536; c++) if (FOLD[c] !== foldCode(c)) differs.push(c);
    expect(differs).toEqual([]);
    expect([FOLD[0x41], FOLD[0xff21], FOLD[0xff01], FOLD[0xffe5]]).toEqual([0x61, 0x61, 0x21, 0xa5]);
  });

  it('finds overlapping Chinese phrases with their offsets', () => {
    const m = createMatcher([{ term: '下单' }, { term: '立即下单' }, { term: '单立' }]);
    expect(m.scan('今天立即下单立减').map((x) => [x.entry, x.start, x.end])).toEqual([
      [1, 2, 6],
      [0, 4, 6],
      [2, 5, 7],
    ]);
  });

  it('agrees with a naive search on CJK alphabets', () => {
    const alphabet = fc.constantFrom('下', '单', '立', '即', '限', '时', '！', 'a', 'b');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join('').replace(/[ab]/g, '下'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (terms, chars) => {
        const text = chars.join('');
        const got = createMatcher(terms.map((term) => ({ term })))
          .scan(text)
          .map((x) => `${x.entry}@${x.start}-${x.end}`)
          .sort();
        return JSON.stringify(got) === JSON.stringify(naive(terms, text));
      }),
    );
  });

  it('folds full-width forms and case, keeping offsets', () => {
    const m = createMatcher([{ term: 'dm me' }, { term: '¥' }]);
    expect(m.scan('ＤＭ ＭＥ ￥').map((x) => [x.start, x.end])).toEqual([
      [0, 5],
      [6, 7],
    ]);
  });

  it('matches latin phrases as whole words only', () => {
    const m = createMatcher([{ term: 'sale' }, { term: 'cure' }]);
    expect(m.scan('salesperson secure sale, cure.').map((x) => [x.start, x.end])).toEqual([
      [19, 23],
      [25, 29],
    ]);
  });

  it('reads a phrase through emoji and through spaces between Chinese characters, with raw offsets', () => {
    const m = createMatcher([{ term: '戳链接' }, { term: '私聊' }, { term: 'dm me' }]);
    expect(m.scan('戳👉链接，私 聊，私\n聊').map((x) => [x.entry, x.start, x.end])).toEqual([
      [0, 0, 5],
      [1, 6, 9],
    ]);
    // Latin words keep their spaces: "dm  me" is not "dm me", and "dm👉me" joins no words.
    expect(m.scan('dm  me, dm👉me')).toEqual([]);
  });

  it('finds the same phrases with emoji and spaces scattered between Chinese characters', () => {
    const alphabet = fc.constantFrom('下', '单', '立', '即', '限', '时', '！');
    const filler = fc.constantFrom('', '', '', ' ', '👉', '\uFE0F', '🔥🔥', '\u3000');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(alphabet, filler), { maxLength: 30 }), (terms, pairs) => {
        const clean = pairs.map(([c]) => c).join('');
        // Where each clean character sits in the noisy text.
        const at: number[] = [];
        let noisy = '';
        for (const [c, f] of pairs) {
          at.push(noisy.length);
          noisy += c + f;
        }
        // A space is read through only between two Chinese characters: the last filler and one after ！ are real.
        const spaced = (i: number) => / |\u3000/.test(pairs[i]![1]) && (i === pairs.length - 1 || pairs[i]![0] === '！' || pairs[i + 1]![0] === '！');
        if (pairs.some((_, i) => spaced(i))) return true;
        const want = naive(terms, clean).map((s) => {
          const [entry, span] = s.split('@') as [string, string];
          const [from, to] = span.split('-').map(Number) as [number, number];
          return `${entry}@${at[from]}-${at[to - 1]! + 1}`;
        });
        const got = createMatcher(terms.map((term) => ({ term })))
          .scan(noisy)
          .map((x) => `${x.entry}@${x.start}-${x.end}`);
        return JSON.stringify(got.sort()) === JSON.stringify(want.sort());
      }),
    );
  });
});
