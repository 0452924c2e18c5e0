// The shape of a lexicon: phrases per rule with weights, context needs, gentler wording and legal basis.
import type { BasisId } from './bases.js';

export type LexiconRuleId = 'cta' | 'urgency' | 'scarcity' | 'price' | 'absolute-claim' | 'efficacy-claim' | 'contact-bait';

export interface LexiconEntry {
  /** Matched on the raw text, case- and width-folded; latin phrases only at word boundaries. */
  term: string;
  /** Contribution to salesiness before context (roughly: 1 = one hard sell on its own). */
  weight: number;
  /**
   * `imperative`: the phrase only sells when urged (入手 in "赶紧入手" but not in "上个月入手了");
   * `commercial`: only when the text also sells something (最后一天 of a sale, not of a holiday).
   */
  needs?: 'imperative' | 'commercial';
  /** A soft invitation ("想了解的可以问我"): counted lightly and reported as info, never as an error. */
  soft?: true;
  /** A way of addressing readers that sales talk uses (家人们, 宝子们): weighed as before, said as what it is. */
  address?: true;
  /** Gentler wording in the same language; '' means the sentence reads better without it. */
  gentler?: string;
  /** Legal basis (absolute and efficacy claims must record one). */
  basis?: BasisId;
}

export interface PatternEntry {
  /** A global regular expression; CJK never wrapped in \b. */
  pattern: RegExp;
  weight: number;
  needs?: 'imperative' | 'commercial';
  gentler?: string;
  basis?: BasisId;
  /**
   * A bare figure (¥99, $340, 每节120): a price on offer only beside another sales phrase, not beside a word that
   * merely talks of goods ("Signed Leo up for swimming lessons, $30 a class" is a parent's post).
   */
  figure?: true;
  /** A text the pattern must match: the lexicon test fires every entry with it. */
  example: string;
  /**
   * Literals one of which every match contains (case- and width-folded, anywhere in a word): the automaton
   * finds them in its one pass, and the pattern runs only on a text that has one. A pattern opening with a
   * character class is otherwise tried at every offset of every post.
   */
  hint?: readonly string[];
  /**
   * For a pattern whose literals the automaton reads through (emoji, ➕): raw substrings one of which the
   * text must contain for the pattern to run, checked with includes().
   */
  probe?: readonly string[];
}

export interface Lexicon {
  terms: { readonly [R in LexiconRuleId]: readonly LexiconEntry[] };
  patterns: { readonly [R in LexiconRuleId]?: readonly PatternEntry[] };
  /**
   * Everyday phrases containing a listed term that are not claims: 第一次, 最近, 唯一的缺点, best friend.
   * A hit overlapping one of these spans is dropped (SAMR's 2023 guideline exempts time order and usage tips).
   */
  exempt: readonly string[];
  /**
   * Exempt spans found by a global regular expression (an enumeration's 第一 at a clause start), run only on a
   * text containing `literal`.
   */
  exemptPatterns?: readonly { pattern: RegExp; literal: string }[];
  /** Words that make a text commercial, so `needs: 'commercial'` entries count (优惠, 活动, sale). */
  cues: readonly string[];
}
