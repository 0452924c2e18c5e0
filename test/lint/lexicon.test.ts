// Every lexicon entry can fire, every claim records its legal basis, and the everyday exemptions stay clean.
import { describe, expect, it } from 'vitest';
import { BASES } from '../../src/lint/lexicons/bases.js';
import { LEXICONS } from '../../src/lint/lexicons/index.js';
import type { LexiconEntry, LexiconRuleId } from '../../src/lint/lexicons/types.js';
import { createScorer } from '../../src/lint/score.js';

const scorer = createScorer({});
type Locale = keyof typeof LEXICONS;

/** Put an entry where it means what it says: urged if it needs it, next to a sale if it needs one. */
function sentence(locale: Locale, term: string, needs: LexiconEntry['needs']): string {
  const zh = /[\u4e00-\u9fff]/.test(term) || locale === 'zh-CN';
  const urged = needs === 'imperative' ? (zh ? `赶紧${term}吧` : `Go ${term} the tea`) : term;
  const sold = needs === 'commercial' ? (zh ? `优惠活动：${urged}。` : `Deal of the week: ${urged}.`) : urged;
  return sold;
}

const termCases = (Object.keys(LEXICONS) as Locale[]).flatMap((locale) =>
  (Object.entries(LEXICONS[locale].terms) as [LexiconRuleId, readonly LexiconEntry[]][]).flatMap(([rule, entries]) =>
    entries.map((entry) => [locale, rule, entry.term, entry] as const),
  ),
);

const patternCases = (Object.keys(LEXICONS) as Locale[]).flatMap((locale) =>
  Object.entries(LEXICONS[locale].patterns).flatMap(([rule, entries]) => (entries ?? []).map((entry) => [locale, rule, entry.example, entry] as const)),
);

describe('lexicons', () => {
  it.each(termCases)('%s %s "%s" fires', (locale, rule, term, entry) => {
    const text = sentence(locale, term, entry.needs);
    const found = scorer.analyze(text, locale).findings.filter((f) => f.ruleId === rule && !f.mention);
    expect(found.map((f) => f.match.toLowerCase()), text).toContain(term.toLowerCase());
  });

  it.each(patternCases)('%s %s pattern fires on its example "%s"', (locale, rule, example, entry) => {
    const text = sentence(locale, example, entry.needs);
    const found = scorer.analyze(text, locale).findings.filter((f) => f.ruleId === rule && !f.mention);
    expect(found.length, text).toBeGreaterThan(0);
    expect(entry.pattern.flags).toContain('g');
    // Chinese is never wrapped in \b (it has no word boundaries between CJK characters).
    expect(entry.pattern.source).not.toMatch(/\\b[^\\]*[\u4e00-\u9fff]/);
  });

  it.each(termCases.filter(([, rule]) => rule === 'absolute-claim' || rule === 'efficacy-claim'))('%s %s "%s" records its legal basis', (_l, _r, _t, entry) => {
    expect(entry.basis).toBeDefined();
    expect(Object.keys(BASES)).toContain(entry.basis);
  });

  it('patterns of claims record their legal basis too', () => {
    for (const lexicon of Object.values(LEXICONS)) {
      for (const rule of ['absolute-claim', 'efficacy-claim'] as const) {
        for (const p of lexicon.patterns[rule] ?? []) expect(p.basis, p.example).toBeDefined();
      }
    }
  });

  it('has no term listed twice in one rule', () => {
    for (const lexicon of Object.values(LEXICONS)) {
      for (const entries of Object.values(lexicon.terms)) {
        const terms = entries.map((e) => e.term.toLowerCase());
        expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
      }
    }
  });

  it('never wraps CJK terms in word boundaries: 下单 matches inside 今天下单立减', () => {
    const found = scorer.analyze('今天下单立减', 'zh-CN').findings.map((f) => f.match);
    expect(found).toContain('下单');
  });

  it.each([
    ['zh-CN', '最近天气不错，第一次在阳台种了薄荷'],
    ['zh-CN', '最后一段路走得很慢'],
    ['zh-CN', '唯一的缺点是有点重，最好先洗一遍再用'],
    ['zh-CN', '今天最低气温只有3度'],
    ['zh-CN', '被这只小猫治愈了'],
    ['en', 'My best friend and I did our best at the yard sale'],
    ['en', 'No hurry, practice makes perfect'],
  ] as const)('everyday %s text stays clean: %s', (locale, text) => {
    const reported = scorer.analyze(text, locale).findings.filter((f) => !f.mention && f.severity !== 'info');
    expect(reported.map((f) => `${f.ruleId}:${f.match}`)).toEqual([]);
  });

  it('matches full-width and upper-case forms like their plain forms', () => {
    for (const text of ['ＢＵＹ ＮＯＷ', 'BUY NOW', '现价￥99']) {
      expect(scorer.analyze(text, 'en').findings.filter((f) => !f.mention && f.ruleId !== 'caps').length, text).toBeGreaterThan(0);
    }
  });
});
